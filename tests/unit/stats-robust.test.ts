/** The calendar-robust variance pieces: bandwidth, fixed-b factor, Newey–West sums, feasible GLS. */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../shared/sample';
import { bartlettBandwidth, calendarLag1, fitCalendarRegression, fixedBFactor, hacSum, robustMeanInterval, timeBasis } from '../../shared/stats';

describe('Newey–West pieces on calendar days', () => {
  it('measures lag-1 autocorrelation only on pairs exactly one calendar day apart', () => {
    // 1…4 consecutive, 10 after a gap: three pairs, each −1; mean square 8 / 5. Fewer than 3 pairs: 0.
    expect(calendarLag1([1, 2, 3, 4, 10], [1, -1, 1, -1, 2])).toBeCloseTo(-1 / 1.6, 12);
    expect(calendarLag1([1, 3, 5, 7], [1, 1, 1, 1])).toBe(0);
  });

  it('chooses a bandwidth that grows with persistence and span, within the usual rule and half the span', () => {
    expect(bartlettBandwidth(0, 365)).toBe(Math.ceil(4 * Math.pow(3.65, 2 / 9)));
    expect(bartlettBandwidth(0.8, 365)).toBe(Math.ceil(1.1447 * Math.cbrt(((4 * 0.64) / 0.36 ** 2) * 365)));
    expect(bartlettBandwidth(0.8, 730)).toBeGreaterThan(bartlettBandwidth(0.8, 365));
    expect(bartlettBandwidth(0.97, 20)).toBe(10);
  });

  it('has the fixed-b factor of Kiefer and Vogelsang: 1 at b = 0, 2.49/1.96 at b = 0.2', () => {
    expect(fixedBFactor(0, 100)).toBe(1);
    expect(fixedBFactor(20, 100)).toBeCloseTo((1.96 + 2.9694 * 0.2 + 0.416 * 0.04 - 0.5324 * 0.008) / 1.96, 12);
  });

  it('sums Bartlett-weighted cross products by calendar distance', () => {
    // Days 0, 1, 3 with bandwidth 3: weights 1 − 1/3 (0–1), 0 (0–3), 1 − 2/3 (1–3).
    const z = [1, 2, 3];
    expect(hacSum([0, 1, 3], z, 3)).toBeCloseTo(1 + 4 + 9 + 2 * ((2 / 3) * 2 + (1 / 3) * 6), 12);
    expect(hacSum([0, 1, 3], z, 1)).toBe(14);
  });

  it('gives the direct double sum on long, gappy journals, in one pass', () => {
    // Σ_k z_k² + 2 Σ_k Σ_{j>k, t_j − t_k < bw} (1 − (t_j − t_k)/bw)·z_k·z_j, written out.
    const direct = (day: number[], z: number[], bw: number) => {
      let total = 0;
      for (let k = 0; k < day.length; k++) {
        total += z[k] * z[k];
        for (let j = k + 1; j < day.length && day[j] - day[k] < bw; j++) total += 2 * (1 - (day[j] - day[k]) / bw) * z[k] * z[j];
      }
      return total;
    };
    const rng = createRandom(11);
    for (const [n, gapChance, bw] of [[3650, 0.3, 41], [400, 0.8, 7.5], [50, 0.1, 200], [12, 0.5, 1], [1, 0, 5], [0, 0, 5]] as const) {
      const day: number[] = [];
      for (let t = 20_000; day.length < n; t++) if (rng.next() > gapChance) day.push(t);
      const z = day.map(() => (rng.next() < 0.2 ? 0 : rng.gaussian() * 2));
      const expected = direct(day, z, bw);
      expect(Math.abs(hacSum(day, z, bw) - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
    }
    expect(hacSum([0, 1, 3], [1, 2, 3], 0)).toBe(14);
  });

  it('widens a mean interval of persistent days, never narrows it', () => {
    const rng = createRandom(3);
    const day = Array.from({ length: 300 }, (_, i) => i);
    let x = 0;
    const persistent = day.map(() => (x = 0.8 * x + 0.6 * rng.gaussian()));
    const independent = day.map(() => rng.gaussian());
    const width = (v: number[], bw: number) => {
      const m = robustMeanInterval(day, v, bw, 300);
      return m.high! - m.low!;
    };
    const sd = (v: number[]) => Math.sqrt(v.reduce((a, b) => a + b * b, 0) / v.length);
    // An AR(1) of 0.8 has a long-run variance 9 times its variance: the interval about 3 times wider.
    expect(width(persistent, 25) / sd(persistent)).toBeGreaterThan(2 * (width(independent, 25) / sd(independent)));
    expect(width(independent, 1)).toBeGreaterThanOrEqual(2 * 1.96 * (sd(independent) / Math.sqrt(300)) * 0.95);
  });
});

describe('feasible GLS with AR(1) errors on calendar days', () => {
  function simulate(rho: number, seed: number) {
    const rng = createRandom(seed);
    const days: number[] = [];
    const y: number[] = [];
    const rows: number[][] = [];
    let e = 0;
    for (let d = 0; d < 400; d++) {
      e = rho * e + Math.sqrt(1 - rho * rho) * rng.gaussian();
      const x = d % 7 < 3 && rng.chance(0.8) ? 1 : 0;
      if (d % 7 >= 5 || rng.chance(0.15)) continue; // weekends and forgotten days
      days.push(d);
      y.push(2 + 0.5 * x + e);
      rows.push(x ? [0, 1] : [0]);
    }
    const rowStart = new Int32Array(rows.length + 1);
    const cols: number[] = [];
    rows.forEach((r, k) => {
      rowStart[k] = cols.length;
      cols.push(...r);
    });
    rowStart[rows.length] = cols.length;
    return fitCalendarRegression({
      day: Int32Array.from(days),
      y: Float64Array.from(y),
      x: { rowStart, cols: Int32Array.from(cols), vals: new Float64Array(cols.length).fill(1) },
      p: 2,
      penalty: [[0, 0], [0, 1e-9]],
      targets: [1],
    })!;
  }

  it('estimates the AR(1) coefficient through the gaps and recovers the planted effect', () => {
    const fits = [1, 2, 3, 4, 5].map((s) => simulate(0.7, s));
    const meanRho = fits.reduce((a, f) => a + f.rho, 0) / fits.length;
    expect(meanRho).toBeGreaterThan(0.55);
    expect(meanRho).toBeLessThan(0.85);
    for (const f of fits) expect(Math.abs(f.beta[1] - 0.5)).toBeLessThan(4 * f.se[0]);
    expect(simulate(0, 9).rho).toBeLessThan(0.2);
  });

  it('covers the planted effect in about 95% of 200 series at ρ = 0.7', () => {
    let covered = 0;
    for (let s = 0; s < 200; s++) {
      const f = simulate(0.7, 100 + s);
      if (Math.abs(f.beta[1] - 0.5) <= f.critical * f.se[0]) covered++;
    }
    expect(covered / 200).toBeGreaterThanOrEqual(0.92);
    expect(covered / 200).toBeLessThanOrEqual(0.995);
  });
});

describe('the time term', () => {
  it('is a constant under six weeks, and knots at least four weeks apart, at most 31, beyond', () => {
    expect(timeBasis(0, 30).size).toBe(1);
    expect(timeBasis(0, 364).size).toBe(14);
    expect(timeBasis(0, 3650).size).toBe(31);
    expect(timeBasis(0, 3650).spacing).toBeGreaterThan(28);
  });
});
