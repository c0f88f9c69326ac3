import type { Entry } from '../../../shared/domain/types';
import { formatShortDay } from '../../../shared/domain/dates';
import { useT } from '../../app/settings';
import { EntryLinks, EntryScores, LanguageBadges } from './EntryParts';
import { EntryTexts } from './EntryText';
import { journalEntryHref } from './links';
import type { JournalLookups } from './useJournalLookups';

/** The id of an entry's title link, so the list can give focus back to it. */
export function entryLinkId(entryId: string): string {
  return `journal-entry-link-${entryId}`;
}

/** One entry in the timeline: time and kind (a link to the entry), scores, languages, clients, text. */
export function EntryCard({ entry, query, lookups }: { entry: Entry; query: string; lookups: JournalLookups }) {
  const { t, lang } = useT();
  const titleId = `journal-entry-${entry.id}`;
  return (
    <article className="journal-entry" aria-labelledby={titleId}>
      <header className="journal-entry-head">
        <h3 id={titleId} className="journal-entry-title">
          <a id={entryLinkId(entry.id)} href={journalEntryHref(entry.id)}>
            <span className="visually-hidden">{formatShortDay(entry.day, lang)}, </span>
            <time dateTime={`${entry.day}T${entry.time}`}>{entry.time}</time>
            <span className="journal-kind">{t(entry.kind === 'review' ? 'journal.kind.review' : 'journal.kind.note')}</span>
          </a>
        </h3>
        <EntryScores entry={entry} />
        <LanguageBadges entry={entry} />
      </header>
      <EntryLinks entry={entry} lookups={lookups} />
      <EntryTexts entry={entry} query={query} />
    </article>
  );
}
