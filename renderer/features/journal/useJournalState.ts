import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import { monthStart, todayKey } from '../../../shared/domain/dates';
import type { JournalQuery, RatingRange } from '../../db/entries';
import { isNarrowed } from '../../db/timeline';
import { searchTokens } from '../../../shared/domain/search';

/** How many days one page of the timeline holds; "Show more" adds as many again. */
export const PAGE_DAYS = 50;
/**
 * The longest a search waits for: a one-letter word (which matches most of a journal) waits this
 * pause in typing, and a search typed while the previous one is still being answered waits for that
 * answer (one search at a time, the newest text next). Otherwise each keystroke searches at once.
 */
export const SEARCH_DEBOUNCE_MS = 250;

/** True when every word of the text has at least two letters: precise enough to search at once. */
function preciseEnough(text: string): boolean {
  const words = searchTokens(text);
  return words.length > 0 && words.every((w) => w.length >= 2);
}

/** A text is searched at once when the last search is answered and its words are precise enough (or it is empty). */
function searchesAtOnce(text: string, current: string, answered: string | null): boolean {
  return answered === current && (preciseEnough(text) || text.trim() === '');
}

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

  /** The search text whose results are on screen (the timeline reports it), or null before any. */
  const [answered, setAnswered] = useState<string | null>(null);

  const latest = useRef({ search, answered });
  latest.current = { search, answered };
  // A keystroke that can be searched at once is searched in the same event: the query starts
  // before the next frame instead of after an effect and a render of its own.
  const type = useCallback((text: string) => {
    setTyped(text);
    const { search: current, answered: answeredText } = latest.current;
    if (text !== current && searchesAtOnce(text, current, answeredText)) setSearch(text);
  }, []);

  useEffect(() => {
    if (typed === search) return;
    if (searchesAtOnce(typed, search, answered)) {
      setSearch(typed);
      return;
    }
    const timer = setTimeout(() => setSearch(typed), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, search, answered]);

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
    setTyped: type,
    /** Applies the typed text at once (Enter in the search field). */
    searchNow: () => setSearch(typed),
    search,
    /** The timeline says which search text its results are for. */
    setAnswered,
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
