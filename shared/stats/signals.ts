/** Signals: which come with each client, and the score on days with each signal versus without. */
import type { DaySummary } from '../domain/types';
import { type ExtraEffect, fitAdjustedModel } from './adjusted';
import type { Comparison } from './compare';
import { calendarSeries } from './robust';
import { type PreparedDays, type StatsOptions, addValue, emptyMoments, metricValues, prepareDays, reportedClients, subtractMoments, type Metric } from './prepare';
import { linksOf, robustCompare, totalMoments } from './withWithout';

/** e.g. { signalId: "scope-creep", days: 9, share: 0.375 } — on 9 of the client's 24 days. */
export interface ClientSignalCount {
  signalId: string;
  days: number;
  share: number;
}

export interface ClientSignalsRow {
  clientId: string;
  /** Days with the client in the period (rated or not). */
  daysWith: number;
  /** Most frequent first. */
  signals: ClientSignalCount[];
}

/**
 * The score on days with the signal versus days without, e.g. "late payment: −0.8 energy". The
 * Comparison fields are the plain difference (interval robust to persistent days); `adjusted` is
 * the signal's own effect with every client of the day, the weekday and the season held equal —
 * a signal that only comes with a draining client has an adjusted effect near 0.
 */
export interface SignalEffectRow extends Comparison {
  signalId: string;
  /** Null when the model could not be fitted. */
  adjusted: ExtraEffect | null;
}

export interface SignalInsights {
  byClient: ClientSignalsRow[];
  /** Every signal seen in the period, most frequent first. */
  effects: SignalEffectRow[];
}

export function signalsFromPrepared(prep: PreparedDays, clientIds: readonly string[], metric: Metric): SignalInsights {
  const byClient = clientIds.map((clientId): ClientSignalsRow => {
    const links = linksOf(prep, clientId);
    const counts = new Map<string, number>();
    // A day summary's signal lists are already without duplicates (summariseDay builds them from sets).
    for (const link of links) for (const s of link.signals) counts.set(s, (counts.get(s) ?? 0) + 1);
    const signals = [...counts]
      .map(([signalId, days]) => ({ signalId, days, share: days / links.length }))
      .sort((a, b) => b.days - a.days || a.signalId.localeCompare(b.signalId));
    return { clientId, daysWith: links.length, signals };
  });

  const values = metricValues(prep, metric);
  const total = totalMoments(values);
  const withSignal = new Map<string, ReturnType<typeof emptyMoments>>();
  const seen = new Map<string, number>();
  const daysOf = new Map<string, number[]>();
  for (let i = 0; i < prep.count; i++) {
    for (const s of prep.days[i].signals) {
      seen.set(s, (seen.get(s) ?? 0) + 1);
      let list = daysOf.get(s);
      if (!list) daysOf.set(s, (list = []));
      list.push(i);
      let m = withSignal.get(s);
      if (!m) withSignal.set(s, (m = emptyMoments()));
      if (!Number.isNaN(values[i])) addValue(m, values[i]);
    }
  }
  const series = calendarSeries(prep.num, values);
  const flags = new Uint8Array(series.day.length);
  const ids = [...withSignal.keys()];
  const model = ids.length > 0 ? fitAdjustedModel(prep, metric, [], { extras: ids }) : null;
  const effects = [...withSignal]
    .map(([signalId, m]): SignalEffectRow => {
      flags.fill(0);
      for (const i of daysOf.get(signalId)!) if (series.position[i] >= 0) flags[series.position[i]] = 1;
      return { signalId, ...robustCompare(series, m, subtractMoments(total, m), flags), adjusted: model?.extras.get(signalId) ?? null };
    })
    .sort((a, b) => seen.get(b.signalId)! - seen.get(a.signalId)! || a.signalId.localeCompare(b.signalId));
  return { byClient, effects };
}

/** Signals per reported client, and each signal's effect on the options' metric (energy by default). */
export function signalInsights(days: readonly DaySummary[], options: StatsOptions = {}): SignalInsights {
  const prep = prepareDays(days, options);
  return signalsFromPrepared(prep, reportedClients(prep, options), options.metric ?? 'energy');
}
