import { describe, expect, it } from 'vitest';
import {
  incompleteBeta,
  logGamma,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
} from '../../shared/stats/tdist';

// Reference values from printed t tables (3 decimals) and from R / SciPy (qt, pt, qnorm, pbeta,
// lgamma) to full precision.
describe('Student t quantile', () => {
  it('matches the two-sided 95% column of a printed t table', () => {
    const table: Array<[number, number]> = [
      [1, 12.706], [2, 4.303], [3, 3.182], [4, 2.776], [5, 2.571], [10, 2.228], [20, 2.086], [30, 2.042], [100, 1.984],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 3);
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.96, 3);
  });

  it('agrees with R to 1e-9 across tails and fractional degrees of freedom', () => {
    const reference: Array<[number, number, number]> = [
      [0.975, 1, 12.706204736174694],
      [0.975, 2, 4.302652729749462],
      [0.975, 7.5, 2.333039626864974],
      [0.975, 10, 2.228138851986274],
      [0.995, 10, 3.16927267261695],
      [0.995, 1, 63.656741162871526],
      [0.6, 4, 0.2707222947075976],
      [0.6, 1000, 0.25341451583949876],
      [0.9999, 2.5, 34.867969321116306],
      [0.975, 0.5, 164.55767348048818],
      [0.975, 1.5, 6.016663104427929],
      [0.975, 3.7, 2.8675207071911895],
      [0.999, 3, 10.214531852407383],
      [0.95, 1e6, 1.6448551507220404],
      // Welch's df of the Wikipedia example below, lower tail.
      [0.025, 24.988529290231416, -2.0595864913656254],
    ];
    for (const [p, df, t] of reference) expect(Math.abs(studentTQuantile(p, df) - t) / Math.abs(t)).toBeLessThan(1e-9);
  });

  it('agrees with SciPy to 1e-11 on a grid of the degrees of freedom Welch intervals meet', () => {
    const grid: Array<[number, number, number]> = [
    [0.9, 2.5, 1.7302509288071766],
    [0.975, 2.5, 3.5746548420036817],
    [0.995, 2.5, 7.163728138948783],
    [0.9999, 2.5, 34.867969321116306],
    [0.9, 3, 1.637744353696209],
    [0.975, 3, 3.1824463052837078],
    [0.995, 3, 5.840909309733355],
    [0.9999, 3, 22.203742273205],
    [0.9, 4.3, 1.512770878112436],
    [0.975, 4.3, 2.70169489828223],
    [0.995, 4.3, 4.3919667076840545],
    [0.9999, 4.3, 11.723100719751455],
    [0.9, 6, 1.4397557472651483],
    [0.975, 6, 2.4469118511449786],
    [0.995, 6, 3.7074280213248065],
    [0.9999, 6, 8.024792773116536],
    [0.9, 8, 1.3968153097438654],
    [0.975, 8, 2.306004135204166],
    [0.995, 8, 3.355387331333395],
    [0.9999, 8, 6.441999821020496],
    [0.9, 12.5, 1.3530668727547326],
    [0.975, 12.5, 2.1691859427125406],
    [0.995, 12.5, 3.0324366528705617],
    [0.9999, 12.5, 5.183021023760722],
    [0.9, 19.9, 1.3255682938065447],
    [0.975, 19.9, 2.086635638404131],
    [0.995, 19.9, 2.8468221560998344],
    [0.9999, 19.9, 4.5433830152191295],
    [0.9, 25, 1.31634507267387],
    [0.975, 25, 2.0595385527532972],
    [0.995, 25, 2.78743581367697],
    [0.9999, 25, 4.351653866405319],
    [0.9, 60, 1.295821093515731],
    [0.975, 60, 2.0002978220142604],
    [0.995, 60, 2.6602830288550368],
    [0.9999, 60, 3.9620893647059736],
    [0.9, 150, 1.2872209136149464],
    [0.975, 150, 1.9759053308966201],
    [0.995, 150, 2.609002565865538],
    [0.9999, 150, 3.8130121989412564],
    ];
    for (const [p, df, t] of grid) expect(Math.abs(studentTQuantile(p, df) - t) / t).toBeLessThan(1e-11);
  });

  it('is antisymmetric, zero at the median and inverts the CDF', () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    for (const df of [1, 2.2, 5, 17.3, 250]) {
      for (const p of [0.001, 0.05, 0.3, 0.7, 0.975, 0.9995]) {
        const t = studentTQuantile(p, df);
        expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 9);
        expect(studentTCdf(t, df)).toBeCloseTo(p, 12);
      }
    }
  });

  it('shrinks towards the normal quantile as degrees of freedom grow', () => {
    let previous = Infinity;
    for (const df of [1, 2, 3, 5, 8, 13, 30, 100, 1e4, 1e7]) {
      const t = studentTQuantile(0.975, df);
      expect(t).toBeLessThan(previous);
      expect(t).toBeGreaterThan(1.959963984540054);
      previous = t;
    }
  });

  it('refuses impossible arguments', () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, NaN)).toThrow(RangeError);
  });
});

describe('Student t and normal distribution functions', () => {
  it('t CDF agrees with R, including far tails', () => {
    const reference: Array<[number, number, number]> = [
      [0.5, 1, 0.6475836176504333],
      [2, 3, 0.9303370157205785],
      [-1.3, 12.7, 0.10835026729210875],
      [10, 2.5, 0.9977792521163463],
      [3, 1000, 0.9986166454778809],
      [-25, 7, 2.0898485588297177e-8],
    ];
    for (const [t, df, p] of reference) expect(Math.abs(studentTCdf(t, df) - p) / p).toBeLessThan(1e-10);
  });

  it('normal quantile agrees with R down to 1e-300', () => {
    const reference: Array<[number, number]> = [
      [1e-300, -37.0470962993612], [1e-20, -9.262340089798409], [1e-10, -6.361340902404056],
      [0.001, -3.090232306167813], [0.02425, -1.972961051311885], [0.3, -0.5244005127080409],
      [0.8, 0.8416212335729143], [0.975, 1.959963984540054], [0.999999, 4.753424308817087],
    ];
    for (const [p, z] of reference) expect(Math.abs(normalQuantile(p) - z) / Math.abs(z)).toBeLessThan(1e-12);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('normal CDF inverts the quantile', () => {
    for (const p of [1e-12, 0.001, 0.2, 0.5, 0.9, 0.975, 1 - 1e-9]) {
      expect(Math.abs(normalCdf(normalQuantile(p)) - p) / Math.min(p, 1 - p)).toBeLessThan(1e-6);
    }
  });

  it('incomplete beta and log-gamma agree with R', () => {
    expect(incompleteBeta(0.3, 2, 3)).toBeCloseTo(0.3483, 14);
    expect(incompleteBeta(0.9, 0.5, 0.5)).toBeCloseTo(0.7951672353008665, 13);
    expect(incompleteBeta(0.999, 200, 3)).toBeCloseTo(0.9988334368468834, 12);
    expect(incompleteBeta(0.01, 50, 0.5) / 7.998227417904836e-102).toBeCloseTo(1, 9);
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247, 12);
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(10)).toBeCloseTo(12.801827480081469, 12);
    expect(logGamma(171.3)).toBeCloseTo(708.1149470389971, 10);
    expect(logGamma(0.001)).toBeCloseTo(6.907178885383853, 12);
  });
});
