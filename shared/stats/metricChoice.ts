/**
 * Which score Insights, the client summary and the report open on: one that has data. A Daylio
 * journal holds mood and no energy, so it opens on mood; a journal with both opens on energy,
 * the product's first question, unless energy was rated on fewer than half as many days as mood.
 * The user's own choice wins whenever that score has at least one rated day.
 */
import type { DaySummary } from '../domain/types';
import type { Metric } from './prepare';

export interface RatedCounts {
  mood: number;
  energy: number;
}

const rated = (v: number | null) => typeof v === 'number' && Number.isFinite(v);

/** Days with a mood rating and days with an energy rating, e.g. { mood: 260, energy: 0 }. */
export function ratedCounts(days: readonly DaySummary[]): RatedCounts {
  let mood = 0;
  let energy = 0;
  for (const d of days) {
    if (rated(d.mood)) mood++;
    if (rated(d.energy)) energy++;
  }
  return { mood, energy };
}

/** The score to open on, given the journal's rated counts and the user's remembered choice (null: none yet). */
export function preferredMetric(counts: RatedCounts, saved: Metric | null): Metric {
  if (saved && counts[saved] > 0) return saved;
  if (counts.energy === 0 && counts.mood === 0) return saved ?? 'energy';
  return counts.energy > 0 && counts.energy * 2 >= counts.mood ? 'energy' : 'mood';
}

/** The other score, e.g. to say "none rated for energy — see mood". */
export function otherMetric(metric: Metric): Metric {
  return metric === 'mood' ? 'energy' : 'mood';
}
