/**
 * The slow time term of the adjusted model: a piecewise-linear spline of the date (a "hat" basis
 * on evenly spaced knots) whose second differences are penalised, so the level can follow a season
 * or a slow drift but not a single week. The hats sum to one on every day, so they also play the
 * intercept. Short periods (under six weeks) get a single constant column.
 */
import type { Matrix } from './linalg';

/** Knots at least four weeks apart, and at most about 31 of them (ten years: one every ~4 months). */
export const TIME_KNOT_MIN_DAYS = 28;
export const TIME_MAX_KNOTS = 31;
/**
 * Penalty on each second difference of the knot values, in units of the residual variance: read
 * as a prior, the curve's bend at a knot is N(0, σ²/10), about ±0.2 point for σ ≈ 0.6.
 */
export const TIME_LAMBDA = 10;

export interface TimeBasis {
  /** Number of columns (1 = a constant). */
  size: number;
  first: number;
  spacing: number;
}

export function timeBasis(first: number, last: number): TimeBasis {
  const span = last - first;
  if (span < 42) return { size: 1, first, spacing: Math.max(1, span) };
  const spacing = Math.max(TIME_KNOT_MIN_DAYS, span / (TIME_MAX_KNOTS - 1));
  const size = Math.ceil(span / spacing - 1e-9) + 1;
  return { size, first, spacing: span / (size - 1) };
}

/** Writes the one or two non-zero hat values of day number d; returns how many. */
export function timeRow(basis: TimeBasis, d: number, cols: Int32Array, vals: Float64Array, at: number): number {
  if (basis.size === 1) {
    cols[at] = 0;
    vals[at] = 1;
    return 1;
  }
  const x = Math.min(basis.size - 1, Math.max(0, (d - basis.first) / basis.spacing));
  const i = Math.min(basis.size - 2, Math.floor(x));
  const f = x - i;
  cols[at] = i;
  vals[at] = 1 - f;
  cols[at + 1] = i + 1;
  vals[at + 1] = f;
  return 2;
}

/** Adds λ·DᵀD (D: second differences of the knot values) into the top-left block of `penalty`. */
export function addTimePenalty(basis: TimeBasis, penalty: Matrix, lambda: number = TIME_LAMBDA): void {
  for (let i = 0; i + 2 < basis.size; i++) {
    const d = [1, -2, 1];
    for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) penalty[i + a][i + b] += lambda * d[a] * d[b];
  }
}
