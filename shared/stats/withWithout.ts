/**
 * The plain comparisons of one client: the day's score with versus without it, the next day's
 * score, and the client's own felt rating.
 */
import type { DayClient, DaySummary } from '../domain/types';
import type { CarryOverEffect } from './adjusted';
import { fitAdjustedModel } from './adjusted';
import { type Comparison, type MeanInterval, meanInterval, tCritical, welchCompare } from './compare';
import { type CalendarSeries, calendarSeries, fixedBFactor, hacSum } from './robust';
import {
  type Metric,
  type Moments,
  type PreparedDays,
  type StatsOptions,
  addValue,
  emptyMoments,
  metricValues,
  prepareDays,
  subtractMoments,
} from './prepare';

/** Moments of every rated day. */
export function totalMoments(values: Float64Array): Moments {
  const m = emptyMoments();
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) addValue(m, values[i]);
  return m;
}

/** The day indices of a client, empty when it never appears in the period. */
export function presenceOf(prep: PreparedDays, clientId: string): Int32Array {
  const ci = prep.clientIndex.get(clientId);
  return ci === undefined ? new Int32Array(0) : prep.presence[ci];
}

/** The client's record on each of its days, in the order of presenceOf. */
export function linksOf(prep: PreparedDays, clientId: string): DayClient[] {
  const ci = prep.clientIndex.get(clientId);
  return ci === undefined ? [] : prep.links[ci];
}

/**
 * Welch's comparison of two groups of rated days, widened for persistent days when a calendar
 * series is given: the HAC variance of the difference of means on calendar time (never below
 * Welch's) and the fixed-b critical value. `inGroup[k]` is 1 for rated day k (in the series' order)
 * in the first group, 0 in the second, 2 in neither.
 */
export function robustCompare(series: CalendarSeries | undefined, withClient: Moments, without: Moments, inGroup: Uint8Array | null): Comparison {
  if (!series || !inGroup) return welchCompare(withClient, without);
  return widenComparison(series, welchCompare(withClient, without), withClient.n, without.n, (z, mw, mo) => {
    for (let k = 0; k < z.length; k++) {
      const g = inGroup[k];
      z[k] = g === 2 ? 0 : g === 1 ? (series.value[k] - mw) / withClient.n : -(series.value[k] - mo) / without.n;
    }
  });
}

/** Widens Welch's interval by the HAC ratio of the influence series that `fill` writes. */
function widenComparison(
  series: CalendarSeries,
  c: Comparison,
  nWith: number,
  nWithout: number,
  fill: (z: Float64Array, meanWith: number, meanWithout: number) => void,
): Comparison {
  if (c.se === null || c.df === null || c.effect === null || !(c.se > 0) || nWith === 0 || nWithout === 0) return c;
  const z = series.scratch;
  fill(z, c.meanWith!, c.meanWithout!);
  let white = 0;
  for (let k = 0; k < z.length; k++) white += z[k] * z[k];
  const inflation = white > 0 ? Math.max(1, hacSum(series.day, z, series.bandwidth) / white) : 1;
  const fixedB = fixedBFactor(series.bandwidth, series.span);
  const half = tCritical(c.df) * fixedB * c.se * Math.sqrt(inflation);
  c.low = c.effect - half;
  c.high = c.effect + half;
  c.se *= Math.sqrt(inflation);
  c.robust = { inflation, fixedB, bandwidthDays: series.bandwidth, source: 'plain' };
  return c;
}

/**
 * Same-day comparison, given the moments of all rated days (computed once per metric); with a
 * calendar series, the interval is robust to persistent days (robustCompare).
 */
export function sameDayComparison(values: Float64Array, presence: Int32Array, total: Moments, series?: CalendarSeries): Comparison {
  const withClient = emptyMoments();
  for (const i of presence) if (!Number.isNaN(values[i])) addValue(withClient, values[i]);
  const without = subtractMoments(total, withClient);
  const c = welchCompare(withClient, without);
  if (!series) return c;
  return widenComparison(series, c, withClient.n, without.n, (z, mw, mo) => {
    for (let k = 0; k < z.length; k++) z[k] = -(series.value[k] - mo) / without.n;
    for (const i of presence) {
      const k = series.position[i];
      if (k >= 0) z[k] = (series.value[k] - mw) / withClient.n;
    }
  });
}

/** True when day i + 1 is the calendar day after day i and is rated. */
function hasRatedNextDay(prep: PreparedDays, values: Float64Array, i: number): boolean {
  return i + 1 < prep.count && prep.num[i + 1] === prep.num[i] + 1 && !Number.isNaN(values[i + 1]);
}

/** Moments of next-day scores over every day whose following calendar day is rated. */
export function nextDayTotalMoments(prep: PreparedDays, values: Float64Array): Moments {
  const m = emptyMoments();
  for (let i = 0; i < prep.count; i++) if (hasRatedNextDay(prep, values, i)) addValue(m, values[i + 1]);
  return m;
}

/**
 * Next-day comparison that means carry-over: among rated days without the client whose previous
 * calendar day is written, those after a day with the client versus those after a day without.
 * (Comparing every next day would echo the same-day effect: the day after a mission day is usually
 * another mission day.) The means and counts are these groups'; when the adjusted model estimated
 * the client's carry-over (other clients of both days, weekday and season held equal), the effect
 * and interval are the model's, else the plain difference with its calendar-robust interval.
 * `_total` is unused and kept for callers of the former signature.
 */
export function nextDayComparison(
  prep: PreparedDays,
  values: Float64Array,
  presence: Int32Array,
  _total?: Moments,
  series?: CalendarSeries,
  carryOver?: CarryOverEffect,
): Comparison {
  const today = new Uint8Array(prep.count);
  for (const i of presence) today[i] = 1;
  const withClient = emptyMoments();
  const without = emptyMoments();
  const flags = series ? new Uint8Array(series.day.length).fill(2) : null;
  for (let i = 0; i + 1 < prep.count; i++) {
    if (!hasRatedNextDay(prep, values, i) || today[i + 1] === 1) continue;
    const after = today[i] === 1;
    addValue(after ? withClient : without, values[i + 1]);
    if (flags && series) flags[series.position[i + 1]] = after ? 1 : 0;
  }
  const plain = robustCompare(series, withClient, without, flags);
  if (!carryOver || plain.daysWith === 0 || plain.daysWithout === 0) return plain;
  return {
    ...plain,
    effect: carryOver.effect,
    se: carryOver.se,
    low: plain.low !== null ? carryOver.low : null,
    high: plain.high !== null ? carryOver.high : null,
    robust: { inflation: plain.robust?.inflation ?? 1, fixedB: plain.robust?.fixedB ?? 1, bandwidthDays: plain.robust?.bandwidthDays ?? 0, source: 'model' },
  };
}

/** Mean of the per-day felt ratings (−2 … +2) of a client, over days where it was rated. */
export function feltOfClient(prep: PreparedDays, clientId: string): MeanInterval {
  const m = emptyMoments();
  for (const link of linksOf(prep, clientId)) {
    if (typeof link.felt === 'number' && Number.isFinite(link.felt)) addValue(m, link.felt);
  }
  return meanInterval(m);
}

function metricOf(options: StatsOptions): Metric {
  return options.metric ?? 'energy';
}

/**
 * Mean score on days with the client minus days without, with a 95% interval robust to persistent
 * days (Welch's, widened by Newey–West on calendar time), e.g.
 * { effect: −1.2, low: −1.7, high: −0.7, daysWith: 24, daysWithout: 180, … } on energy.
 */
export function compareWithWithout(days: readonly DaySummary[], clientId: string, options: StatsOptions = {}): Comparison {
  const prep = prepareDays(days, options);
  const values = metricValues(prep, metricOf(options));
  return sameDayComparison(values, presenceOf(prep, clientId), totalMoments(values), calendarSeries(prep.num, values));
}

/**
 * The client's carry-over onto the next day: next days without the client, after a day with it
 * versus after a day without (see nextDayComparison), effect from the adjusted model.
 */
export function compareNextDay(days: readonly DaySummary[], clientId: string, options: StatsOptions = {}): Comparison {
  const prep = prepareDays(days, options);
  const metric = metricOf(options);
  const values = metricValues(prep, metric);
  const model = fitAdjustedModel(prep, metric, [clientId]);
  return nextDayComparison(prep, values, presenceOf(prep, clientId), undefined, calendarSeries(prep.num, values), model.carryOver.get(clientId));
}

/** Mean felt score of a client with its 95% interval and the number of rated days. */
export function feltScore(days: readonly DaySummary[], clientId: string, options: StatsOptions = {}): MeanInterval {
  return feltOfClient(prepareDays(days, options), clientId);
}
