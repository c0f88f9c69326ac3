/**
 * The columns of the adjusted model (adjusted.ts) and its sparse rows: time hats first, then
 * weekdays, clients, yesterday's clients, "yesterday not written" and any extra day-level
 * indicators (signals), with the penalty of each.
 */
import type { Matrix } from './linalg';
import type { PreparedDays } from './prepare';
import type { SparseRows } from './regression';
import { type TimeBasis, addTimePenalty, timeBasis, timeRow } from './timeBasis';

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

const WEEKDAY_PENALTY = 1e-6;

/** Which column each term takes: time hats first, then weekdays, clients, yesterday's clients, "yesterday not written". */
export interface Design {
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

/**
 * The design for the rated days of `values`; returns `previous` itself when it was built (with the
 * same priority, extras and legacy flag) on exactly the same rated days.
 */
export function designOf(
  prep: PreparedDays,
  values: Float64Array,
  priority: readonly string[],
  extras: readonly string[],
  legacy: boolean,
  previous: Design | null = null,
): Design {
  let n = 0;
  const all = new Int32Array(prep.count);
  for (let i = 0; i < prep.count; i++) if (!Number.isNaN(values[i])) all[n++] = i;
  const rows = all.subarray(0, n);
  if (previous && previous.rows.length === n && previous.rows.every((r, k) => r === rows[k])) return previous;
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
    // The signals' model (extras) leaves yesterday's clients out: fewer columns, same adjustment for today's.
    if (afterCounts[ci] === 0 || legacy || extras.length > 0) continue;
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
export function designRows(prep: PreparedDays, design: Design): { day: Int32Array; x: SparseRows } {
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

