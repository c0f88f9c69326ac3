import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import { monthStart, todayKey } from '../../../shared/domain/dates';
import type { JournalQuery, RatingRange } from '../../db/entries';
import { isNarrowed } from '../../db/timeline';

/** How many days one page of the timeline holds; "Show more" adds as many again. */
export const PAGE_DAYS = 50;
/** Typing pauses this long before the journal is searched, so each keystroke does not query. */
export const SEARCH_DEBOUNCE_MS = 250;

export type JournalView = 'timeline' | 'calendar';

export interface JournalFilters {
  clientId: string;
  signalId: string;
  language: '' | 'fr' | 'en';
  /** A day picked in the calendar, e.g. "2025-03-03"; "" for every day. */
  day: DayKey | '';
  /** "My bad days" and the like; "" for every day. */
  rating: RatingFilter;
}

export const RATING_FILTERS = ['moodLow', 'moodHigh', 'energyLow', 'energyHigh'] as const;
export type RatingFilter = '' | (typeof RATING_FILTERS)[number];

/** Bad days are rated 1–2, good ones 4–5: the ends of the scale, a 3 is neither. */
export function ratingRange(filter: RatingFilter): RatingRange | undefined {
  if (!filter) return undefined;
  const metric = filter.startsWith('mood') ? 'mood' : 'energy';
  return filter.endsWith('Low') ? { metric, min: 1, max: 2 } : { metric, min: 4, max: 5 };
}

const NO_FILTERS: JournalFilters = { clientId: '', signalId: '', language: '', day: '', rating: '' };

/**
 * Everything the Journal remembers while the user opens an entry and comes back:
 * the view, the search text (typed and debounced), the filters, the page size and the calendar month.
 */
export function useJournalState() {
  const [today] = useState(() => todayKey());
  const [view, setView] = useState<JournalView>('timeline');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<JournalFilters>(NO_FILTERS);
  const [dayLimit, setDayLimit] = useState(PAGE_DAYS);
  const [month, setMonth] = useState(() => monthStart(today));
  const [calendarDay, setCalendarDay] = useState<DayKey>(today);
  /** Enter on a calendar day swaps the calendar for the timeline: the focus must land somewhere. */
  const [focusDayFilter, setFocusDayFilter] = useState(false);

  useEffect(() => {
    if (typed === search) return;
    const timer = setTimeout(() => setSearch(typed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, search]);

  useEffect(() => setDayLimit(PAGE_DAYS), [search, filters]);

  const query = useMemo<JournalQuery>(
    () => ({
      text: search,
      clientId: filters.clientId || undefined,
      signalId: filters.signalId || undefined,
      language: filters.language || undefined,
      from: filters.day || undefined,
      to: filters.day || undefined,
      rating: ratingRange(filters.rating),
    }),
    [search, filters],
  );

  const setFilter = useCallback(<K extends keyof JournalFilters>(key: K, value: JournalFilters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }));
  }, []);

  const dayFilterFocused = useCallback(() => setFocusDayFilter(false), []);

  const clearAll = useCallback(() => {
    setTyped('');
    setSearch('');
    setFilters(NO_FILTERS);
  }, []);

  /** Enter on a calendar day: the timeline shows that day only. */
  const showDay = useCallback((day: DayKey) => {
    setFilters((f) => ({ ...f, day }));
    setCalendarDay(day);
    setView('timeline');
    setFocusDayFilter(true);
  }, []);

  return {
    today,
    view,
    setView,
    typed,
    setTyped,
    /** Applies the typed text at once (Enter in the search field). */
    searchNow: () => setSearch(typed),
    search,
    filters,
    setFilter,
    clearAll,
    showDay,
    query,
    dayLimit,
    showMore: () => setDayLimit((n) => n + PAGE_DAYS),
    month,
    setMonth,
    calendarDay,
    setCalendarDay,
    focusDayFilter,
    dayFilterFocused,
    /** A search word or a filter is in force (the result count shows, "clear filters" is useful). */
    narrowed: isNarrowed(query) || typed.trim() !== '',
  };
}

export type JournalState = ReturnType<typeof useJournalState>;
