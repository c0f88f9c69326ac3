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

export { MAX_CLIENT_COLUMNS, MIN_INDEPENDENCE, RIDGE_LAMBDA };
import { type Design, MAX_CLIENT_COLUMNS, MIN_INDEPENDENCE, RIDGE_LAMBDA, designOf, designRows } from './adjustedDesign';
import { MIN_DAYS_WITH, MIN_DAYS_WITHOUT } from './thresholds';
import { type Metric, type PreparedDays, type StatsOptions, metricValues, prepareDays, reportedClients } from './prepare';


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

export interface ModelOptions {
  /**
   * Day-level indicators (signal ids) added as columns, for the signals' adjusted effects: they land
   * in `extras` with robust errors; that model leaves yesterday's clients out, and its client
   * effects are not meant for verdicts (no independence, posterior errors only).
   */
  extras?: readonly string[];
  /**
   * The former model, for the methods comparison of docs/statistics.md: no time term, no
   * yesterday's clients, no whitening, i.i.d. posterior variance and a plain t critical value.
   */
  legacy?: boolean;
}

interface CachedDesign {
  key: string;
  design: Design;
  rows: ReturnType<typeof designRows>;
  xtx: Matrix;
}

/**
 * Mood and energy are usually rated on the same days: the second metric's model then reuses the
 * first's design, sparse rows and XᵀX (only the response differs).
 */
const designCache = new WeakMap<PreparedDays, CachedDesign>();

/**
 * Fits the model on a prepared period. `priority` lists the clients to keep first when there are
 * more than MAX_CLIENT_COLUMNS (the reported ones); the rest are chosen by number of days.
 * Standard errors are computed for the priority clients (all modelled ones when it is empty).
 */
export function fitAdjustedModel(prep: PreparedDays, metric: Metric, priority: readonly string[] = [], options: ModelOptions = {}): AdjustedModel {
  const values = metricValues(prep, metric);
  const legacy = options.legacy ?? false;
  const key = JSON.stringify([priority, options.extras ?? [], legacy]);
  const cached = designCache.get(prep);
  const fresh = designOf(prep, values, priority, options.extras ?? [], legacy, cached && cached.key === key ? cached.design : null);
  const reuse = cached !== undefined && cached.key === key && fresh === cached.design;
  const design = fresh;
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
  const { day, x } = reuse ? cached.rows : designRows(prep, design);
  const y = new Float64Array(n);
  for (let k = 0; k < n; k++) y[k] = values[design.rows[k]];
  const fit = fitCalendarRegression({ day, y, x, p: design.p, penalty: design.penalty, targets, whiten: !legacy, robust: !legacy, xtx: reuse ? cached.xtx : undefined });
  if (!fit) return failed;
  if (!reuse) designCache.set(prep, { key, design, rows: { day, x }, xtx: fit.rawXtx });
  const seOf = new Map(targets.map((j, k) => [j, fit.se[k]]));
  // Collinearity diagnostics only matter for clients' verdicts, not for the signals' model.
  const olsDiagonal = design.extraCol.size > 0 ? null : olsInverseDiagonal(fit.rawXtx, design.p, n);
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
