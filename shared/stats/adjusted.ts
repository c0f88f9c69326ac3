/**
 * The adjusted effect: one linear model of the day's score on every client's presence (0/1) and
 * the weekday, so that two clients who often share a day are told apart and a client seen only on
 * Mondays is not blamed for Mondays:
 *
 *   score = intercept + Σ weekday dummies + Σ βc · [client c present] + noise
 *
 * βc is the change in the day's score when c is present, other clients and weekday held equal.
 * Ridge penalty on the client coefficients keeps the system solvable when a client is rare or
 * always comes with another; intervals use the ridge posterior variance σ²·(XᵀX + λI)⁻¹, which
 * stays wide exactly where the data cannot separate two clients (the sandwich variance would not).
 */
import type { DaySummary } from '../domain/types';
import { tCritical } from './compare';
import { type Matrix, cholesky, choleskyInverse, choleskySolve } from './linalg';
import { MIN_DAYS_WITH, MIN_DAYS_WITHOUT } from './thresholds';
import { type Metric, type PreparedDays, type StatsOptions, metricValues, prepareDays, reportedClients } from './prepare';

/**
 * Ridge penalty on each client coefficient. Read as a prior: a client's effect is N(0, σ²/λ), so
 * with λ = 1 an effect beyond about two residual standard deviations (≈ ±2 points) is deemed
 * implausible, while a client seen on 40 days is shrunk by only 1/41 of its estimate.
 */
export const RIDGE_LAMBDA = 1;

/**
 * Least share of a client's presence that other clients and the weekday must leave unexplained
 * (1 − R², the tolerance; 0.1 is the usual "variance inflation factor above 10" rule). Below it,
 * e.g. a client that comes with another on 95% of its days, the model cannot tell them apart.
 */
export const MIN_INDEPENDENCE = 0.1;

/** Intercept + 6 weekdays + 43 clients = 50 columns; rarer clients beyond that stay in the baseline. */
export const MAX_CLIENT_COLUMNS = 43;

export interface AdjustedEffect {
  /** Change in the day's score with the client present, others held equal; null when not in the model. */
  effect: number | null;
  se: number | null;
  low: number | null;
  high: number | null;
  /** False when too few days, or when other clients explain the client's presence (see independence). */
  estimable: boolean;
  /** 1 − R² of the client's presence on the other columns, e.g. 0.04 when nearly always with another client. */
  independence: number | null;
  daysWith: number;
  daysWithout: number;
}

export interface AdjustedModel {
  effects: Map<string, AdjustedEffect>;
  /** Rated days in the model. */
  days: number;
  residualSd: number | null;
  residualDf: number | null;
}

const WEEKDAY_PENALTY = 1e-6;

function emptyEffect(daysWith: number, daysWithout: number): AdjustedEffect {
  return { effect: null, se: null, low: null, high: null, estimable: false, independence: null, daysWith, daysWithout };
}

function addDiagonal(a: Matrix, diag: readonly number[]): Matrix {
  return a.map((row, i) => row.map((v, j) => (i === j ? v + diag[i] : v)));
}

/**
 * Diagonal of (XᵀX)⁻¹ with a vanishing penalty: the OLS precision of each column. A column that
 * others reproduce exactly gets a huge value (hence a near-zero independence).
 */
function olsInverseDiagonal(xtx: Matrix, p: number, n: number): number[] | null {
  for (const eps of [1e-9, 1e-6, 1e-3]) {
    const chol = cholesky(addDiagonal(xtx, Array.from({ length: p }, (_, j) => (j === 0 ? 0 : eps * n))));
    if (chol.ok) return choleskyInverse(chol.value).map((row, j) => row[j]);
  }
  return null;
}

/** Which column each weekday and client takes: 0 is the intercept, then weekdays, then clients. */
interface Design {
  /** Rated days in the model. */
  rows: Int32Array;
  /** Rated days per client (by client index). */
  counts: Int32Array;
  weekdayCol: Int32Array;
  clientCol: Int32Array;
  /** Client indices with a column, in column order. */
  modelled: number[];
  penalty: number[];
}

function designOf(prep: PreparedDays, values: Float64Array, priority: readonly string[]): Design {
  let n = 0;
  const all = new Int32Array(prep.count);
  for (let i = 0; i < prep.count; i++) if (!Number.isNaN(values[i])) all[n++] = i;
  const rows = all.subarray(0, n);
  const counts = new Int32Array(prep.clientIds.length);
  const weekdayCounts = new Int32Array(7);
  for (let k = 0; k < n; k++) {
    const r = rows[k];
    weekdayCounts[prep.weekday[r]]++;
    for (let j = prep.clientStart[r]; j < prep.clientStart[r + 1]; j++) counts[prep.clientCols[j]]++;
  }
  const wanted = new Set(priority);
  const modelled = prep.clientIds
    .map((_, ci) => ci)
    .filter((ci) => counts[ci] > 0)
    .sort((a, b) => Number(wanted.has(prep.clientIds[b])) - Number(wanted.has(prep.clientIds[a])) || counts[b] - counts[a])
    .slice(0, MAX_CLIENT_COLUMNS);
  // The most frequent weekday is the reference; weekdays never seen get no column.
  let reference = 0;
  for (let w = 1; w < 7; w++) if (weekdayCounts[w] > weekdayCounts[reference]) reference = w;
  const weekdayCol = new Int32Array(7).fill(-1);
  const penalty = [0];
  for (let w = 0; w < 7; w++) {
    if (w === reference || weekdayCounts[w] === 0) continue;
    weekdayCol[w] = penalty.length;
    penalty.push(WEEKDAY_PENALTY);
  }
  const clientCol = new Int32Array(prep.clientIds.length).fill(-1);
  for (const ci of modelled) {
    clientCol[ci] = penalty.length;
    penalty.push(RIDGE_LAMBDA);
  }
  return { rows, counts, weekdayCol, clientCol, modelled, penalty };
}

/** Writes the non-zero columns of day r (all equal to 1) into `out`; returns how many. */
function rowColumns(prep: PreparedDays, design: Design, r: number, out: Int32Array): number {
  let m = 0;
  out[m++] = 0;
  const w = design.weekdayCol[prep.weekday[r]];
  if (w >= 0) out[m++] = w;
  for (let k = prep.clientStart[r]; k < prep.clientStart[r + 1]; k++) {
    const c = design.clientCol[prep.clientCols[k]];
    if (c >= 0) out[m++] = c;
  }
  return m;
}

function normalEquations(prep: PreparedDays, values: Float64Array, design: Design): { xtx: Matrix; xty: number[] } {
  const p = design.penalty.length;
  const xtx: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const xty = new Array<number>(p).fill(0);
  const cols = new Int32Array(p);
  for (let k = 0; k < design.rows.length; k++) {
    const r = design.rows[k];
    const m = rowColumns(prep, design, r, cols);
    for (let a = 0; a < m; a++) {
      xty[cols[a]] += values[r];
      const row = xtx[cols[a]];
      for (let b = 0; b < m; b++) row[cols[b]] += 1;
    }
  }
  return { xtx, xty };
}

function residualSumOfSquares(prep: PreparedDays, values: Float64Array, design: Design, beta: readonly number[]): number {
  const cols = new Int32Array(design.penalty.length);
  let rss = 0;
  for (let k = 0; k < design.rows.length; k++) {
    const r = design.rows[k];
    const m = rowColumns(prep, design, r, cols);
    let fitted = 0;
    for (let a = 0; a < m; a++) fitted += beta[cols[a]];
    rss += (values[r] - fitted) ** 2;
  }
  return rss;
}

/**
 * Fits the model on a prepared period. `priority` lists the clients to keep first when there are
 * more than MAX_CLIENT_COLUMNS (the reported ones); the rest are chosen by number of days.
 */
export function fitAdjustedModel(prep: PreparedDays, metric: Metric, priority: readonly string[] = []): AdjustedModel {
  const values = metricValues(prep, metric);
  const design = designOf(prep, values, priority);
  const n = design.rows.length;
  const effects = new Map<string, AdjustedEffect>();
  prep.clientIds.forEach((id, ci) => effects.set(id, emptyEffect(design.counts[ci], n - design.counts[ci])));
  const failed = { effects, days: n, residualSd: null, residualDf: null };
  if (n === 0) return failed;

  const { xtx, xty } = normalEquations(prep, values, design);
  const { penalty } = design;
  const p = penalty.length;
  const chol = cholesky(addDiagonal(xtx, penalty));
  if (!chol.ok) return failed;
  const beta = choleskySolve(chol.value, xty);
  const inverse = choleskyInverse(chol.value);
  // Effective degrees of freedom of a ridge fit: tr((XᵀX + P)⁻¹XᵀX) = p − Σ Pjj·(XᵀX + P)⁻¹jj.
  let edf = p;
  for (let j = 0; j < p; j++) edf -= penalty[j] * inverse[j][j];
  const residualDf = n - edf;
  if (!(residualDf >= 2)) return failed;
  const sigma2 = residualSumOfSquares(prep, values, design, beta) / residualDf;
  const t = tCritical(residualDf);
  const olsDiagonal = olsInverseDiagonal(xtx, p, n);

  for (const ci of design.modelled) {
    const j = design.clientCol[ci];
    const nj = design.counts[ci];
    const se = Math.sqrt(sigma2 * inverse[j][j]);
    const spread = nj * (1 - nj / n);
    const independence = olsDiagonal && spread > 0 ? Math.min(1, Math.max(0, 1 / (spread * olsDiagonal[j]))) : 0;
    effects.set(prep.clientIds[ci], {
      effect: beta[j],
      se,
      low: beta[j] - t * se,
      high: beta[j] + t * se,
      estimable: nj >= MIN_DAYS_WITH && n - nj >= MIN_DAYS_WITHOUT && independence >= MIN_INDEPENDENCE,
      independence,
      daysWith: nj,
      daysWithout: n - nj,
    });
  }
  return { effects, days: n, residualSd: Math.sqrt(sigma2), residualDf };
}

/** Adjusted effect of each reported client on the options' metric (energy by default). */
export function adjustedEffects(days: readonly DaySummary[], options: StatsOptions = {}): Record<string, AdjustedEffect> {
  const prep = prepareDays(days, options);
  const reported = reportedClients(prep, options);
  const model = fitAdjustedModel(prep, options.metric ?? 'energy', reported);
  const out: Record<string, AdjustedEffect> = {};
  for (const id of reported) out[id] = model.effects.get(id) ?? emptyEffect(0, model.days);
  return out;
}
