import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { addDays, addMonths } from '../../../shared/domain/dates';
import type { Client, DayKey, DaySummary, Signal } from '../../../shared/domain/types';
import { preferredMetric, ratedCounts, type DailyPoint, type Insights, type Metric } from '../../../shared/stats';
import { useDb } from '../../app/DbContext';
import { focusOf, insightsOf, precomputeWhenIdle, seriesOf, type InsightsParams } from './insightsCache';
import { insightsSource } from './insightsSource';

export type RangePreset = '3m' | '12m' | 'all' | 'custom';

/** What the controls choose; every figure follows it. */
export interface InsightsChoice {
  /** The score picked on this screen; null until the user picks one (then the remembered one, else one with data). */
  metric: Metric | null;
  preset: RangePreset;
  /** The custom range, e.g. "2024-09-01" … "2024-12-31". */
  customFrom: DayKey;
  customTo: DayKey;
  clientFilter: 'active' | 'all';
  /** The client ringed on the series and shown in the trend; null picks the most draining. */
  focusClientId: string | null;
  /** Year of the pixel calendar; null: the year of the period's end. */
  year: number | null;
}

/** The first and last day of a preset, ending on `today`, e.g. 3 months to 2025-03-14 → 2024-12-15 … 2025-03-14. */
export function rangeOf(choice: InsightsChoice, today: DayKey): { from?: DayKey; to?: DayKey; invalid: boolean } {
  if (choice.preset === 'all') return { invalid: false };
  if (choice.preset === 'custom') {
    const invalid = !(choice.customFrom && choice.customTo) || choice.customFrom > choice.customTo;
    return invalid ? { invalid } : { from: choice.customFrom, to: choice.customTo, invalid };
  }
  const months = choice.preset === '3m' ? 3 : 12;
  return { from: addDays(addMonths(today, -months), 1), to: today, invalid: false };
}

export interface InsightsData {
  /** Every day in the journal, whatever the period: the empty state counts them. */
  allDays: number;
  clients: Client[];
  signals: Signal[];
  insights: Insights;
  /** The score shown: the one picked, else the remembered one if it has data, else one that has data. */
  metric: Metric;
  /** The series with the focus client's days marked. */
  series: DailyPoint[];
  focusClientId: string | null;
  /** Years with at least one day, oldest first. */
  years: number[];
  range: { from?: DayKey; to?: DayKey; invalid: boolean };
}

function yearsOf(days: readonly DaySummary[]): number[] {
  if (days.length === 0) return [];
  const first = Number(days[0].day.slice(0, 4));
  const last = Number(days[days.length - 1].day.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The other metric, then the other presets: what a person is likely to switch to next. */
function likelyNext(params: InsightsParams, today: DayKey, choice: InsightsChoice): InsightsParams[] {
  const other: Metric = params.metric === 'energy' ? 'mood' : 'energy';
  const presets = (['12m', '3m', 'all'] as const).filter((p) => p !== choice.preset);
  const withPreset = (metric: Metric, preset: RangePreset): InsightsParams => {
    const { from, to } = rangeOf({ ...choice, preset }, today);
    return { ...params, metric, from, to };
  };
  return [{ ...params, metric: other }, ...presets.map((p) => withPreset(params.metric, p)), ...presets.map((p) => withPreset(other, p))];
}

/**
 * Reads the compact `days` table, the clients and the signals' names (never an entry's text),
 * live, and computes every statistic for the chosen period. undefined while loading. The data is
 * kept in memory between visits and each result per choice (insightsSource, insightsCache), so a
 * switch back, or a first visit after the idle prefetch, costs no read and no computation.
 */
export function useInsightsData(choice: InsightsChoice, today: DayKey, weekStartsOn: 0 | 1, savedMetric: Metric | null = null): InsightsData | undefined {
  const db = useDb();
  const source = insightsSource(db);
  const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
  const raw = useSyncExternalStore(subscribe, () => source.current());
  const chosen = useMemo(() => rangeOf(choice, today), [choice, today]);
  // While a custom period is being typed backwards (from after to), keep showing the last valid one
  // rather than jumping to all time; the controls say what is wrong.
  const [lastValid, setLastValid] = useState(chosen);
  if (!chosen.invalid && (chosen.from !== lastValid.from || chosen.to !== lastValid.to || lastValid.invalid)) setLastValid(chosen);
  const range = useMemo(() => (chosen.invalid ? { ...lastValid, invalid: true } : chosen), [chosen, lastValid]);
  const { clientFilter, year } = choice;
  const counts = useMemo(() => (raw ? ratedCounts(raw.days) : null), [raw]);
  const metric: Metric = choice.metric ?? (counts ? preferredMetric(counts, savedMetric) : (savedMetric ?? 'energy'));
  const params = useMemo<InsightsParams>(
    () => ({ metric, from: range.from, to: range.to, clientFilter, weekStartsOn, year }),
    [metric, range.from, range.to, clientFilter, weekStartsOn, year],
  );

  const insights = useMemo(() => (raw ? insightsOf(raw, params) : undefined), [raw, params]);
  const focusClientId = useMemo(() => (insights ? focusOf(insights, choice.focusClientId) : null), [insights, choice.focusClientId]);
  const series = useMemo(
    () => (raw ? seriesOf(raw, { metric, from: range.from, to: range.to, focusClientId }) : []),
    [raw, metric, range.from, range.to, focusClientId],
  );

  // Once this choice is on screen, the likely next ones are computed while the browser is idle.
  const choiceRef = useRef(choice);
  choiceRef.current = choice;
  useEffect(() => (raw ? precomputeWhenIdle(raw, likelyNext(params, today, choiceRef.current)) : undefined), [raw, params, today]);

  const years = useMemo(() => (raw ? yearsOf(raw.days) : []), [raw]);
  return useMemo(
    () => (raw && insights ? { allDays: raw.days.length, clients: raw.clients, signals: raw.signals, insights, metric, series, focusClientId, years, range } : undefined),
    [raw, insights, metric, series, focusClientId, years, range],
  );
}
