/**
 * Penalised least squares on calendar days with AR(1) errors, and an autocorrelation-robust
 * variance — the engine of the adjusted model and of the signals' adjusted effects.
 *
 * 1. Ridge fit of y on X (sparse rows) with penalty P: β = (XᵀX + P)⁻¹Xᵀy.
 * 2. The residuals' lag-1 autocorrelation on calendar days gives ρ (bias-corrected). Rows are
 *    quasi-differenced as for an AR(1) observed at irregular times (an Ornstein–Uhlenbeck
 *    process): with g the gap to the previous rated day and φ = ρ^g,
 *    row*ₖ = (rowₖ − φ·rowₖ₋₁) / √(1 − φ²)  (Prais–Winsten; the first row is kept).
 * 3. The ridge fit is redone on the whitened rows (feasible GLS).
 * 4. Variance of each target coefficient: the posterior σ²·(X*ᵀX* + P)⁻¹ⱼⱼ, widened by the ratio
 *    of the Newey–West (Bartlett, calendar-time) sandwich to the i.i.d. sandwich when that ratio
 *    exceeds 1 — what whitening left of the autocorrelation — and a t critical value widened by
 *    the fixed-b factor of the bandwidth.
 */
import { type Matrix, cholesky, choleskyInverse, choleskySolve } from './linalg';
import { bartlettBandwidth, calendarLag1, fixedBFactor, hacSum } from './robust';
import { tCritical } from './compare';

/** Rows of a design in compressed form: row k's entries are cols/vals[rowStart[k] .. rowStart[k + 1]). */
export interface SparseRows {
  rowStart: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
}

export interface RegressionProblem {
  /** Calendar day number of each row, ascending and distinct. */
  day: Int32Array;
  y: Float64Array;
  x: SparseRows;
  /** Number of columns. */
  p: number;
  /** p × p penalty added to XᵀX (ridge on clients, smoothness of the time term…). */
  penalty: Matrix;
  /** Columns whose standard errors are wanted. */
  targets: readonly number[];
  /** Quasi-difference by the estimated AR(1) before the final fit; default true. */
  whiten?: boolean;
  /** XᵀX of the (unwhitened) design when already known, e.g. from the other metric on the same days. */
  xtx?: Matrix;
  /** Widen by Newey–West and the fixed-b factor; default true. False gives the i.i.d. posterior interval. */
  robust?: boolean;
}

export interface RegressionFit {
  beta: number[];
  /** Robust standard error of each target, in the order of problem.targets. */
  se: number[];
  /** 95% critical value (t with the residual df, times the fixed-b factor). */
  critical: number;
  residualDf: number;
  /** Residual standard deviation (of the whitened rows when whitened). */
  sigma: number;
  /** The AR(1) coefficient used for whitening (0 when not whitened). */
  rho: number;
  /** Bartlett bandwidth in calendar days. */
  bandwidth: number;
  /** (XᵀX + P)⁻¹ of the final fit, unscaled. */
  inverse: Matrix;
  /** XᵀX of the unwhitened design (for collinearity diagnostics). */
  rawXtx: Matrix;
}

function normalEquations(x: SparseRows, y: Float64Array, p: number): { xtx: Matrix; xty: number[] } {
  const xtx: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  const n = x.rowStart.length - 1;
  for (let k = 0; k < n; k++) {
    const a0 = x.rowStart[k];
    const a1 = x.rowStart[k + 1];
    for (let a = a0; a < a1; a++) {
      const ca = x.cols[a];
      const va = x.vals[a];
      xty[ca] += va * y[k];
      // Each unordered pair of entries once, into the lower triangle (mirrored below).
      xtx[ca][ca] += va * va;
      for (let b = a + 1; b < a1; b++) {
        const cb = x.cols[b];
        const v = va * x.vals[b];
        if (cb === ca) xtx[ca][ca] += 2 * v;
        else if (cb < ca) xtx[ca][cb] += v;
        else xtx[cb][ca] += v;
      }
    }
  }
  for (let i = 0; i < p; i++) for (let j = 0; j < i; j++) xtx[j][i] = xtx[i][j];
  return { xtx, xty };
}

function crossProduct(x: SparseRows, y: Float64Array, p: number): number[] {
  const xty = new Array<number>(p).fill(0);
  for (let k = 0; k + 1 < x.rowStart.length; k++) {
    for (let a = x.rowStart[k]; a < x.rowStart[k + 1]; a++) xty[x.cols[a]] += x.vals[a] * y[k];
  }
  return xty;
}

function residuals(x: SparseRows, y: Float64Array, beta: readonly number[]): Float64Array {
  const n = y.length;
  const e = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let fitted = 0;
    for (let a = x.rowStart[k]; a < x.rowStart[k + 1]; a++) fitted += x.vals[a] * beta[x.cols[a]];
    e[k] = y[k] - fitted;
  }
  return e;
}

/** Quasi-differenced rows and response for an AR(1) with coefficient rho on calendar time. */
function whitenRows(day: Int32Array, x: SparseRows, y: Float64Array, rho: number): { x: SparseRows; y: Float64Array } {
  const n = y.length;
  const rowStart = new Int32Array(n + 1);
  const cols = new Int32Array(x.cols.length * 2);
  const vals = new Float64Array(x.cols.length * 2);
  const yw = new Float64Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    rowStart[k] = m;
    const phi = k > 0 ? Math.pow(rho, day[k] - day[k - 1]) : 0;
    const s = phi > 1e-6 ? 1 / Math.sqrt(1 - phi * phi) : 1;
    for (let a = x.rowStart[k]; a < x.rowStart[k + 1]; a++) {
      cols[m] = x.cols[a];
      vals[m++] = s * x.vals[a];
    }
    if (phi > 1e-6) {
      for (let a = x.rowStart[k - 1]; a < x.rowStart[k]; a++) {
        cols[m] = x.cols[a];
        vals[m++] = -s * phi * x.vals[a];
      }
      yw[k] = s * (y[k] - phi * y[k - 1]);
    } else {
      yw[k] = y[k];
    }
  }
  rowStart[n] = m;
  return { x: { rowStart, cols: cols.subarray(0, m), vals: vals.subarray(0, m) }, y: yw };
}

function addMatrix(a: Matrix, b: Matrix): Matrix {
  return a.map((row, i) => row.map((v, j) => v + b[i][j]));
}

/** Largest AR(1) coefficient used for whitening: beyond it the series is treated as a random walk would be, badly. */
const MAX_RHO = 0.9;

/** Fits the problem; null when the system is singular or leaves fewer than two residual degrees of freedom. */
export function fitCalendarRegression(problem: RegressionProblem): RegressionFit | null {
  const { day, p, penalty, targets } = problem;
  const n = problem.y.length;
  if (n < 3) return null;
  const raw = problem.xtx ? { xtx: problem.xtx, xty: crossProduct(problem.x, problem.y, p) } : normalEquations(problem.x, problem.y, p);
  let chol = cholesky(addMatrix(raw.xtx, penalty));
  if (!chol.ok) return null;
  let beta = choleskySolve(chol.value, raw.xty);
  let x = problem.x;
  let y = problem.y;
  let xtx = raw.xtx;
  let rho = 0;
  if (problem.whiten ?? true) {
    const e = residuals(x, y, beta);
    const r1 = calendarLag1(day, e);
    // Residual autocorrelations are biased towards zero by about (1 + 3ρ)/n (Kendall) and by the fit.
    rho = Math.min(MAX_RHO, Math.max(0, r1 + (1 + 3 * Math.max(0, r1)) / n + p / (2 * n)));
    if (rho > 0.02) {
      const w = whitenRows(day, x, y, rho);
      x = w.x;
      y = w.y;
      const eq = normalEquations(x, y, p);
      xtx = eq.xtx;
      chol = cholesky(addMatrix(xtx, penalty));
      if (!chol.ok) return null;
      beta = choleskySolve(chol.value, eq.xty);
    } else {
      rho = 0;
    }
  }
  const inverse = choleskyInverse(chol.value);
  // Effective degrees of freedom of a penalised fit: p − tr((XᵀX + P)⁻¹P).
  let edf = p;
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) if (penalty[i][j] !== 0) edf -= inverse[i][j] * penalty[j][i];
  const residualDf = n - edf;
  if (!(residualDf >= 2)) return null;
  const u = residuals(x, y, beta);
  let rss = 0;
  for (let k = 0; k < n; k++) rss += u[k] * u[k];
  const sigma2 = rss / residualDf;
  const span = day[n - 1] - day[0] + 1;
  if (problem.robust === false) {
    const se = targets.map((j) => Math.sqrt(sigma2 * inverse[j][j]));
    return { beta, se, critical: tCritical(residualDf), residualDf, sigma: Math.sqrt(sigma2), rho, bandwidth: 0, inverse, rawXtx: raw.xtx };
  }
  const bandwidth = bartlettBandwidth(calendarLag1(day, u), span);
  const critical = tCritical(residualDf) * fixedBFactor(bandwidth, span);

  const z = new Float64Array(n);
  const se = targets.map((j) => {
    const aj = inverse[j];
    let iid = 0;
    for (let k = 0; k < n; k++) {
      let h = 0;
      for (let a = x.rowStart[k]; a < x.rowStart[k + 1]; a++) h += aj[x.cols[a]] * x.vals[a];
      iid += h * h;
      z[k] = h * u[k];
    }
    const hac = hacSum(day, z, bandwidth);
    const ratio = iid > 0 && sigma2 > 0 ? hac / (sigma2 * iid) : 1;
    return Math.sqrt(sigma2 * aj[j] * Math.max(1, ratio));
  });
  return { beta, se, critical, residualDf, sigma: Math.sqrt(sigma2), rho, bandwidth, inverse, rawXtx: raw.xtx };
}
