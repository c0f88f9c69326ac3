/** Signals: which come with each client, and the score on days with each signal versus without. */
import type { DaySummary } from '../domain/types';
import { type Comparison, welchCompare } from './compare';
import { type PreparedDays, type StatsOptions, addValue, emptyMoments, metricValues, prepareDays, reportedClients, subtractMoments, type Metric } from './prepare';
import { linksOf, totalMoments } from './withWithout';

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

/** The score on days with the signal versus days without (Welch), e.g. "late payment: −0.8 energy". */
export interface SignalEffectRow extends Comparison {
  signalId: string;
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
  for (let i = 0; i < prep.count; i++) {
    for (const s of prep.days[i].signals) {
      seen.set(s, (seen.get(s) ?? 0) + 1);
      let m = withSignal.get(s);
      if (!m) withSignal.set(s, (m = emptyMoments()));
      if (!Number.isNaN(values[i])) addValue(m, values[i]);
    }
  }
  const effects = [...withSignal]
    .map(([signalId, m]) => ({ signalId, ...welchCompare(m, subtractMoments(total, m)) }))
    .sort((a, b) => seen.get(b.signalId)! - seen.get(a.signalId)! || a.signalId.localeCompare(b.signalId));
  return { byClient, effects };
}

/** Signals per reported client, and each signal's effect on the options' metric (energy by default). */
export function signalInsights(days: readonly DaySummary[], options: StatsOptions = {}): SignalInsights {
  const prep = prepareDays(days, options);
  return signalsFromPrepared(prep, reportedClients(prep, options), options.metric ?? 'energy');
}
