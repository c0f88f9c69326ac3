import type { DayKey, Entry, Lang } from '../../../shared/domain/types';
import { addMonths, formatLongDay } from '../../../shared/domain/dates';
import type { MessageKey } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useLiveRead, type LiveRead } from '../../app/firstReads';
import { useT } from '../../app/settings';
import { hrefFor } from '../../app/route';
import { entriesOfDay } from '../../db/entries';
import type { HumeurDb } from '../../db/schema';

const EXCERPT_LENGTH = 220;

interface Memory {
  day: DayKey;
  label: MessageKey;
  entry: Entry;
}

/**
 * The text to show of an entry and its language: the UI language's, else the other; cut at a word
 * near 220 characters, e.g. { text: "First week as a freelancer.", lang: "en" }.
 */
export function excerptOf(entry: Entry, lang: Lang): { text: string; lang: Lang } {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const shown: Lang = entry.text[lang].trim() ? lang : other;
  const text = entry.text[shown].trim().replace(/\s+/g, ' ');
  if (text.length <= EXCERPT_LENGTH) return { text, lang: shown };
  const cut = text.slice(0, EXCERPT_LENGTH);
  return { text: `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH - 40))}…`, lang: shown };
}

/** The day's end-of-day review if there is one, else its entry with the most text. */
function memorableEntry(entries: Entry[]): Entry | undefined {
  const withText = entries.filter((e) => (e.text.fr + e.text.en).trim() !== '');
  const pool = withText.length > 0 ? withText : entries;
  return pool.find((e) => e.kind === 'review') ?? pool.sort((a, b) => b.text.fr.length + b.text.en.length - (a.text.fr.length + a.text.en.length))[0];
}

async function memoriesOf(db: HumeurDb, today: DayKey): Promise<Memory[]> {
  const wanted: Array<{ day: DayKey; label: MessageKey }> = [
    { day: addMonths(today, -1), label: 'writing.onThisDay.monthAgo' },
    { day: addMonths(today, -12), label: 'writing.onThisDay.yearAgo' },
  ];
  const found = await Promise.all(wanted.map(async (w) => ({ ...w, entry: memorableEntry(await entriesOfDay(db, w.day)) })));
  return found.filter((m): m is Memory => m.entry !== undefined);
}

/** What was written a month and a year before `today`. */
export const memoriesRead = (db: HumeurDb, today: DayKey): LiveRead<Memory[]> => ({
  key: `memories:${today}`,
  read: () => memoriesOf(db, today),
});

/** "On this day": what the user wrote a month and a year ago, when there is something. */
export function OnThisDay({ today }: { today: DayKey }) {
  const db = useDb();
  const { t, lang } = useT();
  const memories = useLiveRead(db, memoriesRead(db, today), [db, today]);
  if (!memories || memories.length === 0) return null;
  return (
    <aside className="on-this-day" aria-labelledby="on-this-day-title">
      <h2 id="on-this-day-title">{t('writing.onThisDay.title')}</h2>
      <ul>
        {memories.map(({ day, label, entry }) => {
          const date = formatLongDay(day, lang);
          const excerpt = excerptOf(entry, lang);
          return (
            <li key={day}>
              <p className="on-this-day-when">{t(label, { date })}</p>
              {excerpt.text ? (
                <p className="on-this-day-text" lang={excerpt.lang}>
                  {excerpt.text}
                </p>
              ) : (
                <p className="on-this-day-text muted">{t('writing.onThisDay.noText')}</p>
              )}
              <a href={hrefFor({ screen: 'journal', param: entry.id })}>{t('writing.onThisDay.open', { date })}</a>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
