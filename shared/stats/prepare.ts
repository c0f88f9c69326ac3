/**
 * Turns DaySummary[] into flat arrays once, so every statistic after it is a pass over numbers:
 * days sorted and de-duplicated, day numbers, weekdays, scores with NaN for "not rated", and for
 * each client the indices of its days. Days with no entry are simply absent — never zero.
 */
import type { DayClient, DayKey, DaySummary } from '../domain/types';
import { dayNumber, weekdayOfNumber } from './calendar';

export type Metric = 'mood' | 'energy';

export const METRICS: readonly Metric[] = ['mood', 'energy'];

export interface StatsOptions {
  /** First day included, e.g. "2024-01-01"; open-ended when absent. */
  from?: DayKey;
  /** Last day included. */
  to?: DayKey;
  /**
   * The clients to report on (the UI passes the active ones, or all). Every client of the period
   * still enters the adjusted model, so hiding a client never changes another's estimate.
   * Absent: every client seen in the period.
   */
  clientIds?: Iterable<string>;
  /** The score the ranking and the single-metric views use; 'energy' when absent. */
  metric?: Metric;
}

export interface PreparedDays {
  days: DaySummary[];
  count: number;
  /** Day numbers (see calendar.ts), ascending and distinct. */
  num: Int32Array;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: Uint8Array;
  /** Scores, NaN where the day has no rating for that metric. */
  mood: Float64Array;
  energy: Float64Array;
  /** Every client present on at least one day, most frequent first. */
  clientIds: string[];
  clientIndex: Map<string, number>;
  /** For each client (by index), the ascending indices of its days. */
  presence: Int32Array[];
  /** For each client, its record on each of those days (same order as presence). */
  links: DayClient[][];
  /** Clients of day i are clientCols[clientStart[i] .. clientStart[i + 1]). */
  clientStart: Int32Array;
  clientCols: Int32Array;
}

function scoreOf(value: number | null): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : NaN;
}

/** Sorts, filters to the options' range and flattens the days. Throws on a malformed day key. */
export function prepareDays(days: readonly DaySummary[], options: StatsOptions = {}): PreparedDays {
  const from = options.from ?? '0000-00-00';
  const to = options.to ?? '9999-99-99';
  let sorted = days.filter((d) => d.day >= from && d.day <= to);
  let ascending = true;
  for (let i = 1; i < sorted.length && ascending; i++) ascending = sorted[i - 1].day < sorted[i].day;
  if (!ascending) {
    // One record per day; a duplicate (should not happen) keeps the later one.
    const byKey = new Map<DayKey, DaySummary>();
    for (const d of sorted) byKey.set(d.day, d);
    sorted = [...byKey.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  }
  const count = sorted.length;
  const num = new Int32Array(count);
  const weekday = new Uint8Array(count);
  const mood = new Float64Array(count);
  const energy = new Float64Array(count);
  const counts = new Map<string, number>();
  let linkCount = 0;
  for (let i = 0; i < count; i++) {
    const d = sorted[i];
    num[i] = dayNumber(d.day);
    weekday[i] = weekdayOfNumber(num[i]);
    mood[i] = scoreOf(d.mood);
    energy[i] = scoreOf(d.energy);
    for (const c of d.clients) {
      counts.set(c.clientId, (counts.get(c.clientId) ?? 0) + 1);
      linkCount++;
    }
  }
  const clientIds = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  const clientIndex = new Map(clientIds.map((id, i) => [id, i]));
  const presence = clientIds.map((id) => new Int32Array(counts.get(id)!));
  const links: DayClient[][] = clientIds.map(() => []);
  const filled = new Int32Array(clientIds.length);
  const clientStart = new Int32Array(count + 1);
  const clientCols = new Int32Array(linkCount);
  let k = 0;
  for (let i = 0; i < count; i++) {
    clientStart[i] = k;
    for (const c of sorted[i].clients) {
      const ci = clientIndex.get(c.clientId)!;
      // A client listed twice on one day (should not happen) counts once.
      if (filled[ci] > 0 && presence[ci][filled[ci] - 1] === i) continue;
      clientCols[k++] = ci;
      presence[ci][filled[ci]++] = i;
      links[ci].push(c);
    }
  }
  clientStart[count] = k;
  return {
    days: sorted,
    count,
    num,
    weekday,
    mood,
    energy,
    clientIds,
    clientIndex,
    presence: presence.map((p, ci) => p.subarray(0, filled[ci])),
    links,
    clientStart,
    clientCols: clientCols.subarray(0, k),
  };
}

export function metricValues(prep: PreparedDays, metric: Metric): Float64Array {
  return metric === 'mood' ? prep.mood : prep.energy;
}

/** The clients to report on: the options' list (kept in its order, even clients never seen), else all seen. */
export function reportedClients(prep: PreparedDays, options: StatsOptions): string[] {
  if (options.clientIds === undefined) return [...prep.clientIds];
  return [...new Set(options.clientIds)];
}

/** Running count, sum and sum of squares: enough for a mean and a variance. */
export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

export function emptyMoments(): Moments {
  return { n: 0, sum: 0, sumSq: 0 };
}

export function addValue(m: Moments, v: number): void {
  m.n++;
  m.sum += v;
  m.sumSq += v * v;
}

export function subtractMoments(a: Moments, b: Moments): Moments {
  return { n: a.n - b.n, sum: a.sum - b.sum, sumSq: a.sumSq - b.sumSq };
}
