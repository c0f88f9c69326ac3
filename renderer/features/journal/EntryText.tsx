import { Fragment, useId, useMemo, useState } from 'react';
import type { Entry, Lang } from '../../../shared/domain/types';
import { useT } from '../../app/settings';
import { excerpt, highlightSegments } from './highlight';
import { entryLanguages } from './EntryParts';

/** Characters of each language shown before "Show full text". */
export const EXCERPT_LENGTH = 260;

/** A text with the words matching the search wrapped in <mark>. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const segments = useMemo(() => highlightSegments(text, query), [text, query]);
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
    </>
  );
}

function LanguageBlock({ lang, text, query, showLabel, full }: { lang: Lang; text: string; query: string; showLabel: boolean; full: boolean }) {
  const part = full ? { text: text.trim(), clippedStart: false, clippedEnd: false } : excerpt(text, query, EXCERPT_LENGTH);
  return (
    // Each block carries its language so screen readers switch voice and spell-check follows it;
    // dir="auto" keeps a right-to-left quotation readable.
    <div className="journal-text" lang={lang} dir="auto">
      {showLabel && (
        <span className="journal-text-lang" aria-hidden="true">
          {lang.toUpperCase()}
        </span>
      )}
      <p>
        {part.clippedStart && '… '}
        <Highlighted text={part.text} query={query} />
        {part.clippedEnd && ' …'}
      </p>
    </div>
  );
}

/**
 * The French and English texts of an entry: excerpts around the first match with a
 * "Show full text" toggle, or everything when `full` (the entry's own page).
 */
export function EntryTexts({ entry, query, full = false }: { entry: Entry; query: string; full?: boolean }) {
  const { t } = useT();
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const langs = entryLanguages(entry);
  if (langs.length === 0) return <p className="journal-no-text">{t('journal.text.none')}</p>;
  const clipped = !full && langs.some((l) => entry.text[l].trim().length > EXCERPT_LENGTH);
  const showAll = full || expanded;
  return (
    <>
      <div className="journal-texts" id={id}>
        {langs.map((l) => (
          <LanguageBlock key={l} lang={l} text={entry.text[l]} query={query} showLabel={langs.length > 1} full={showAll} />
        ))}
      </div>
      {clipped && (
        <button type="button" className="journal-more-text" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded((x) => !x)}>
          {expanded ? t('journal.text.less') : t('journal.text.more')}
        </button>
      )}
    </>
  );
}
