import { todayKey } from '../../../shared/domain/dates';
import type { HumeurDb } from '../../db/schema';
import { precomputeWhenIdle, type InsightsParams } from './insightsCache';
import { insightsSource } from './insightsSource';
import { rangeOf, type InsightsChoice } from './useInsightsData';

/**
 * Reads the Insights data and computes its first view while the browser is idle (called by the
 * shell once Today is on screen), so the first click on Insights finds everything ready. Both
 * metrics of the default period are computed: the screen opens on one of them.
 */
export async function prefetchInsights(db: HumeurDb, weekStartsOn: 0 | 1): Promise<void> {
  const source = insightsSource(db);
  await source.start();
  const data = source.current();
  if (!data || data.days.length === 0) return;
  const today = todayKey();
  const { from, to } = rangeOf({ preset: '12m' } as InsightsChoice, today);
  const base: Omit<InsightsParams, 'metric'> = { from, to, clientFilter: 'active', weekStartsOn, year: null };
  precomputeWhenIdle(data, [
    { ...base, metric: 'energy' },
    { ...base, metric: 'mood' },
  ]);
}
