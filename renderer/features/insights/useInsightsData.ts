import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, addMonths } from '../../../shared/domain/dates';
import type { Client, DayKey, DaySummary, Signal } from '../../../shared/domain/types';
import { computeInsights, dailySeries, type ClientRate, type DailyPoint, type Insights, type Metric } from '../../../shared/stats';
import { useDb } from '../../app/DbContext';
import { listClients } from '../../db/clients';
import { listSignals } from '../../db/signals';
import { loadDaySummaries } from '../../db/days';

export type RangePreset = '3m' | '12m' | 'all' | 'custom';

/** What the controls choose; every figure follows it. */
export interface InsightsChoice {
  metric: Metric;
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
  /** The series with the focus client's days marked. */
  series: DailyPoint[];
  focusClientId: string | null;
  /** Years with at least one day, oldest first. */
  years: number[];
  range: { from?: DayKey; to?: DayKey; invalid: boolean };
}

function ratesOf(clients: readonly Client[]): Record<string, ClientRate> {
  const rates: Record<string, ClientRate> = {};
  for (const c of clients) if (typeof c.hourlyRate === 'number' && c.currency) rates[c.id] = { rate: c.hourlyRate, currency: c.currency };
  return rates;
}

function yearsOf(days: readonly DaySummary[]): number[] {
  if (days.length === 0) return [];
  const first = Number(days[0].day.slice(0, 4));
  const last = Number(days[days.length - 1].day.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Reads the compact `days` table, the clients and the signals' names (never an entry's text),
 * live, and computes every statistic for the chosen period. undefined while loading.
 */
export function useInsightsData(choice: InsightsChoice, today: DayKey, weekStartsOn: 0 | 1): InsightsData | undefined {
  const db = useDb();
  const raw = useLiveQuery(async () => {
    const [days, clients, signals] = await Promise.all([loadDaySummaries(db), listClients(db), listSignals(db)]);
    return { days, clients, signals };
  }, [db]);
  const chosen = useMemo(() => rangeOf(choice, today), [choice, today]);
  // While a custom period is being typed backwards (from after to), keep showing the last valid one
  // rather than jumping to all time; the controls say what is wrong.
  const [lastValid, setLastValid] = useState(chosen);
  if (!chosen.invalid && (chosen.from !== lastValid.from || chosen.to !== lastValid.to || lastValid.invalid)) setLastValid(chosen);
  const range = useMemo(() => (chosen.invalid ? { ...lastValid, invalid: true } : chosen), [chosen, lastValid]);
  const { metric, clientFilter, year } = choice;

  const insights = useMemo(() => {
    if (!raw) return undefined;
    const clientIds = clientFilter === 'active' ? raw.clients.filter((c) => c.status === 'active').map((c) => c.id) : undefined;
    return computeInsights(raw.days, {
      metric,
      from: range.from,
      to: range.to,
      clientIds,
      weekStartsOn,
      year: year ?? undefined,
      rates: ratesOf(raw.clients),
    });
  }, [raw, metric, range.from, range.to, clientFilter, weekStartsOn, year]);

  const focusClientId = useMemo(() => {
    if (!insights) return null;
    const reported = new Set(insights.clients.filter((c) => c.daysWith > 0).map((c) => c.clientId));
    if (choice.focusClientId && reported.has(choice.focusClientId)) return choice.focusClientId;
    return insights.ranking.find((r) => r.effect !== null)?.clientId ?? insights.ranking.find((r) => reported.has(r.clientId))?.clientId ?? null;
  }, [insights, choice.focusClientId]);

  const series = useMemo(
    () => (raw ? dailySeries(raw.days, { metric, from: range.from, to: range.to, focusClientId }) : []),
    [raw, metric, range.from, range.to, focusClientId],
  );

  if (!raw || !insights) return undefined;
  return { allDays: raw.days.length, clients: raw.clients, signals: raw.signals, insights, series, focusClientId, years: yearsOf(raw.days), range };
}
