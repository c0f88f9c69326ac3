/**
 * The little dense linear algebra the adjusted model needs: symmetric positive-definite systems of
 * at most ~50 unknowns (intercept, weekdays, clients). Matrices are arrays of rows, e.g.
 * [[4, 2], [2, 3]]. Failures that the data can cause (a singular system) are values.
 */
import type { Result } from '../domain/types';

export type Matrix = number[][];

export type LinalgError = 'not-positive-definite' | 'singular';

/**
 * Lower-triangular L with A = L·Lᵀ for a symmetric positive-definite A, e.g.
 * [[4, 2], [2, 3]] → [[2, 0], [1, √2]]. Only the lower triangle of A is read.
 */
export function cholesky(a: Matrix): Result<Matrix, LinalgError> {
  const n = a.length;
  const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  // A pivot this small relative to its diagonal means A is singular up to rounding.
  const tolerance = 1e-13;
  for (let j = 0; j < n; j++) {
    let d = a[j][j];
    const lj = l[j];
    for (let k = 0; k < j; k++) d -= lj[k] * lj[k];
    if (!(d > tolerance * Math.abs(a[j][j])) || !Number.isFinite(d)) return { ok: false, error: 'not-positive-definite' };
    const djj = Math.sqrt(d);
    lj[j] = djj;
    for (let i = j + 1; i < n; i++) {
      const li = l[i];
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= li[k] * lj[k];
      li[j] = s / djj;
    }
  }
  return { ok: true, value: l };
}

/** Solves L·Lᵀ·x = b given the Cholesky factor L. */
export function choleskySolve(l: Matrix, b: readonly number[]): number[] {
  const n = l.length;
  const y = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * y[k];
    y[i] = s / l[i][i];
  }
  const x = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k][i] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}

/** A⁻¹ from the Cholesky factor of A (symmetric, returned in full). */
export function choleskyInverse(l: Matrix): Matrix {
  const n = l.length;
  // Invert L (lower triangular), then A⁻¹ = L⁻ᵀ·L⁻¹.
  const inv: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    inv[j][j] = 1 / l[j][j];
    for (let i = j + 1; i < n; i++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= l[i][k] * inv[k][j];
      inv[i][j] = s / l[i][i];
    }
  }
  const out: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = i; k < n; k++) s += inv[k][i] * inv[k][j];
      out[i][j] = s;
      out[j][i] = s;
    }
  }
  return out;
}

/**
 * Solves A·x = b for a general square A by Gaussian elimination with partial pivoting,
 * e.g. [[0, 1], [1, 0]]·x = [2, 3] → [3, 2]. A cross-check for the Cholesky path, and for
 * systems that are not symmetric.
 */
export function solveGaussian(a: Matrix, b: readonly number[]): Result<number[], LinalgError> {
  const n = a.length;
  const m = a.map((row, i) => [...row, b[i]]);
  const scale = Math.max(...a.map((row) => Math.max(...row.map(Math.abs))), 0);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (!(Math.abs(m[pivot][col]) > 1e-13 * scale)) return { ok: false, error: 'singular' };
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const x = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = m[i][n];
    for (let k = i + 1; k < n; k++) s -= m[i][k] * x[k];
    x[i] = s / m[i][i];
  }
  return { ok: true, value: x };
}

/** A·x for a square or rectangular A. */
export function multiplyVector(a: Matrix, x: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, v, j) => s + v * x[j], 0));
}
