import type { DayKey, Entry } from '../../shared/domain/types';
import { searchTokens } from '../../shared/domain/search';
import { matchesJournalQuery, newestFirst, openEntry, queryEntries, toEntry, type JournalQuery, type RatingRange } from './entries';
import { vaultOf } from './vault/state';
import { openEntryRecord } from './vault/records';
import type { HumeurDb } from './schema';

/** One day of the Journal timeline, its entries newest first. */
export interface TimelineDay {
  day: DayKey;
  entries: Entry[];
}

export interface TimelinePage {
  /** At most `dayLimit` days, newest first. */
  days: TimelineDay[];
  /** Older matching days exist beyond this page. */
  hasMore: boolean;
  /** Every matching entry, not only the ones on this page (the "3 entries" count). */
  matchCount: number;
}

/** True when a query narrows the journal (a search word, a client, a signal, a language, days or ratings). */
export function isNarrowed(q: JournalQuery): boolean {
  return searchTokens(q.text ?? '').length > 0 || Boolean(q.clientId || q.signalId || q.language || q.from || q.to || q.rating);
}

/**
 * The days whose rating is in range, read from the compact `days` table: a day's mood is its
 * end-of-day review's (else the mean of its entries), so a quick note on a bad day is listed
 * with it, and a day rated 2.5 on average is neither bad nor good.
 */
async function daysRated(db: HumeurDb, range: RatingRange, from?: DayKey, to?: DayKey): Promise<DayKey[]> {
  const days = await db.days.where('day').between(from ?? '0000-00-00', to ?? '9999-99-99', true, true).toArray();
  return days
    .filter((d) => {
      const value = d[range.metric];
      return value !== null && value >= range.min && value <= range.max;
    })
    .map((d) => d.day);
}

function groupByDay(sorted: Entry[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const entry of sorted) {
    const last = days[days.length - 1];
    if (last && last.day === entry.day) last.entries.push(entry);
    else days.push({ day: entry.day, entries: [entry] });
  }
  return days;
}

/**
 * One page of the Journal timeline: the newest `dayLimit` days that hold matching entries.
 * Unfiltered, it reads only those days (the `days` table gives the cut-off day), so ten years
 * of entries cost no more than fifty days. A search or filter reads every match to count them,
 * but still returns only one page of days to render.
 */
export async function loadTimeline(db: HumeurDb, q: JournalQuery, dayLimit: number): Promise<TimelinePage> {
  if (!isNarrowed(q)) {
    const keys = (await db.days.orderBy('day').reverse().limit(dayLimit + 1).primaryKeys()) as DayKey[];
    if (keys.length === 0) return { days: [], hasMore: false, matchCount: 0 };
    const oldest = keys[Math.min(dayLimit, keys.length) - 1];
    const stored = await db.entries.where('day').aboveOrEqual(oldest).toArray();
    const matchCount = await db.entries.count();
    return { days: groupByDay(stored.map((e) => openEntry(db, e)).sort(newestFirst)), hasMore: keys.length > dayLimit, matchCount };
  }
  let matched: Entry[];
  const noIndex = searchTokens(q.text ?? '').length === 0 && !q.clientId;
  if (q.rating) {
    const rated = await daysRated(db, q.rating, q.from, q.to);
    if (noIndex) {
      // Only the rated days are read, through the day index.
      const stored = await db.entries.where('day').anyOf(rated).toArray();
      const vault = vaultOf(db);
      matched = stored.map((e) => openEntryRecord(vault, e)).filter((e) => matchesJournalQuery(e, q, [])).map(toEntry).sort(newestFirst);
    } else {
      const keep = new Set(rated);
      matched = (await queryEntries(db, { ...q, limit: undefined })).filter((e) => keep.has(e.day));
    }
  } else if (noIndex && (q.from || q.to)) {
    // A day picked in the calendar: read that range through the day index, not the whole journal.
    const stored = await db.entries.where('day').between(q.from ?? '0000-00-00', q.to ?? '9999-99-99', true, true).toArray();
    const vault = vaultOf(db);
    matched = stored.map((e) => openEntryRecord(vault, e)).filter((e) => matchesJournalQuery(e, q, [])).map(toEntry).sort(newestFirst);
  } else {
    matched = await queryEntries(db, { ...q, limit: undefined });
  }
  const days = groupByDay(matched);
  return { days: days.slice(0, dayLimit), hasMore: days.length > dayLimit, matchCount: matched.length };
}
