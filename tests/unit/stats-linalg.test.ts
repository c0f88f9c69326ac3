import { describe, expect, it } from 'vitest';
import { cholesky, choleskyInverse, choleskySolve, multiplyVector, solveGaussian, type Matrix } from '../../shared/stats/linalg';
import { createRandom } from '../../shared/sample/prng';

function randomSpd(n: number, seed: number): Matrix {
  const rng = createRandom(seed);
  const b = Array.from({ length: n }, () => Array.from({ length: n }, () => rng.gaussian()));
  // BᵀB + n·I is symmetric positive definite and well conditioned.
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => b.reduce((s, row) => s + row[i] * row[j], 0) + (i === j ? n : 0)),
  );
}

describe('Cholesky factorisation', () => {
  it('factors a small textbook matrix', () => {
    const l = cholesky([[4, 12, -16], [12, 37, -43], [-16, -43, 98]]);
    expect(l.ok).toBe(true);
    if (!l.ok) return;
    expect(l.value).toEqual([[2, 0, 0], [6, 1, 0], [-8, 5, 3]]);
  });

  it('solves and inverts a 50 × 50 system like the adjusted model’s', () => {
    const a = randomSpd(50, 3);
    const x = Array.from({ length: 50 }, (_, i) => Math.sin(i) * 3);
    const b = multiplyVector(a, x);
    const l = cholesky(a);
    expect(l.ok).toBe(true);
    if (!l.ok) return;
    const solved = choleskySolve(l.value, b);
    solved.forEach((v, i) => expect(v).toBeCloseTo(x[i], 9));
    const inv = choleskyInverse(l.value);
    for (let i = 0; i < 50; i += 7) {
      const column = multiplyVector(a, inv.map((row) => row[i]));
      column.forEach((v, k) => expect(v).toBeCloseTo(k === i ? 1 : 0, 10));
    }
    const gauss = solveGaussian(a, b);
    expect(gauss.ok && gauss.value.every((v, i) => Math.abs(v - solved[i]) < 1e-9)).toBe(true);
  });

  it('reports a singular or indefinite matrix as a value instead of returning garbage', () => {
    // Two clients always together: identical columns make XᵀX singular.
    expect(cholesky([[3, 3], [3, 3]])).toEqual({ ok: false, error: 'not-positive-definite' });
    expect(cholesky([[1, 2], [2, 1]])).toEqual({ ok: false, error: 'not-positive-definite' });
    expect(solveGaussian([[1, 2], [2, 4]], [1, 2])).toEqual({ ok: false, error: 'singular' });
  });

  it('Gaussian elimination pivots past a zero on the diagonal', () => {
    expect(solveGaussian([[0, 1], [1, 0]], [2, 3])).toEqual({ ok: true, value: [3, 2] });
  });
});
