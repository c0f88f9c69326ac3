/**
 * Variance that survives persistent days: Newey–West (Bartlett-kernel HAC) sums on calendar time,
 * with Andrews' AR(1) plug-in bandwidth and the Kiefer–Vogelsang fixed-b critical value.
 *
 * Days are calendar days with gaps (weekends not written, evenings forgotten). Two rated days
 * are "l apart" when their day numbers differ by l, whatever lies between; the kernel weight is
 * w(l) = 1 − l / M for l < M, 0 beyond, where M (the bandwidth, in calendar days) grows with the
 * persistence of the series. See docs/statistics.md for the choice and its alternatives.
 */
import { tCritical } from './compare';

/** Lag-1 autocorrelation on calendar time: pairs of rated days exactly one day apart, e.g. 0.45. */
export function calendarLag1(day: ArrayLike<number>, resid: ArrayLike<number>): number {
  let cross = 0;
  let pairs = 0;
  let sq = 0;
  let n = 0;
  for (let k = 0; k < day.length; k++) {
    const r = resid[k];
    if (Number.isNaN(r)) continue;
    sq += r * r;
    n++;
    if (k + 1 < day.length && day[k + 1] === day[k] + 1 && !Number.isNaN(resid[k + 1])) {
      cross += r * resid[k + 1];
      pairs++;
    }
  }
  if (pairs < 3 || !(sq > 0)) return 0;
  return Math.max(-0.99, Math.min(0.99, cross / pairs / (sq / n)));
}

/**
 * Bartlett bandwidth M in calendar days, e.g. ρ = 0.8 over a 365-day span → 22. Andrews (1991)
 * plug-in for an AR(1) with coefficient ρ: 1.1447·(α·S)^⅓ with α = 4ρ²/(1 − ρ²)², never below the
 * usual ⌈4·(S/100)^(2/9)⌉ rule and never above half the span.
 */
export function bartlettBandwidth(rho: number, span: number): number {
  const r = Math.min(0.97, Math.max(0, rho));
  const alpha = (4 * r * r) / (1 - r * r) ** 2;
  const andrews = Math.ceil(1.1447 * Math.cbrt(alpha * span));
  const rule = Math.ceil(4 * Math.pow(Math.max(1, span) / 100, 2 / 9));
  return Math.max(1, Math.min(Math.max(andrews, rule), Math.floor(span / 2)));
}

/**
 * How much wider a 95% interval must be when the bandwidth is a share b = M / S of the span
 * (Kiefer & Vogelsang 2005, Bartlett kernel): cv(b) / 1.96 with
 * cv(b) = 1.96 + 2.9694·b + 0.4160·b² − 0.5324·b³, e.g. b = 0.06 → 1.09.
 */
export function fixedBFactor(bandwidth: number, span: number): number {
  const b = Math.min(1, Math.max(0, span > 0 ? bandwidth / span : 0));
  return (1.96 + 2.9694 * b + 0.416 * b * b - 0.5324 * b * b * b) / 1.96;
}

/** Bartlett-weighted sum Σ_k Σ_k' w(|t_k − t_k'|)·z_k·z_k' (the long-run variance of Σ z). */
export function hacSum(day: ArrayLike<number>, z: ArrayLike<number>, bandwidth: number): number {
  let total = 0;
  const len = day.length;
  for (let k = 0; k < len; k++) {
    const zk = z[k];
    if (zk === 0) continue;
    total += zk * zk;
    let cross = 0;
    const dk = day[k];
    for (let j = k + 1; j < len; j++) {
      const lag = day[j] - dk;
      if (lag >= bandwidth) break;
      cross += (1 - lag / bandwidth) * z[j];
    }
    total += 2 * zk * cross;
  }
  return total;
}

/** The calendar structure of one metric's rated days, shared by every plain comparison on it. */
export interface CalendarSeries {
  /** Day numbers of the rated days, ascending. */
  day: Int32Array;
  /** Their scores. */
  value: Float64Array;
  /** Position among rated days of each prepared day index; −1 when not rated. */
  position: Int32Array;
  span: number;
  rho: number;
  bandwidth: number;
  /** Work space of the series' length, reused by each comparison on it. */
  scratch: Float64Array;
}

export function calendarSeries(num: Int32Array, values: Float64Array): CalendarSeries {
  const position = new Int32Array(values.length).fill(-1);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) position[i] = n++;
  const day = new Int32Array(n);
  const value = new Float64Array(n);
  let mean = 0;
  for (let i = 0; i < values.length; i++) {
    const k = position[i];
    if (k < 0) continue;
    day[k] = num[i];
    value[k] = values[i];
    mean += values[i];
  }
  mean = n > 0 ? mean / n : 0;
  const centred = value.map((v) => v - mean);
  const span = n > 0 ? day[n - 1] - day[0] + 1 : 0;
  const rho = calendarLag1(day, centred);
  return { day, value, position, span, rho, bandwidth: bartlettBandwidth(rho, span), scratch: new Float64Array(n) };
}

/**
 * A mean with a calendar-robust 95% interval (e.g. all the Mondays of a year): Newey–West on the
 * days' own calendar distances with the given bandwidth, never narrower than the t interval.
 */
export function robustMeanInterval(day: ArrayLike<number>, values: ArrayLike<number>, bandwidth: number, span: number): { mean: number | null; low: number | null; high: number | null; n: number } {
  const n = values.length;
  if (n === 0) return { mean: null, low: null, high: null, n };
  let mean = 0;
  for (let k = 0; k < n; k++) mean += values[k];
  mean /= n;
  if (n < 2) return { mean, low: null, high: null, n };
  const z = new Float64Array(n);
  let ss = 0;
  for (let k = 0; k < n; k++) {
    z[k] = (values[k] - mean) / n;
    ss += (values[k] - mean) ** 2;
  }
  const white = ss / (n * n);
  const inflation = white > 0 ? Math.max(1, hacSum(day, z, bandwidth) / white) : 1;
  const half = tCritical(n - 1) * fixedBFactor(bandwidth, span) * Math.sqrt((ss / (n - 1) / n) * inflation);
  return { mean, low: mean - half, high: mean + half, n };
}
