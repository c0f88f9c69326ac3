/**
 * What the app dares to say about a client. Decided from the 95% interval, never from the point
 * estimate alone: "drains" only when the whole interval is below zero.
 *
 * Which estimate decides: the adjusted one (adjusted.ts) whenever the model can estimate the
 * client, because the plain with/without comparison blames a neutral client for the one it
 * usually comes with, and lets weekday habits leak in. When the model cannot separate the client
 * from another (independence below MIN_INDEPENDENCE) the answer is "unclear" — the plain
 * comparison would only repeat the confusion. The plain comparison decides only when the model
 * could not be fitted or left the client out (more than MAX_CLIENT_COLUMNS clients).
 */
import type { AdjustedEffect } from './adjusted';
import { MIN_INDEPENDENCE } from './adjusted';
import type { Comparison } from './compare';
import { MIN_DAYS_WITH, MIN_DAYS_WITHOUT } from './thresholds';

export { MIN_DAYS_WITH, MIN_DAYS_WITHOUT } from './thresholds';

export type Verdict = 'drains' | 'lifts' | 'unclear' | 'insufficient';

/** Why a verdict is not a clear answer: too few days, or the client always comes with another. */
export type VerdictReason = 'few-days' | 'confounded' | null;

export interface Decision {
  verdict: Verdict;
  /** The estimate behind the verdict; null when insufficient. */
  source: 'adjusted' | 'withWithout' | null;
  reason: VerdictReason;
  effect: number | null;
  low: number | null;
  high: number | null;
}

/** More rated days with the client needed before a verdict, e.g. 3 days seen → 2. */
export function daysWithClientNeeded(daysWith: number): number {
  return Math.max(0, MIN_DAYS_WITH - daysWith);
}

/** More rated days without the client needed (a client present on nearly every day). */
export function daysWithoutClientNeeded(daysWithout: number): number {
  return Math.max(0, MIN_DAYS_WITHOUT - daysWithout);
}

/** 'drains' when the whole interval is below 0, 'lifts' when above, else 'unclear'. */
export function verdictFromInterval(low: number | null, high: number | null): 'drains' | 'lifts' | 'unclear' {
  if (low === null || high === null) return 'unclear';
  if (high < 0) return 'drains';
  if (low > 0) return 'lifts';
  return 'unclear';
}

/** The verdict for one client and metric from its plain comparison and (when fitted) adjusted effect. */
export function decideVerdict(plain: Comparison, adjusted: AdjustedEffect | null | undefined): Decision {
  if (daysWithClientNeeded(plain.daysWith) > 0 || daysWithoutClientNeeded(plain.daysWithout) > 0) {
    return { verdict: 'insufficient', source: null, reason: 'few-days', effect: null, low: null, high: null };
  }
  if (adjusted && adjusted.effect !== null) {
    const { effect, low, high } = adjusted;
    if (adjusted.estimable) return { verdict: verdictFromInterval(low, high), source: 'adjusted', reason: null, effect, low, high };
    if (adjusted.independence !== null && adjusted.independence < MIN_INDEPENDENCE) {
      return { verdict: 'unclear', source: 'adjusted', reason: 'confounded', effect, low, high };
    }
  }
  const { effect, low, high } = plain;
  return { verdict: verdictFromInterval(low, high), source: 'withWithout', reason: null, effect, low, high };
}
