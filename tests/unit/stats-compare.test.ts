import { describe, expect, it } from 'vitest';
import { makeDay } from '../../shared/sample';
import {
  MIN_DAYS_WITH,
  MIN_DAYS_WITHOUT,
  compareNextDay,
  compareWithWithout,
  daysWithClientNeeded,
  daysWithoutClientNeeded,
  decideVerdict,
  feltScore,
  fixedBFactor,
  meanInterval,
  studentTQuantile,
  tCritical,
  verdictFromInterval,
  welchCompare,
  type AdjustedEffect,
  type Comparison,
} from '../../shared/stats';

function moments(values: number[]) {
  return { n: values.length, sum: values.reduce((a, b) => a + b, 0), sumSq: values.reduce((a, b) => a + b * b, 0) };
}

// Eleven days of a freelancer's March: Acme on five of them, energy low on those days.
// 15 March is missing (no entry), which breaks the "next day" of the 14th.
const march = [
  makeDay('2024-03-04', { energy: 2, mood: 3, clients: [{ clientId: 'acme', felt: -2 }] }),
  makeDay('2024-03-05', { energy: 4, mood: 4 }),
  makeDay('2024-03-06', { energy: 1, clients: [{ clientId: 'acme', felt: -1 }, 'lemon'] }),
  makeDay('2024-03-07', { energy: 3, mood: 3 }),
  makeDay('2024-03-08', { energy: 2, mood: 2, clients: [{ clientId: 'acme', felt: -2 }] }),
  makeDay('2024-03-09', { energy: 4, mood: 5 }),
  makeDay('2024-03-10', { energy: 3, mood: 3, clients: [{ clientId: 'acme', felt: -1 }] }),
  makeDay('2024-03-11', { energy: 5, mood: 4 }),
  makeDay('2024-03-12', { energy: 2, mood: 2, clients: [{ clientId: 'acme', felt: 0 }] }),
  makeDay('2024-03-13', { energy: 4, mood: 4, clients: ['lemon'] }),
  makeDay('2024-03-16', { energy: 3, mood: 4 }),
];

describe('Welch comparison', () => {
  it('reproduces the Wikipedia / R example (t = −2.46, df = 24.99)', () => {
    const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const c = welchCompare(moments(a1), moments(a2));
    expect(c.effect).toBeCloseTo(-2.1666666666666, 10);
    expect(c.df).toBeCloseTo(24.988529290231416, 8);
    expect(c.effect! / c.se!).toBeCloseTo(-2.455356398286006, 8);
    expect(c.low).toBeCloseTo(-3.984096267140929, 8);
    expect(c.high).toBeCloseTo(-0.3492370661924069, 8);
  });

  it('gives no interval below two days on a side, and a zero-width one when nothing varies', () => {
    const thin = welchCompare(moments([2]), moments([4, 3, 5]));
    expect(thin.effect).toBe(-2);
    expect(thin.low).toBeNull();
    const none = welchCompare(moments([]), moments([4, 3]));
    expect(none.effect).toBeNull();
    const flat = welchCompare(moments([2, 2, 2]), moments([4, 4, 4, 4]));
    expect([flat.effect, flat.low, flat.high]).toEqual([-2, -2, -2]);
  });

  it('uses a 95% t multiplier within 5e-9 of the exact quantile at every df', () => {
    for (let df = 1; df <= 400; df += 0.37) {
      expect(Math.abs(tCritical(df) / studentTQuantile(0.975, df) - 1)).toBeLessThan(5e-9);
    }
    expect(tCritical(10)).toBeCloseTo(2.228, 3);
  });

  it('mean interval of a small sample matches R’s t.test', () => {
    const m = meanInterval(moments([-2, -1, -2, -1, 0]));
    expect(m.mean).toBeCloseTo(-1.2, 12);
    expect(m.low).toBeCloseTo(-2.2388506336835676, 10);
    expect(m.high).toBeCloseTo(-0.16114936631643229, 10);
    expect(m.n).toBe(5);
  });
});

describe('with vs without a client, on hand-written days', () => {
  it('Acme days average 1.83 energy points lower: Welch’s estimate and df of R, an interval at least as wide', () => {
    const c = compareWithWithout(march, 'acme', { metric: 'energy' });
    expect(c.daysWith).toBe(5);
    expect(c.daysWithout).toBe(6);
    expect(c.meanWith).toBeCloseTo(2, 12);
    expect(c.meanWithout).toBeCloseTo(23 / 6, 12);
    expect(c.effect).toBeCloseTo(-1.8333333333333335, 12);
    expect(c.df).toBeCloseTo(8.825648414985588, 9);
    // R's Welch interval is (−2.834, −0.833); the calendar-robust one contains it (13 days, bandwidth ≥ 3).
    expect(c.low!).toBeLessThanOrEqual(-2.833862880213495 + 1e-9);
    expect(c.high!).toBeGreaterThanOrEqual(-0.8328037864531719 - 1e-9);
    const { robust } = c;
    expect(robust!.inflation).toBeGreaterThanOrEqual(1);
    expect(robust!.bandwidthDays).toBeGreaterThanOrEqual(3);
    expect(robust!.fixedB).toBeCloseTo(fixedBFactor(robust!.bandwidthDays, 13), 12);
    const welchHalf = (-0.8328037864531719 - -2.833862880213495) / 2;
    expect((c.high! - c.low!) / 2).toBeCloseTo(welchHalf * robust!.fixedB * Math.sqrt(robust!.inflation), 9);
  });

  it('counts only rated days for a metric: a day without mood is missing, not zero', () => {
    const c = compareWithWithout(march, 'acme', { metric: 'mood' });
    expect(c.daysWith).toBe(4);
    expect(c.meanWith).toBeCloseTo((3 + 2 + 3 + 2) / 4, 12);
    expect(c.daysWithout).toBe(6);
  });

  it('respects the date range and reports a client never seen as zero days', () => {
    const c = compareWithWithout(march, 'acme', { from: '2024-03-06', to: '2024-03-09' });
    expect([c.daysWith, c.daysWithout]).toEqual([2, 2]);
    const ghost = compareWithWithout(march, 'ghost');
    expect([ghost.daysWith, ghost.daysWithout, ghost.effect]).toEqual([0, 11, null]);
  });

  it('next-day effect compares next days without the client, so a day-on, day-off client says nothing', () => {
    const c = compareNextDay(march, 'acme');
    // After Acme days: 4, 3, 4, 5, 4 (none has Acme). Every day after a non-Acme day is an Acme day
    // (or missing: 13 March has no 14th, 16th no 17th), so nothing to compare with: no effect.
    expect(c.daysWith).toBe(5);
    expect(c.daysWithout).toBe(0);
    expect(c.meanWith).toBeCloseTo(4, 12);
    expect(c.effect).toBeNull();
    expect(c.low).toBeNull();
  });

  it('next-day effect pairs each day with the following calendar day only, and leaves out next days with the client', () => {
    const days = [
      makeDay('2024-03-04', { energy: 3, clients: ['acme'] }),
      makeDay('2024-03-05', { energy: 2 }), // after Acme
      makeDay('2024-03-06', { energy: 4 }), // after a day without
      makeDay('2024-03-07', { energy: 3, clients: ['acme'] }), // has Acme itself: left out
      makeDay('2024-03-08', { energy: 1 }), // after Acme
      makeDay('2024-03-10', { energy: 5 }), // 9 March missing: no previous day
      makeDay('2024-03-11', { energy: 4 }), // after a day without
    ];
    const c = compareNextDay(days, 'acme');
    expect([c.daysWith, c.daysWithout]).toEqual([2, 2]);
    expect(c.meanWith).toBeCloseTo(1.5, 12);
    expect(c.meanWithout).toBeCloseTo(4, 12);
  });

  it('felt score is the mean of the rated felt values with its interval', () => {
    const f = feltScore(march, 'acme');
    expect(f.n).toBe(5);
    expect(f.mean).toBeCloseTo(-1.2, 12);
    expect(f.low).toBeCloseTo(-2.2388506336835676, 10);
    const unrated = feltScore(march, 'lemon');
    expect(unrated).toEqual({ mean: null, low: null, high: null, n: 0 });
  });
});

describe('verdicts', () => {
  const plain = (over: Partial<Comparison>): Comparison => ({
    effect: -1, low: -1.5, high: -0.5, se: 0.25, df: 30, meanWith: 2, meanWithout: 3, daysWith: 12, daysWithout: 40, ...over,
  });
  const adjusted = (over: Partial<AdjustedEffect>): AdjustedEffect => ({
    effect: -0.1, se: 0.3, low: -0.7, high: 0.5, estimable: true, independence: 0.6, daysWith: 12, daysWithout: 40, ...over,
  });

  it('are decided by the whole interval, never by the point estimate alone', () => {
    expect(verdictFromInterval(-1.5, -0.2)).toBe('drains');
    expect(verdictFromInterval(0.1, 0.9)).toBe('lifts');
    expect(verdictFromInterval(-1.9, 0.1)).toBe('unclear');
    expect(verdictFromInterval(-1.2, 0)).toBe('unclear');
    expect(verdictFromInterval(null, null)).toBe('unclear');
  });

  it('are "insufficient" below five days with or without, and say how many more days are needed', () => {
    expect(MIN_DAYS_WITH).toBe(5);
    expect(MIN_DAYS_WITHOUT).toBe(5);
    expect(decideVerdict(plain({ daysWith: 4 }), adjusted({})).verdict).toBe('insufficient');
    expect(decideVerdict(plain({ daysWithout: 4 }), adjusted({})).verdict).toBe('insufficient');
    expect(decideVerdict(plain({ daysWith: 5, daysWithout: 5 }), null).verdict).toBe('drains');
    expect(daysWithClientNeeded(3)).toBe(2);
    expect(daysWithClientNeeded(9)).toBe(0);
    expect(daysWithoutClientNeeded(1)).toBe(4);
  });

  it('follow the adjusted estimate when it is estimable, even against a significant plain comparison', () => {
    const d = decideVerdict(plain({}), adjusted({}));
    expect(d).toMatchObject({ verdict: 'unclear', source: 'adjusted', effect: -0.1 });
  });

  it('say "unclear" for a client the model cannot separate from another', () => {
    const d = decideVerdict(plain({}), adjusted({ estimable: false, independence: 0.02, low: -2, high: -0.1 }));
    expect(d).toMatchObject({ verdict: 'unclear', reason: 'confounded' });
  });

  it('fall back to the plain comparison when the model left the client out', () => {
    const d = decideVerdict(plain({}), adjusted({ effect: null, estimable: false, independence: null }));
    expect(d).toMatchObject({ verdict: 'drains', source: 'withWithout', effect: -1 });
  });
});
