/**
 * Means, their 95% intervals, and Welch's comparison of two groups of days. Welch rather than
 * Student because the days with a client and the days without rarely have the same spread
 * (a client can make days uniformly bad, or make them swing).
 */
import type { Moments } from './prepare';
import { cornishFisher, normalQuantile, studentTQuantile } from './tdist';

export const CONFIDENCE = 0.95;
const UPPER = 1 - (1 - CONFIDENCE) / 2;

/** A mean with its 95% interval; the interval is null below two values. */
export interface MeanInterval {
  mean: number | null;
  low: number | null;
  high: number | null;
  n: number;
}

/** Days with versus days without: effect = meanWith − meanWithout, in points of the 1–5 score. */
export interface Comparison {
  /** Null unless both sides have at least one day. */
  effect: number | null;
  /** 95% Welch interval; null unless both sides have at least two days. */
  low: number | null;
  high: number | null;
  se: number | null;
  /** Welch–Satterthwaite degrees of freedom, e.g. 24.99. */
  df: number | null;
  meanWith: number | null;
  meanWithout: number | null;
  daysWith: number;
  daysWithout: number;
  /**
   * How the interval was made robust to persistent days (absent on a bare Welch comparison):
   * inflation = HAC variance / Welch variance (≥ 1), fixedB = multiplier of the t critical value,
   * bandwidthDays = Bartlett bandwidth in calendar days; source 'model' when the estimate comes
   * from the adjusted model (the next-day carry-over), 'plain' otherwise.
   */
  robust?: { inflation: number; fixedB: number; bandwidthDays: number; source: 'plain' | 'model' };
}

function variance(m: Moments): number {
  if (m.n < 2) return NaN;
  // Rounding can make a zero variance slightly negative on constant data.
  return Math.max(0, (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1));
}

export function meanOf(m: Moments): number | null {
  return m.n > 0 ? m.sum / m.n : null;
}

const Z_UPPER = normalQuantile(UPPER);
const criticalCache = new Map<number, number>();

/**
 * The t quantile for a 95% interval, e.g. df = 10 → 2.228. From 20 degrees of freedom on, the
 * five-term Cornish–Fisher expansion alone is within 5e-9 (relative) of the exact value — a
 * billionth of a point on an interval — and costs a few multiplications; hundreds of trend
 * windows per client are computed with it. Below 20, the exact quantile, remembered per df.
 */
export function tCritical(df: number): number {
  if (df >= 20 && Number.isFinite(df)) return cornishFisher(Z_UPPER, df);
  let t = criticalCache.get(df);
  if (t === undefined) {
    t = studentTQuantile(UPPER, df);
    if (criticalCache.size < 10_000) criticalCache.set(df, t);
  }
  return t;
}

export function meanInterval(m: Moments): MeanInterval {
  const mean = meanOf(m);
  if (mean === null || m.n < 2) return { mean, low: null, high: null, n: m.n };
  const half = tCritical(m.n - 1) * Math.sqrt(variance(m) / m.n);
  return { mean, low: mean - half, high: mean + half, n: m.n };
}

/** Welch's two-sample comparison from each side's moments. */
export function welchCompare(withClient: Moments, without: Moments): Comparison {
  const meanWith = meanOf(withClient);
  const meanWithout = meanOf(without);
  const base: Comparison = {
    effect: meanWith !== null && meanWithout !== null ? meanWith - meanWithout : null,
    low: null,
    high: null,
    se: null,
    df: null,
    meanWith,
    meanWithout,
    daysWith: withClient.n,
    daysWithout: without.n,
  };
  if (base.effect === null || withClient.n < 2 || without.n < 2) return base;
  const va = variance(withClient) / withClient.n;
  const vb = variance(without) / without.n;
  const se = Math.sqrt(va + vb);
  const denom = (va * va) / (withClient.n - 1) + (vb * vb) / (without.n - 1);
  // Both sides constant: no spread to estimate, the difference is exact for these days.
  const df = denom > 0 ? ((va + vb) * (va + vb)) / denom : withClient.n + without.n - 2;
  const half = se > 0 ? tCritical(df) * se : 0;
  base.low = base.effect - half;
  base.high = base.effect + half;
  base.se = se;
  base.df = df;
  return base;
}
