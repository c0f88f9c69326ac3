/**
 * The adjusted effect: one linear model of the day's score on every client's presence (0/1),
 * yesterday's clients, the weekday and a slow curve of the date, so that two clients who often
 * share a day are told apart, a client seen only on Mondays is not blamed for Mondays, a mission
 * that fell in a low season is not blamed for the season, and a client's carry-over onto the next
 * day is told apart from the same-day effect:
 *
 *   score(t) = s(t) + weekday(t) + Σ βc·[c on t] + Σ γc·[c on t − 1] + δ·[t − 1 not written] + e(t)
 *
 * s is a penalised linear spline of the date (timeBasis.ts); e(t) is an AR(1) on calendar days.
 * βc is the change in the day's score when c is present, everything else held equal; γc the change
 * the day after. Ridge penalty on the client coefficients keeps the system solvable when a client
 * is rare or always comes with another; the fit is feasible GLS and the intervals use the ridge
 * posterior variance, widened by what a Newey–West sum still finds of autocorrelation
 * (regression.ts), so they stay wide both where the data cannot separate two clients and where
 * persistent days carry less information than their number suggests.
 */
import type { DaySummary } from '../domain/types';
import { type Matrix, cholesky, choleskyInverse } from './linalg';
import { fitCalendarRegression } from './regression';
import { type TimeBasis, addTimePenalty, timeBasis, timeRow } from './timeBasis';
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

/** A client's effect on the following calendar day, other clients of both days held equal. */
export interface CarryOverEffect {
  effect: number;
  se: number;
  low: number;
  high: number;
  /** Rated days whose previous calendar day had the client. */
  daysAfter: number;
}

/** A day-level indicator's effect (a signal), clients, weekday and season held equal. */
export interface ExtraEffect {
  effect: number;
  se: number;
  low: number;
  high: number;
  /** Rated days with the indicator. */
  daysWith: number;
  /** At least MIN_DAYS_WITH days with it and MIN_DAYS_WITHOUT without. */
  estimable: boolean;
}

export interface AdjustedModel {
  effects: Map<string, AdjustedEffect>;
  /** Rated days in the model. */
  days: number;
  residualSd: number | null;
  residualDf: number | null;
  /** Carry-over of each modelled client onto the next day (absent when not fitted). */
  carryOver: Map<string, CarryOverEffect>;
  /** Effects of the extra indicators asked for (ModelOptions.extras). */
  extras: Map<string, ExtraEffect>;
  /** AR(1) coefficient of the day-to-day noise on calendar days, e.g. 0.55; null when not fitted. */
  rho: number | null;
  /** Bartlett bandwidth of the robust variance, in calendar days. */
  bandwidthDays: number | null;
  /** Columns of the slow time term (1 = none, a constant). */
  timeKnots: number;
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
    const chol = cholesky(addDiagonal(xtx, Array.from({ length: p }, () => eps * n)));
    if (chol.ok) return choleskyInverse(chol.value).map((row, j) => row[j]);
  }
  return null;
}

/** Which column each term takes: time hats first, then weekdays, clients, yesterday's clients, "yesterday not written". */
interface Design {
  /** Prepared day indices of the rated days in the model. */
  rows: Int32Array;
  /** Rated days per client (by client index). */
  counts: Int32Array;
  /** Rated days whose previous calendar day had the client. */
  afterCounts: Int32Array;
  weekdayCol: Int32Array;
  clientCol: Int32Array;
  lagCol: Int32Array;
  unknownCol: number;
  /** Column of each extra day-level indicator (signals), by id. */
  extraCol: Map<string, number>;
  /** Rated days with each extra indicator. */
  extraCounts: Map<string, number>;
  /** Client indices with a column, in column order. */
  modelled: number[];
  p: number;
  penalty: Matrix;
  basis: TimeBasis;
}

function designOf(prep: PreparedDays, values: Float64Array, priority: readonly string[], extras: readonly string[], legacy: boolean): Design {
  let n = 0;
  const all = new Int32Array(prep.count);
  for (let i = 0; i < prep.count; i++) if (!Number.isNaN(values[i])) all[n++] = i;
  const rows = all.subarray(0, n);
  const counts = new Int32Array(prep.clientIds.length);
  const afterCounts = new Int32Array(prep.clientIds.length);
  const weekdayCounts = new Int32Array(7);
  for (let k = 0; k < n; k++) {
    const r = rows[k];
    weekdayCounts[prep.weekday[r]]++;
    for (let j = prep.clientStart[r]; j < prep.clientStart[r + 1]; j++) counts[prep.clientCols[j]]++;
    if (r > 0 && prep.num[r - 1] === prep.num[r] - 1) {
      for (let j = prep.clientStart[r - 1]; j < prep.clientStart[r]; j++) afterCounts[prep.clientCols[j]]++;
    }
  }
  const wanted = new Set(priority);
  const modelled = prep.clientIds
    .map((_, ci) => ci)
    .filter((ci) => counts[ci] > 0)
    .sort((a, b) => Number(wanted.has(prep.clientIds[b])) - Number(wanted.has(prep.clientIds[a])) || counts[b] - counts[a])
    .slice(0, MAX_CLIENT_COLUMNS);
  const basis = n > 0 && !legacy ? timeBasis(prep.num[rows[0]], prep.num[rows[n - 1]]) : timeBasis(0, 0);
  const diag: number[] = new Array<number>(basis.size).fill(0);
  // The most frequent weekday is the reference; weekdays never seen get no column.
  let reference = 0;
  for (let w = 1; w < 7; w++) if (weekdayCounts[w] > weekdayCounts[reference]) reference = w;
  const weekdayCol = new Int32Array(7).fill(-1);
  for (let w = 0; w < 7; w++) {
    if (w === reference || weekdayCounts[w] === 0) continue;
    weekdayCol[w] = diag.length;
    diag.push(WEEKDAY_PENALTY);
  }
  const clientCol = new Int32Array(prep.clientIds.length).fill(-1);
  for (const ci of modelled) {
    clientCol[ci] = diag.length;
    diag.push(RIDGE_LAMBDA);
  }
  const lagCol = new Int32Array(prep.clientIds.length).fill(-1);
  for (const ci of modelled) {
    if (afterCounts[ci] === 0 || legacy) continue;
    lagCol[ci] = diag.length;
    diag.push(RIDGE_LAMBDA);
  }
  const unknownCol = legacy ? -1 : diag.length;
  if (!legacy) diag.push(WEEKDAY_PENALTY);
  const extraCounts = new Map<string, number>(extras.map((id) => [id, 0]));
  for (let k = 0; k < n; k++) {
    for (const id of prep.days[rows[k]].signals) if (extraCounts.has(id)) extraCounts.set(id, extraCounts.get(id)! + 1);
  }
  const extraCol = new Map<string, number>();
  for (const id of extras) {
    if (extraCounts.get(id)! === 0 || extraCol.has(id)) continue;
    extraCol.set(id, diag.length);
    diag.push(RIDGE_LAMBDA);
  }
  const p = diag.length;
  const penalty: Matrix = Array.from({ length: p }, (_, i) => {
    const row = new Array<number>(p).fill(0);
    row[i] = diag[i];
    return row;
  });
  addTimePenalty(basis, penalty);
  return { rows, counts, afterCounts, weekdayCol, clientCol, lagCol, unknownCol, extraCol, extraCounts, modelled, p, penalty, basis };
}

/** The sparse rows of the design (every entry 1 except the time hats). */
function designRows(prep: PreparedDays, design: Design) {
  const n = design.rows.length;
  const rowStart = new Int32Array(n + 1);
  let cap = 0;
  for (let k = 0; k < n; k++) {
    const r = design.rows[k];
    cap += 4 + (prep.clientStart[r + 1] - prep.clientStart[r]) + (r > 0 ? prep.clientStart[r] - prep.clientStart[r - 1] : 0);
    if (design.extraCol.size > 0) cap += prep.days[r].signals.length;
  }
  const cols = new Int32Array(cap);
  const vals = new Float64Array(cap);
  const day = new Int32Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const r = design.rows[k];
    rowStart[k] = m;
    day[k] = prep.num[r];
    m += timeRow(design.basis, prep.num[r], cols, vals, m);
    const w = design.weekdayCol[prep.weekday[r]];
    if (w >= 0) {
      cols[m] = w;
      vals[m++] = 1;
    }
    for (let j = prep.clientStart[r]; j < prep.clientStart[r + 1]; j++) {
      const c = design.clientCol[prep.clientCols[j]];
      if (c >= 0) {
        cols[m] = c;
        vals[m++] = 1;
      }
    }
    if (r > 0 && prep.num[r - 1] === prep.num[r] - 1) {
      for (let j = prep.clientStart[r - 1]; j < prep.clientStart[r]; j++) {
        const c = design.lagCol[prep.clientCols[j]];
        if (c >= 0) {
          cols[m] = c;
          vals[m++] = 1;
        }
      }
    } else if (design.unknownCol >= 0) {
      cols[m] = design.unknownCol;
      vals[m++] = 1;
    }
    if (design.extraCol.size > 0) {
      for (const id of prep.days[r].signals) {
        const c = design.extraCol.get(id);
        if (c !== undefined) {
          cols[m] = c;
          vals[m++] = 1;
        }
      }
    }
  }
  rowStart[n] = m;
  return { day, x: { rowStart, cols: cols.subarray(0, m), vals: vals.subarray(0, m) } };
}

/**
 * Fits the model on a prepared period. `priority` lists the clients to keep first when there are
 * more than MAX_CLIENT_COLUMNS (the reported ones); the rest are chosen by number of days.
 * Standard errors are computed for the priority clients (all modelled ones when it is empty).
 */
export interface ModelOptions {
  /** Day-level indicators (signal ids) added as columns; their effects land in `extras`, and only theirs get robust errors. */
  extras?: readonly string[];
  /**
   * The former model, for the methods comparison of docs/statistics.md: no time term, no
   * yesterday's clients, no whitening, i.i.d. posterior variance and a plain t critical value.
   */
  legacy?: boolean;
}

export function fitAdjustedModel(prep: PreparedDays, metric: Metric, priority: readonly string[] = [], options: ModelOptions = {}): AdjustedModel {
  const values = metricValues(prep, metric);
  const legacy = options.legacy ?? false;
  const design = designOf(prep, values, priority, options.extras ?? [], legacy);
  const n = design.rows.length;
  const effects = new Map<string, AdjustedEffect>();
  prep.clientIds.forEach((id, ci) => effects.set(id, emptyEffect(design.counts[ci], n - design.counts[ci])));
  const failed: AdjustedModel = {
    effects, days: n, residualSd: null, residualDf: null, carryOver: new Map(), extras: new Map(), rho: null, bandwidthDays: null, timeKnots: design.basis.size,
  };
  if (n < 3) return failed;
  const wanted = new Set(priority);
  const reported = priority.length > 0 ? design.modelled.filter((ci) => wanted.has(prep.clientIds[ci])) : design.modelled;
  const targets: number[] = [];
  if (design.extraCol.size > 0) targets.push(...design.extraCol.values());
  else {
    for (const ci of reported) {
      targets.push(design.clientCol[ci]);
      if (design.lagCol[ci] >= 0) targets.push(design.lagCol[ci]);
    }
  }
  const { day, x } = designRows(prep, design);
  const y = new Float64Array(n);
  for (let k = 0; k < n; k++) y[k] = values[design.rows[k]];
  const fit = fitCalendarRegression({ day, y, x, p: design.p, penalty: design.penalty, targets, whiten: !legacy, robust: !legacy });
  if (!fit) return failed;
  const seOf = new Map(targets.map((j, k) => [j, fit.se[k]]));
  const olsDiagonal = olsInverseDiagonal(fit.rawXtx, design.p, n);
  const carryOver = new Map<string, CarryOverEffect>();

  for (const ci of design.modelled) {
    const j = design.clientCol[ci];
    const nj = design.counts[ci];
    const beta = fit.beta[j];
    // Clients outside the reported ones keep the posterior standard error alone.
    const se = seOf.get(j) ?? fit.sigma * Math.sqrt(fit.inverse[j][j]);
    const spread = nj * (1 - nj / n);
    const independence = olsDiagonal && spread > 0 ? Math.min(1, Math.max(0, 1 / (spread * olsDiagonal[j]))) : 0;
    effects.set(prep.clientIds[ci], {
      effect: beta,
      se,
      low: beta - fit.critical * se,
      high: beta + fit.critical * se,
      estimable: nj >= MIN_DAYS_WITH && n - nj >= MIN_DAYS_WITHOUT && independence >= MIN_INDEPENDENCE,
      independence,
      daysWith: nj,
      daysWithout: n - nj,
    });
    const l = design.lagCol[ci];
    if (l >= 0) {
      const g = fit.beta[l];
      const lse = seOf.get(l) ?? fit.sigma * Math.sqrt(fit.inverse[l][l]);
      carryOver.set(prep.clientIds[ci], { effect: g, se: lse, low: g - fit.critical * lse, high: g + fit.critical * lse, daysAfter: design.afterCounts[ci] });
    }
  }
  const extras = new Map<string, ExtraEffect>();
  for (const [id, j] of design.extraCol) {
    const se = seOf.get(j) ?? fit.sigma * Math.sqrt(fit.inverse[j][j]);
    const b = fit.beta[j];
    const nj = design.extraCounts.get(id) ?? 0;
    extras.set(id, { effect: b, se, low: b - fit.critical * se, high: b + fit.critical * se, daysWith: nj, estimable: nj >= MIN_DAYS_WITH && n - nj >= MIN_DAYS_WITHOUT });
  }
  return { effects, days: n, residualSd: fit.sigma, residualDf: fit.residualDf, carryOver, extras, rho: fit.rho, bandwidthDays: fit.bandwidth, timeKnots: design.basis.size };
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
