import type { DayKey } from '../../../shared/domain/types';
import { computeInsights, dailySeries, type ClientRate, type DailyPoint, type Insights, type Metric } from '../../../shared/stats';
import { markDuration } from '../../app/perf';
import type { InsightsSourceData } from './insightsSource';

/** Everything a computed Insights depends on, besides the data. */
export interface InsightsParams {
  metric: Metric;
  from?: DayKey;
  to?: DayKey;
  clientFilter: 'active' | 'all';
  weekStartsOn: 0 | 1;
  year: number | null;
}

/** Results kept per data snapshot: enough for both metrics over every preset and a few custom periods. */
const KEEP = 16;

const insightsCache = new WeakMap<InsightsSourceData, Map<string, Insights>>();
const seriesCache = new WeakMap<InsightsSourceData, Map<string, DailyPoint[]>>();

function remember<T>(store: WeakMap<InsightsSourceData, Map<string, T>>, data: InsightsSourceData, key: string, make: () => T): T {
  let map = store.get(data);
  if (!map) {
    map = new Map();
    store.set(data, map);
  }
  const hit = map.get(key);
  if (hit !== undefined) {
    // Most recently used last, so the oldest goes first when the map is full.
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const value = make();
  map.set(key, value);
  if (map.size > KEEP) map.delete(map.keys().next().value!);
  return value;
}

function ratesOf(data: InsightsSourceData): Record<string, ClientRate> {
  const rates: Record<string, ClientRate> = {};
  for (const c of data.clients) if (typeof c.hourlyRate === 'number' && c.currency) rates[c.id] = { rate: c.hourlyRate, currency: c.currency };
  return rates;
}

const keyOf = (p: InsightsParams) => [p.metric, p.from ?? '', p.to ?? '', p.clientFilter, p.weekStartsOn, p.year ?? ''].join('|');

/** True when these figures are already computed for this data (a switch to them costs nothing). */
export function isComputed(data: InsightsSourceData, params: InsightsParams): boolean {
  return insightsCache.get(data)?.has(keyOf(params)) ?? false;
}

/** Every statistic of the period, computed once per data snapshot and choice. */
export function insightsOf(data: InsightsSourceData, params: InsightsParams): Insights {
  return remember(insightsCache, data, keyOf(params), () => {
    const started = performance.now();
    const clientIds = params.clientFilter === 'active' ? data.clients.filter((c) => c.status === 'active').map((c) => c.id) : undefined;
    const insights = computeInsights(data.days, {
      metric: params.metric,
      from: params.from,
      to: params.to,
      clientIds,
      weekStartsOn: params.weekStartsOn,
      year: params.year ?? undefined,
      rates: ratesOf(data),
    });
    markDuration('insights-compute', started);
    return insights;
  });
}

/** The client ringed on the series: the one asked for when it has days, else the most draining, else the first with days. */
export function focusOf(insights: Insights, asked: string | null): string | null {
  const reported = new Set(insights.clients.filter((c) => c.daysWith > 0).map((c) => c.clientId));
  if (asked && reported.has(asked)) return asked;
  return insights.ranking.find((r) => r.effect !== null)?.clientId ?? insights.ranking.find((r) => reported.has(r.clientId))?.clientId ?? null;
}

/** The daily series with the focus client's days marked, once per snapshot and choice. */
export function seriesOf(data: InsightsSourceData, params: { metric: Metric; from?: DayKey; to?: DayKey; focusClientId: string | null }): DailyPoint[] {
  const key = [params.metric, params.from ?? '', params.to ?? '', params.focusClientId ?? ''].join('|');
  return remember(seriesCache, data, key, () => dailySeries(data.days, params));
}

/**
 * Computes the given choices one per idle moment, so a later switch to them is instant; returns a
 * cancel function. Nothing is computed twice: a choice already in the cache is skipped.
 */
export function precomputeWhenIdle(data: InsightsSourceData, choices: readonly InsightsParams[]): () => void {
  let cancelled = false;
  let handle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = typeof requestIdleCallback === 'function';
  const queue = choices.filter((c) => !isComputed(data, c));
  const schedule = (run: () => void) => {
    if (idle) handle = requestIdleCallback(run, { timeout: 3000 });
    else timer = setTimeout(run, 50);
  };
  const step = () => {
    if (cancelled) return;
    const next = queue.shift();
    if (!next) return;
    insightsOf(data, next);
    if (queue.length > 0) schedule(step);
  };
  if (queue.length > 0) schedule(step);
  return () => {
    cancelled = true;
    if (handle !== undefined) cancelIdleCallback(handle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
