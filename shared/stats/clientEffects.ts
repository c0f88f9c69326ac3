/**
 * Everything the app says about each client on mood and on energy, and the ranking of clients
 * (most draining first) that the Insights bar chart draws.
 */
import type { DaySummary } from '../domain/types';
import { type AdjustedEffect, fitAdjustedModel } from './adjusted';
import type { Comparison, MeanInterval } from './compare';
import { METRICS, type Metric, type PreparedDays, type StatsOptions, metricValues, prepareDays, reportedClients } from './prepare';
import { TREND_WINDOW_WEEKS, type TrendRow, trendBase, trendOfPresence } from './trend';
import { type Decision, type Verdict, daysWithClientNeeded, daysWithoutClientNeeded, decideVerdict } from './verdict';
import { calendarSeries } from './robust';
import { feltOfClient, nextDayComparison, nextDayTotalMoments, presenceOf, sameDayComparison, totalMoments } from './withWithout';

export interface MetricEffects {
  /** Same-day mean with minus without (Welch). */
  withWithout: Comparison;
  /** Effect from the model on every client and the weekday. */
  adjusted: AdjustedEffect;
  /**
   * Carry-over: the next day's score (on next days without the client) after a day with versus
   * without it; effect and interval from the adjusted model when it could estimate them.
   */
  nextDay: Comparison;
  /** Rolling with/without effect, oldest window first. */
  trend: TrendRow[];
  /** The verdict and the estimate behind it (see verdict.ts). */
  decision: Decision;
  /** Rated days still needed with / without the client before a verdict; 0 when enough. */
  moreDaysWith: number;
  moreDaysWithout: number;
}

export interface ClientEffects {
  clientId: string;
  /** Days with the client in the period, rated or not. */
  daysWith: number;
  /** Mean of the client's felt ratings (−2 … +2). */
  felt: MeanInterval;
  mood: MetricEffects;
  energy: MetricEffects;
}

/** A bar with whiskers, e.g. { clientId: "acme", effect: −1.2, low: −1.7, high: −0.7, whisker: [0.5, 0.5], … }. */
export interface RankingRow {
  clientId: string;
  /** Null when the verdict is 'insufficient': no bar is drawn. */
  effect: number | null;
  low: number | null;
  high: number | null;
  /** [effect − low, high − effect], the shape recharts' ErrorBar reads. */
  whisker: [number, number] | null;
  daysWith: number;
  daysWithout: number;
  verdict: Verdict;
  source: Decision['source'];
}

export interface EffectsOptions extends StatsOptions {
  /** Rolling window of the trend, in weeks (8 when absent). */
  windowWeeks?: number;
}

function metricEffects(prep: PreparedDays, clientIds: readonly string[], metric: Metric, windowWeeks: number) {
  const values = metricValues(prep, metric);
  const total = totalMoments(values);
  const nextTotal = nextDayTotalMoments(prep, values);
  const model = fitAdjustedModel(prep, metric, clientIds);
  const base = trendBase(prep, values, windowWeeks);
  const series = calendarSeries(prep.num, values);
  return clientIds.map((clientId): MetricEffects => {
    const presence = presenceOf(prep, clientId);
    const withWithout = sameDayComparison(values, presence, total, series);
    const adjusted = model.effects.get(clientId) ?? {
      effect: null, se: null, low: null, high: null, estimable: false, independence: null,
      daysWith: 0, daysWithout: model.days,
    };
    return {
      withWithout,
      adjusted,
      nextDay: nextDayComparison(prep, values, presence, nextTotal, series, model.carryOver.get(clientId)),
      trend: trendOfPresence(prep, values, presence, base, withWithout.robust),
      decision: decideVerdict(withWithout, adjusted),
      moreDaysWith: daysWithClientNeeded(withWithout.daysWith),
      moreDaysWithout: daysWithoutClientNeeded(withWithout.daysWithout),
    };
  });
}

export function effectsFromPrepared(prep: PreparedDays, clientIds: readonly string[], windowWeeks: number = TREND_WINDOW_WEEKS): ClientEffects[] {
  const [mood, energy] = METRICS.map((metric) => metricEffects(prep, clientIds, metric, windowWeeks));
  return clientIds.map((clientId, k) => ({
    clientId,
    daysWith: presenceOf(prep, clientId).length,
    felt: feltOfClient(prep, clientId),
    mood: mood[k],
    energy: energy[k],
  }));
}

/** Every statistic about each reported client, on mood and on energy. */
export function computeClientEffects(days: readonly DaySummary[], options: EffectsOptions = {}): ClientEffects[] {
  const prep = prepareDays(days, options);
  return effectsFromPrepared(prep, reportedClients(prep, options), options.windowWeeks);
}

/** Clients by effect on a metric, most draining first; clients without enough days last. */
export function rankFromEffects(effects: readonly ClientEffects[], metric: Metric): RankingRow[] {
  const rows = effects.map((c): RankingRow => {
    const { decision, withWithout } = c[metric];
    const { effect, low, high } = decision;
    return {
      clientId: c.clientId,
      effect,
      low,
      high,
      whisker: effect !== null && low !== null && high !== null ? [effect - low, high - effect] : null,
      daysWith: withWithout.daysWith,
      daysWithout: withWithout.daysWithout,
      verdict: decision.verdict,
      source: decision.source,
    };
  });
  return rows.sort((a, b) => {
    if (a.effect === null || b.effect === null) {
      if (a.effect !== b.effect) return a.effect === null ? 1 : -1;
      return b.daysWith - a.daysWith || a.clientId.localeCompare(b.clientId);
    }
    return a.effect - b.effect || a.clientId.localeCompare(b.clientId);
  });
}

/** The ranking alone, on the options' metric (energy by default). */
export function rankClients(days: readonly DaySummary[], options: EffectsOptions = {}): RankingRow[] {
  return rankFromEffects(computeClientEffects(days, options), options.metric ?? 'energy');
}
