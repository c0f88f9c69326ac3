/**
 * The plain comparisons of one client: the day's score with versus without it, the next day's
 * score, and the client's own felt rating.
 */
import type { DayClient, DaySummary } from '../domain/types';
import { type Comparison, type MeanInterval, meanInterval, welchCompare } from './compare';
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

/** Same-day comparison, given the moments of all rated days (computed once per metric). */
export function sameDayComparison(values: Float64Array, presence: Int32Array, total: Moments): Comparison {
  const withClient = emptyMoments();
  for (const i of presence) if (!Number.isNaN(values[i])) addValue(withClient, values[i]);
  return welchCompare(withClient, subtractMoments(total, withClient));
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

/** Next-day comparison: the score of the day after a day with the client versus after a day without. */
export function nextDayComparison(prep: PreparedDays, values: Float64Array, presence: Int32Array, total: Moments): Comparison {
  const withClient = emptyMoments();
  for (const i of presence) if (hasRatedNextDay(prep, values, i)) addValue(withClient, values[i + 1]);
  return welchCompare(withClient, subtractMoments(total, withClient));
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
 * Mean score on days with the client minus days without, with Welch's 95% interval, e.g.
 * { effect: −1.2, low: −1.6, high: −0.8, daysWith: 24, daysWithout: 180, … } on energy.
 */
export function compareWithWithout(days: readonly DaySummary[], clientId: string, options: StatsOptions = {}): Comparison {
  const prep = prepareDays(days, options);
  const values = metricValues(prep, metricOf(options));
  return sameDayComparison(values, presenceOf(prep, clientId), totalMoments(values));
}

/** The same comparison on the following calendar day's score (only where that day is rated). */
export function compareNextDay(days: readonly DaySummary[], clientId: string, options: StatsOptions = {}): Comparison {
  const prep = prepareDays(days, options);
  const values = metricValues(prep, metricOf(options));
  return nextDayComparison(prep, values, presenceOf(prep, clientId), nextDayTotalMoments(prep, values));
}

/** Mean felt score of a client with its 95% interval and the number of rated days. */
export function feltScore(days: readonly DaySummary[], clientId: string, options: StatsOptions = {}): MeanInterval {
  return feltOfClient(prepareDays(days, options), clientId);
}
