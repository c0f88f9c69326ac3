/**
 * The statistics against journals with planted effects (shared/sample): each test is named after
 * the scenario it plants, and checks that the numbers tell the truth.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateJournal, plantedEffectAt, summariseEntries, type GenerateJournalOptions } from '../../shared/sample';
import { computeClientEffects, rankClients, weekdayPattern, type ClientEffects } from '../../shared/stats';

function effectsOf(options: GenerateJournalOptions, windowWeeks?: number): Map<string, ClientEffects> {
  const journal = generateJournal({ text: false, ...options });
  const days = summariseEntries(journal.entries);
  return new Map(computeClientEffects(days, { windowWeeks }).map((c) => [c.clientId, c]));
}

describe('a year with a client who drains 1.5 energy and one who lifts it by 1', () => {
  const clients = [
    { id: 'acme', energy: -1.5, mood: -1, presence: 0.3 },
    { id: 'lemon', energy: 1, mood: 0.5, presence: 0.25 },
    { id: 'studio', presence: 0.3 },
    { id: 'mairie', presence: 0.2 },
  ];

  it('calls the first "drains" and the second "lifts", with effects near the planted ones', () => {
    for (const seed of [1, 2, 3]) {
      const effects = effectsOf({ seed, years: 1, clients });
      const acme = effects.get('acme')!.energy;
      const lemon = effects.get('lemon')!.energy;
      expect(acme.decision.verdict).toBe('drains');
      expect(lemon.decision.verdict).toBe('lifts');
      expect(acme.decision.source).toBe('adjusted');
      // Rounding to 1…5 clips the lowest days a little, so the drain reads slightly smaller.
      expect(acme.decision.effect!).toBeGreaterThan(-1.8);
      expect(acme.decision.effect!).toBeLessThan(-1.1);
      expect(lemon.decision.effect!).toBeGreaterThan(0.7);
      expect(lemon.decision.effect!).toBeLessThan(1.3);
      expect(effects.get('acme')!.mood.decision.verdict).toBe('drains');
    }
  });

  it('ranks the drainer first and the lifter last on energy', () => {
    const journal = generateJournal({ seed: 5, years: 1, clients, text: false });
    const ranking = rankClients(summariseEntries(journal.entries), { metric: 'energy' });
    expect(ranking.map((r) => r.clientId)[0]).toBe('acme');
    expect(ranking.map((r) => r.clientId).at(-1)).toBe('lemon');
    const acme = ranking[0];
    expect(acme.whisker![0]).toBeCloseTo(acme.effect! - acme.low!, 12);
    expect(acme.daysWith + acme.daysWithout).toBeGreaterThan(300);
  });

  it('finds no next-day carry-over where none was planted', () => {
    const acme = effectsOf({ seed: 4, years: 1, clients }).get('acme')!.energy.nextDay;
    expect(acme.low!).toBeLessThan(0);
    expect(acme.high!).toBeGreaterThan(0);
  });
});

describe('200 repeated journals of five months: a −0.5 drain, a neutral client and a +0.4 lift', () => {
  let draws: Map<string, ClientEffects>[] = [];
  beforeAll(() => {
    draws = Array.from({ length: 200 }, (_, k) =>
      effectsOf({
        seed: 1000 + k,
        days: 150,
        entriesPerDay: [1, 2],
        reviewShare: 1,
        noise: 0.9,
        clients: [
          { id: 'target', energy: -0.5, presence: 0.35 },
          { id: 'neutral', presence: 0.3 },
          { id: 'other', energy: 0.4, presence: 0.25 },
        ],
      }),
    );
  });
  const share = (test: (c: Map<string, ClientEffects>) => boolean) => draws.filter(test).length / draws.length;

  it('95% with/without intervals cover the planted −0.5 in about 95% of draws', () => {
    const coverage = share((d) => {
      const c = d.get('target')!.energy.withWithout;
      return c.low! <= -0.5 && -0.5 <= c.high!;
    });
    expect(coverage).toBeGreaterThanOrEqual(0.9);
    expect(coverage).toBeLessThanOrEqual(0.99);
  });

  it('95% adjusted intervals cover the planted −0.5 and +0.4 in about 95% of draws', () => {
    const target = share((d) => {
      const a = d.get('target')!.energy.adjusted;
      return a.low! <= -0.5 && -0.5 <= a.high!;
    });
    const other = share((d) => {
      const a = d.get('other')!.energy.adjusted;
      return a.low! <= 0.4 && 0.4 <= a.high!;
    });
    for (const coverage of [target, other]) {
      expect(coverage).toBeGreaterThanOrEqual(0.9);
      expect(coverage).toBeLessThanOrEqual(0.99);
    }
  });

  it('calls the neutral client "unclear" in at least 90% of draws', () => {
    expect(share((d) => d.get('neutral')!.energy.decision.verdict === 'unclear')).toBeGreaterThanOrEqual(0.9);
    expect(share((d) => d.get('neutral')!.mood.decision.verdict === 'unclear')).toBeGreaterThanOrEqual(0.9);
  });

  it('calls the −0.5 drain "drains" most of the time and never "lifts"', () => {
    expect(share((d) => d.get('target')!.energy.decision.verdict === 'drains')).toBeGreaterThan(0.5);
    expect(share((d) => d.get('target')!.energy.decision.verdict === 'lifts')).toBe(0);
  });
});

describe('two clients who often share a day: Acme drains, Lemon comes along and does nothing', () => {
  const clients = [
    { id: 'acme', energy: -1.5, presence: 0.3 },
    { id: 'lemon', follows: { clientId: 'acme', probability: 0.8, alone: 0.1 } },
    { id: 'studio', presence: 0.25 },
  ];

  it('plain with/without blames Lemon; the adjusted effect clears it and still finds Acme', () => {
    for (const seed of [11, 12, 13]) {
      const effects = effectsOf({ seed, years: 1, clients });
      const lemon = effects.get('lemon')!.energy;
      expect(lemon.withWithout.high!).toBeLessThan(-0.5);
      expect(lemon.adjusted.estimable).toBe(true);
      expect(lemon.adjusted.low!).toBeLessThan(0);
      expect(lemon.adjusted.high!).toBeGreaterThan(0);
      expect(lemon.decision.verdict).toBe('unclear');
      expect(effects.get('acme')!.energy.decision.verdict).toBe('drains');
      expect(effects.get('acme')!.energy.adjusted.effect!).toBeLessThan(-1);
    }
  });

  it('when the two are always together, neither is called "drains": the model cannot tell them apart', () => {
    const effects = effectsOf({
      seed: 21,
      years: 1,
      clients: [{ id: 'acme', energy: -1.5, presence: 0.3 }, { id: 'lemon', follows: { clientId: 'acme', probability: 1 } }],
    });
    for (const id of ['acme', 'lemon']) {
      const e = effects.get(id)!.energy;
      expect(e.withWithout.high!).toBeLessThan(-1);
      expect(e.adjusted.estimable).toBe(false);
      expect(e.adjusted.independence!).toBeLessThan(0.01);
      expect(Number.isFinite(e.adjusted.effect!) && Number.isFinite(e.adjusted.se!)).toBe(true);
      expect(Math.abs(e.adjusted.effect!)).toBeLessThan(2);
      expect(e.decision).toMatchObject({ verdict: 'unclear', reason: 'confounded' });
    }
  });
});

describe('a client seen on only 3 days', () => {
  const effects = effectsOf({
    seed: 31,
    years: 1,
    clients: [{ id: 'once', energy: -2, onlyDays: 3 }, { id: 'acme', energy: -1, presence: 0.3 }, { id: 'lemon', presence: 0.3 }],
  });

  it('is "insufficient", needs two more days, and the adjusted model stays finite', () => {
    const once = effects.get('once')!;
    expect(once.daysWith).toBe(3);
    expect(once.energy.decision.verdict).toBe('insufficient');
    expect(once.energy.moreDaysWith).toBe(2);
    expect(once.energy.adjusted.estimable).toBe(false);
    for (const v of [once.energy.adjusted.effect, once.energy.adjusted.se, once.energy.adjusted.low, once.energy.adjusted.high]) {
      expect(Number.isFinite(v)).toBe(true);
    }
    // The ridge prior keeps three days from claiming more than they can.
    expect(Math.abs(once.energy.adjusted.effect!)).toBeLessThan(2.5);
    expect(effects.get('acme')!.energy.decision.verdict).toBe('drains');
  });
});

describe('a relationship that slowly worsens: no effect at first, −2 energy two years later', () => {
  const journal = generateJournal({
    seed: 41,
    years: 2,
    text: false,
    clients: [{ id: 'acme', presence: 0.35, drift: { from: 0, to: -2, metric: 'energy' } }, { id: 'lemon', presence: 0.3 }],
  });
  const trend = computeClientEffects(summariseEntries(journal.entries), { clientIds: ['acme'] })[0].energy.trend;

  it('shows a rolling effect whose last window is clearly below its first', () => {
    const first = trend.find((r) => r.effect !== null)!;
    const last = trend.at(-1)!;
    expect(trend.length).toBeGreaterThan(90);
    expect(last.effect!).toBeLessThan(first.effect! - 1);
    expect(last.high!).toBeLessThan(0);
    expect(first.low!).toBeLessThan(0);
    // Late windows sit near the planted value (about −1.85 over the last eight weeks, a little less after clipping at 1).
    expect(last.effect!).toBeLessThan(-1.2);
    expect(plantedEffectAt(journal.truth, 'acme', 'energy', journal.truth.days - 1)).toBeCloseTo(-2, 12);
  });

  it('steps weekly, each window eight weeks long and labelled by its last day', () => {
    const a = trend.at(-2)!.day;
    const b = trend.at(-1)!.day;
    expect(new Date(`${b}T12:00:00Z`).getTime() - new Date(`${a}T12:00:00Z`).getTime()).toBe(7 * 86_400_000);
    expect(trend.every((r) => r.daysWith + r.daysWithout <= 56)).toBe(true);
  });
});

describe('a weekday rhythm: Mondays one point lower, Fridays 0.8 higher', () => {
  it('is recovered by the weekday pattern', () => {
    const journal = generateJournal({
      seed: 51,
      years: 2,
      text: false,
      clients: [{ id: 'acme', presence: 0.3 }],
      weekday: { energy: [0, -1, 0, 0, 0, 0.8, 0] },
    });
    const rows = weekdayPattern(summariseEntries(journal.entries), { weekStartsOn: 1 });
    expect(rows.map((r) => r.weekday)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    const mean = (wd: number) => rows.find((r) => r.weekday === wd)!.energy!;
    expect(mean(1) - mean(3)).toBeGreaterThan(-1.3);
    expect(mean(1) - mean(3)).toBeLessThan(-0.7);
    expect(mean(5) - mean(3)).toBeGreaterThan(0.5);
    expect(mean(5) - mean(3)).toBeLessThan(1.1);
    expect(rows.every((r) => r.energyN > 80)).toBe(true);
  });
});
