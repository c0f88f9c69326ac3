/**
 * A client's with/without effect over a rolling window (8 weeks, stepping a week), so that a
 * relationship getting worse shows as a line going down. Each window reads prefix sums, so ten
 * years of weekly windows cost one pass over the days per client.
 */
import type { DayKey, DaySummary } from '../domain/types';
import { dayKeyOfNumber } from './calendar';
import { type Comparison, welchCompare } from './compare';
import { calendarSeries } from './robust';
import { presenceOf, sameDayComparison, totalMoments } from './withWithout';
import { type Moments, type PreparedDays, type StatsOptions, metricValues, prepareDays } from './prepare';
import { MIN_DAYS_WITH, MIN_DAYS_WITHOUT } from './thresholds';

export const TREND_WINDOW_WEEKS = 8;
export const TREND_STEP_DAYS = 7;

/** One window, labelled by its last day, e.g. { day: "2024-06-30", effect: −0.9, low: −1.5, high: −0.3, … }. */
export interface TrendRow {
  day: DayKey;
  /** Null when the window has fewer than MIN_DAYS_WITH / MIN_DAYS_WITHOUT days: a gap in the chart. */
  effect: number | null;
  low: number | null;
  high: number | null;
  daysWith: number;
  daysWithout: number;
}

export interface TrendWindow {
  /** Day numbers, both included. */
  start: number;
  end: number;
}

/**
 * Windows ending on the last day, then every step back, as long as a full window fits; the
 * period's first days only enter the earliest window. A period shorter than one window is one window.
 */
export function trendWindows(prep: PreparedDays, windowWeeks: number = TREND_WINDOW_WEEKS): TrendWindow[] {
  if (prep.count === 0) return [];
  const first = prep.num[0];
  const last = prep.num[prep.count - 1];
  const length = Math.max(1, Math.round(windowWeeks * 7));
  const windows: TrendWindow[] = [];
  for (let end = last; end - length + 1 >= first; end -= TREND_STEP_DAYS) windows.push({ start: end - length + 1, end });
  if (windows.length === 0) windows.push({ start: first, end: last });
  return windows.reverse();
}

/** Prefix count / sum / sum of squares of rated values along a list of day indices. */
export interface Prefix {
  n: Float64Array;
  sum: Float64Array;
  sumSq: Float64Array;
}

export function prefixOf(values: Float64Array, indices: ArrayLike<number>): Prefix {
  const len = indices.length;
  const p: Prefix = { n: new Float64Array(len + 1), sum: new Float64Array(len + 1), sumSq: new Float64Array(len + 1) };
  for (let k = 0; k < len; k++) {
    const v = values[indices[k]];
    const rated = !Number.isNaN(v);
    p.n[k + 1] = p.n[k] + (rated ? 1 : 0);
    p.sum[k + 1] = p.sum[k] + (rated ? v : 0);
    p.sumSq[k + 1] = p.sumSq[k] + (rated ? v * v : 0);
  }
  return p;
}

function between(p: Prefix, from: number, to: number): Moments {
  return { n: p.n[to] - p.n[from], sum: p.sum[to] - p.sum[from], sumSq: p.sumSq[to] - p.sumSq[from] };
}

/** For each window, the half-open range [from, to) of positions in `sortedDays` that fall inside it. */
export function windowRanges(prep: PreparedDays, sortedDays: ArrayLike<number>, windows: readonly TrendWindow[]): Int32Array {
  const out = new Int32Array(windows.length * 2);
  let a = 0;
  let b = 0;
  windows.forEach((w, k) => {
    while (a < sortedDays.length && prep.num[sortedDays[a]] < w.start) a++;
    if (b < a) b = a;
    while (b < sortedDays.length && prep.num[sortedDays[b]] <= w.end) b++;
    out[2 * k] = a;
    out[2 * k + 1] = b;
  });
  return out;
}

/** Everything shared by every client's trend on one metric. */
export interface TrendBase {
  windows: TrendWindow[];
  /** Each window's last day as a key, shared by every client's rows. */
  labels: DayKey[];
  allPrefix: Prefix;
  allRanges: Int32Array;
}

export function trendBase(prep: PreparedDays, values: Float64Array, windowWeeks: number = TREND_WINDOW_WEEKS): TrendBase {
  const windows = trendWindows(prep, windowWeeks);
  const all = Int32Array.from({ length: prep.count }, (_, i) => i);
  return {
    windows,
    labels: windows.map((w) => dayKeyOfNumber(w.end)),
    allPrefix: prefixOf(values, all),
    allRanges: windowRanges(prep, all, windows),
  };
}

/**
 * Each window's Welch comparison; with `robust` (from the client's whole-period plain comparison),
 * the interval is widened by that comparison's HAC inflation and fixed-b factor: an eight-week
 * window is too short to estimate its own autocorrelation, so it borrows the period's.
 */
export function trendOfPresence(
  prep: PreparedDays,
  values: Float64Array,
  presence: Int32Array,
  base: TrendBase,
  robust?: Comparison['robust'],
): TrendRow[] {
  const widen = robust ? robust.fixedB * Math.sqrt(robust.inflation) : 1;
  const clientPrefix = prefixOf(values, presence);
  const clientRanges = windowRanges(prep, presence, base.windows);
  return base.windows.map((_, k) => {
    const all = between(base.allPrefix, base.allRanges[2 * k], base.allRanges[2 * k + 1]);
    const withClient = between(clientPrefix, clientRanges[2 * k], clientRanges[2 * k + 1]);
    const without = { n: all.n - withClient.n, sum: all.sum - withClient.sum, sumSq: all.sumSq - withClient.sumSq };
    const row: TrendRow = { day: base.labels[k], effect: null, low: null, high: null, daysWith: withClient.n, daysWithout: without.n };
    if (withClient.n >= MIN_DAYS_WITH && without.n >= MIN_DAYS_WITHOUT) {
      const c = welchCompare(withClient, without);
      row.effect = c.effect;
      if (c.effect !== null && c.low !== null && c.high !== null) {
        row.low = c.effect - (c.effect - c.low) * widen;
        row.high = c.effect + (c.high - c.effect) * widen;
      }
    }
    return row;
  });
}

/** The rolling with/without effect of one client on the options' metric (energy by default). */
export function clientTrend(
  days: readonly DaySummary[],
  clientId: string,
  options: StatsOptions & { windowWeeks?: number } = {},
): TrendRow[] {
  const prep = prepareDays(days, options);
  const values = metricValues(prep, options.metric ?? 'energy');
  const presence = presenceOf(prep, clientId);
  const whole = sameDayComparison(values, presence, totalMoments(values), calendarSeries(prep.num, values));
  return trendOfPresence(prep, values, presence, trendBase(prep, values, options.windowWeeks), whole.robust);
}
