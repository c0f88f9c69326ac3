/**
 * The statistics on journals shaped like real ones (shared/sample/realistic.ts): persistent days,
 * seasons, clients in multi-week missions, unrecorded weekends. Each test plants one thing.
 */
import { describe, expect, it } from 'vitest';
import { createRandom, generateRealisticDays, makeDay } from '../../shared/sample';
import { calendarLag1, computeClientEffects, fitAdjustedModel, meanInterval, prepareDays, signalInsights, weekdayPattern, welchCompare } from '../../shared/stats';
import type { DaySummary } from '../../shared/domain/types';
import { dayKeyOfNumber, dayNumber, weekdayOfNumber } from '../../shared/stats/calendar';

const drainerWithSignal = (carryOver: number) => [
  { id: 'drainer', energy: -1.5, mood: -1.5, carryOver, signal: { id: 'late-payment', share: 0.5 } },
  { id: 'n1' },
  { id: 'n2' },
];

/** The former next-day comparison: every next day, after a day with the client versus after a day without. */
function echoComparison(days: readonly DaySummary[], clientId: string) {
  const byNum = new Map(days.map((d) => [dayNumber(d.day), d]));
  const after = { n: 0, sum: 0, sumSq: 0 };
  const other = { n: 0, sum: 0, sumSq: 0 };
  for (const d of days) {
    const next = byNum.get(dayNumber(d.day) + 1);
    if (!next || next.energy === null) continue;
    const m = d.clients.some((c) => c.clientId === clientId) ? after : other;
    m.n++;
    m.sum += next.energy;
    m.sumSq += next.energy ** 2;
  }
  return welchCompare(after, other);
}

describe('the realistic generator', () => {
  it('writes few weekends, puts clients in multi-week missions and makes days persist with rho', () => {
    const { days } = generateRealisticDays({ seed: 1, scenario: '2y', rho: 0.8 });
    const weekend = days.filter((d) => [0, 6].includes(weekdayOfNumber(dayNumber(d.day)))).length;
    expect(weekend / days.length).toBeLessThan(0.08);
    expect(days.length).toBeGreaterThan(730 * (5 / 7) * 0.75);
    expect(days.every((d) => d.energy! >= 1 && d.energy! <= 5 && Number.isInteger(d.energy))).toBe(true);
    // A mission: the client's days come in runs of weeks, 2-4 days a week, not scattered.
    const weeks = new Map<number, number>();
    for (const d of days) if (d.clients.some((c) => c.clientId === 'neutral-a')) weeks.set(Math.floor((dayNumber(d.day) + 3) / 7), 1);
    const weekNumbers = [...weeks.keys()].sort((a, b) => a - b);
    const followed = weekNumbers.filter((w, k) => k > 0 && weekNumbers[k - 1] === w - 1).length;
    expect(followed / weekNumbers.length).toBeGreaterThan(0.7);
    const lag1 = (rho: number) => {
      const j = generateRealisticDays({ seed: 2, scenario: '2y', rho, season: 0, drift: 0, clients: [] });
      return calendarLag1(j.days.map((d) => dayNumber(d.day)), j.days.map((d) => d.energy! - 3.2));
    };
    expect(lag1(0)).toBeLessThan(0.15);
    expect(lag1(0.8)).toBeGreaterThan(0.45);
  });

  it('is deterministic, and mood-only when energy is off', () => {
    expect(generateRealisticDays({ seed: 9, scenario: '3m' })).toEqual(generateRealisticDays({ seed: 9, scenario: '3m' }));
    const daylio = generateRealisticDays({ seed: 9, scenario: '1y', energy: false });
    expect(daylio.days.every((d) => d.energy === null && d.mood !== null)).toBe(true);
  });
});

describe('next-day carry-over', () => {
  it('finds a planted −0.8 carry-over onto the next day in at least 9 journals of 10', () => {
    let found = 0;
    for (let s = 1; s <= 10; s++) {
      const { days } = generateRealisticDays({ seed: 500 + s, scenario: '1y', rho: 0.6, clients: drainerWithSignal(-0.8) });
      const next = computeClientEffects(days, { clientIds: ['drainer'] })[0].energy.nextDay;
      expect(next.robust?.source).toBe('model');
      if (next.high! < 0) found++;
    }
    expect(found).toBeGreaterThanOrEqual(9);
  });

  it('claims no carry-over for a same-day drainer without one, where the old comparison echoed the same-day drain', () => {
    let claims = 0;
    let echoes = 0;
    for (let s = 1; s <= 10; s++) {
      const { days } = generateRealisticDays({ seed: 500 + s, scenario: '1y', rho: 0.6, clients: drainerWithSignal(0) });
      const e = computeClientEffects(days, { clientIds: ['drainer'] })[0].energy;
      expect(e.decision.verdict).toBe('drains');
      if (e.nextDay.high! < 0 || e.nextDay.low! > 0) claims++;
      if (echoComparison(days, 'drainer').high! < 0) echoes++;
    }
    expect(claims).toBeLessThanOrEqual(1);
    expect(echoes).toBeGreaterThanOrEqual(3);
  });
});

describe('a signal that only comes with a draining client', () => {
  it('looks draining in the plain comparison, and has no effect of its own once clients are held equal', () => {
    for (const seed of [601, 602, 603]) {
      const { days } = generateRealisticDays({ seed, scenario: '1y', rho: 0.5, clients: drainerWithSignal(0) });
      const row = signalInsights(days).effects.find((r) => r.signalId === 'late-payment')!;
      expect(row.high!).toBeLessThan(0);
      expect(row.adjusted!.estimable).toBe(true);
      expect(row.adjusted!.low).toBeLessThan(0);
      expect(row.adjusted!.high).toBeGreaterThan(0);
    }
  });
});

describe('a neutral client whose mission fell in the low season', () => {
  // A year of weekdays: energy 3.2 + a winter dip of 0.9 point + persistent noise; "hiver" on three
  // days a week from November to February only, with no effect.
  const rng = createRandom(77);
  const days: DaySummary[] = [];
  let noise = 0;
  const start = dayNumber('2024-03-01');
  for (let d = 0; d < 365; d++) {
    const num = start + d;
    noise = 0.6 * noise + 0.8 * Math.sqrt(1 - 0.36) * rng.gaussian();
    const wd = weekdayOfNumber(num);
    if (wd === 0 || wd === 6 || rng.chance(0.1)) continue;
    const key = dayKeyOfNumber(num);
    const month = Number(key.slice(5, 7));
    const winter = 0.9 * Math.cos((2 * Math.PI * (d - 300)) / 365);
    const clients = (month >= 11 || month <= 2) && [1, 3, 4].includes(wd) ? ['hiver'] : rng.chance(0.3) ? ['other'] : [];
    days.push(makeDay(key, { energy: Math.min(5, Math.max(1, Math.round(3.2 - winter + noise))), clients }));
  }

  it('is blamed for the season by the former model, not by the model with a time term', () => {
    const prep = prepareDays(days);
    const legacy = fitAdjustedModel(prep, 'energy', ['hiver'], { legacy: true }).effects.get('hiver')!;
    const current = fitAdjustedModel(prep, 'energy', ['hiver']);
    const hiver = current.effects.get('hiver')!;
    expect(legacy.high!).toBeLessThan(0);
    expect(hiver.low!).toBeLessThan(0);
    expect(hiver.high!).toBeGreaterThan(0);
    expect(current.timeKnots).toBeGreaterThan(5);
    expect(computeClientEffects(days, { clientIds: ['hiver'] })[0].energy.decision.verdict).toBe('unclear');
  });
});

describe('trend windows and weekday figures on persistent days', () => {
  const { days } = generateRealisticDays({ seed: 801, scenario: '2y', rho: 0.8 });

  it('widen each trend window beyond its own Welch interval by the period’s inflation, never narrow it', () => {
    const e = computeClientEffects(days, { clientIds: ['drainer'] })[0].energy;
    const robust = e.withWithout.robust!;
    expect(robust.inflation).toBeGreaterThan(1);
    const prep = prepareDays(days);
    const rows = e.trend.filter((r) => r.effect !== null);
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows.slice(0, 5)) {
      const end = dayNumber(row.day);
      const inWindow = prep.days.filter((d) => dayNumber(d.day) > end - 56 && dayNumber(d.day) <= end && d.energy !== null);
      const moments = (list: DaySummary[]) => ({ n: list.length, sum: list.reduce((a, d) => a + d.energy!, 0), sumSq: list.reduce((a, d) => a + d.energy! ** 2, 0) });
      const has = (d: DaySummary) => d.clients.some((c) => c.clientId === 'drainer');
      const welch = welchCompare(moments(inWindow.filter(has)), moments(inWindow.filter((d) => !has(d))));
      expect(row.effect!).toBeCloseTo(welch.effect!, 12);
      expect((row.high! - row.low!) / (welch.high! - welch.low!)).toBeCloseTo(robust.fixedB * Math.sqrt(robust.inflation), 9);
    }
  });

  it('give weekday means intervals at least as wide as the plain t interval', () => {
    const rows = weekdayPattern(days, { weekStartsOn: 1 });
    for (const row of rows.filter((r) => r.energyN >= 5)) {
      const values = days.filter((d) => weekdayOfNumber(dayNumber(d.day)) === row.weekday && d.energy !== null).map((d) => d.energy!);
      const t = meanInterval({ n: values.length, sum: values.reduce((a, b) => a + b, 0), sumSq: values.reduce((a, b) => a + b * b, 0) });
      expect(row.energy).toBeCloseTo(t.mean!, 12);
      expect(row.energyHigh! - row.energyLow!).toBeGreaterThanOrEqual(t.high! - t.low! - 1e-12);
    }
  });
});
