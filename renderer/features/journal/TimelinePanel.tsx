import { memo, useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatLongDay } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { isNarrowed, loadTimeline, type TimelinePage } from '../../db/timeline';
import { JournalFilters } from './JournalFilters';
import { EmptyJournal, NoResults } from './EmptyStates';
import { EntryCard, entryLinkId } from './EntryCard';
import { PAGE_DAYS, type JournalState } from './useJournalState';
import type { JournalLookups } from './useJournalLookups';

const dayHeadingId = (day: string) => `journal-day-${day}`;

interface Props {
  state: JournalState;
  lookups: JournalLookups;
  /** The entry the user just came back from: its link gets the focus once the list is shown. */
  returnFocusTo?: string;
  onFocusReturned(): void;
}

/** The timeline view: search and filters, the result count, days of entries and "Show more". */
export function TimelinePanel({ state, lookups, returnFocusTo, onFocusReturned }: Props) {
  const db = useDb();
  const { t, lang } = useT();
  const result = useLiveQuery(
    async () => ({ query: state.query, page: await loadTimeline(db, state.query, state.dayLimit) }),
    [db, state.query, state.dayLimit],
  );
  const page = result?.page;
  // While a new search runs, the previous page stays on screen (no flicker) but its count is not
  // announced as the new one, and an empty result of the old query is not "an empty journal".
  const current = result?.query === state.query;
  const firstNewDay = useRef<number | null>(null);
  const dayFilterRef = useRef<HTMLDivElement>(null);
  const { focusDayFilter, dayFilterFocused, setAnswered } = state;
  const answeredText = current ? (state.query.text ?? '') : null;

  useEffect(() => {
    if (answeredText !== null) setAnswered(answeredText);
  }, [answeredText, setAnswered]);

  useEffect(() => {
    if (!focusDayFilter || !dayFilterRef.current) return;
    dayFilterRef.current.focus();
    dayFilterFocused();
  }, [focusDayFilter, dayFilterFocused, page]);

  useEffect(() => {
    if (!page || !returnFocusTo) return;
    const link = document.getElementById(entryLinkId(returnFocusTo));
    link?.focus();
    // Not every engine can scroll an element into view (jsdom cannot).
    link?.scrollIntoView?.({ block: 'center' });
    onFocusReturned();
  }, [page, returnFocusTo, onFocusReturned]);

  useEffect(() => {
    // After "Show more", focus goes to the first day just added, where reading continues.
    const index = firstNewDay.current;
    if (!page || index === null || page.days.length <= index) return;
    firstNewDay.current = null;
    document.getElementById(dayHeadingId(page.days[index].day))?.focus();
  }, [page]);

  if (!page) return <p className="loading" role="status">{t('journal.loading')}</p>;
  if (current && !isNarrowed(state.query) && page.matchCount === 0 && !state.typed.trim()) return <EmptyJournal />;

  const day = state.filters.day;
  return (
    // data-search: the words these results are for (the bench of waits times a keystroke to them).
    <div className="journal-timeline" aria-busy={!current} data-search={answeredText?.trim()}>
      <JournalFilters state={state} lookups={lookups} count={current && isNarrowed(state.query) ? t('journal.results', { count: page.matchCount }) : ''} />
      {day && (
        <div className="journal-day-filter" ref={dayFilterRef} tabIndex={-1}>
          <span>{t('journal.day.filter', { date: formatLongDay(day, lang) })}</span>
          <button type="button" className="button button-small" onClick={() => state.setFilter('day', '')}>
            {t('journal.day.showAll')}
          </button>
        </div>
      )}
      {page.matchCount === 0 ? (
        <NoResults state={state} />
      ) : (
        // Highlighted with the words these results answer, not the newer ones still being searched.
        <DayList days={page.days} query={result.query.text ?? ''} lookups={lookups} />
      )}
      {page.hasMore && (
        <div className="journal-more">
          <button
            type="button"
            className="button"
            aria-describedby="journal-more-hint"
            onClick={() => {
              firstNewDay.current = page.days.length;
              state.showMore();
            }}
          >
            {t('journal.showMore')}
          </button>
          <span id="journal-more-hint" className="field-hint">
            {t('journal.showMore.hint', { count: PAGE_DAYS })}
          </span>
        </div>
      )}
    </div>
  );
}

/**
 * The days of results. Memoised on the results and the words they answer: a keystroke that has not
 * been searched yet redraws the field, not fifty days of entries.
 */
const DayList = memo(function DayList({ days, query, lookups }: { days: TimelinePage['days']; query: string; lookups: JournalLookups }) {
  const { lang } = useT();
  return (
    <div className="journal-days">
      {days.map(({ day, entries }) => (
        <section key={day} className="journal-day" aria-labelledby={dayHeadingId(day)}>
          <h2 id={dayHeadingId(day)} className="journal-day-heading" tabIndex={-1}>
            <time dateTime={day}>{formatLongDay(day, lang)}</time>
          </h2>
          {entries.map((entry) => (
            <EntryCard key={entry.id} entry={entry} query={query} lookups={lookups} />
          ))}
        </section>
      ))}
    </div>
  );
});
