import { beforeAll, describe, expect, it } from 'vitest';
import { generateJournal, makeDay, summariseEntries } from '../../shared/sample';
import {
  computeInsights,
  computeMoney,
  dailySeries,
  hoursVersusScore,
  signalInsights,
  weekdayPattern,
  yearInPixels,
} from '../../shared/stats';

// Ten days of January 2024 (1 January was a Monday), three of them without any entry.
const january = [
  makeDay('2024-01-01', { energy: 3, mood: 3, clients: [{ clientId: 'acme', hours: 1, signals: ['scope-creep'] }] }),
  makeDay('2024-01-02', { energy: 4, mood: 4, clients: [{ clientId: 'acme', hours: 2, signals: ['respected'] }] }),
  makeDay('2024-01-04', { energy: 2, mood: 2, clients: [{ clientId: 'acme', hours: 3, signals: ['scope-creep', 'urgent-deadline'] }] }),
  makeDay('2024-01-05', { energy: 5, mood: 4, clients: [{ clientId: 'lemon', hours: 5 }] }),
  makeDay('2024-01-08', { energy: 1, mood: 2, clients: [{ clientId: 'acme', hours: 6, signals: ['scope-creep'] }], signals: ['late-payment'] }),
  makeDay('2024-01-10', { energy: 4, mood: null, clients: [{ clientId: 'acme', hours: 4 }] }),
];

describe('mood and energy over time', () => {
  const rows = dailySeries(january, { focusClientId: 'acme', metric: 'energy' });

  it('has one row per calendar day, with nulls (not zeros) on days without an entry', () => {
    expect(rows.map((r) => r.day)).toEqual([
      '2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05',
      '2024-01-06', '2024-01-07', '2024-01-08', '2024-01-09', '2024-01-10',
    ]);
    expect(rows[2]).toMatchObject({ energy: null, mood: null, withClient: false, clientMark: null });
  });

  it('rolls a 7-day mean once three days of the window are rated', () => {
    expect(rows.map((r) => r.energyAvg7)).toEqual([null, null, null, 3, 3.5, 3.5, 3.5, 3, 8 / 3, 3]);
    // Mood is missing on the 10th: its window (4th–10th) holds 2, 4, 2.
    expect(rows[9].moodAvg7).toBeCloseTo(8 / 3, 12);
  });

  it('marks the chosen client’s days with that day’s score', () => {
    expect(rows.filter((r) => r.withClient).map((r) => [r.day, r.clientMark])).toEqual([
      ['2024-01-01', 3], ['2024-01-02', 4], ['2024-01-04', 2], ['2024-01-08', 1], ['2024-01-10', 4],
    ]);
  });

  it('spans the requested range even beyond the data', () => {
    const wide = dailySeries(january, { from: '2023-12-30', to: '2024-01-11' });
    expect(wide).toHaveLength(13);
    expect(wide[0]).toMatchObject({ day: '2023-12-30', energy: null, withClient: false });
  });
});

describe('year in pixels', () => {
  it('has 366 cells in 2024 and 365 in 2023, with the data on its day', () => {
    const cells = yearInPixels(january, 2024);
    expect(cells).toHaveLength(366);
    expect(yearInPixels(january, 2023)).toHaveLength(365);
    expect(cells[3]).toMatchObject({ day: '2024-01-04', month: 1, dayOfMonth: 4, weekday: 4, energy: 2, mood: 2 });
    expect(cells[2]).toMatchObject({ day: '2024-01-03', energy: null, mood: null });
    expect(cells.at(-1)).toMatchObject({ day: '2024-12-31', month: 12, dayOfMonth: 31 });
  });

  it('breaks weeks on the chosen first weekday', () => {
    const monday = yearInPixels(january, 2024, 1);
    expect([monday[6].week, monday[7].week]).toEqual([0, 1]);
    const sunday = yearInPixels(january, 2024, 0);
    expect([sunday[5].week, sunday[6].week]).toEqual([0, 1]);
  });
});

describe('weekday pattern', () => {
  it('averages each weekday with its count, starting on the chosen day', () => {
    const rows = weekdayPattern(january, { weekStartsOn: 1 });
    expect(rows[0]).toMatchObject({ weekday: 1, energy: 2, energyN: 2, mood: 2.5, moodN: 2 });
    expect(rows.find((r) => r.weekday === 3)).toMatchObject({ energy: 4, energyN: 1, mood: null, moodN: 0 });
    expect(rows.find((r) => r.weekday === 0)).toMatchObject({ energy: null, energyN: 0 });
  });
});

describe('hours versus energy', () => {
  it('gives the points and the energy change per extra hour, as R’s lm', () => {
    const withUnrated = [...january, makeDay('2024-01-12', { clients: [{ clientId: 'acme', hours: 2 }] })];
    const [acme] = hoursVersusScore(withUnrated, { clientIds: ['acme'] });
    expect(acme.points).toHaveLength(6);
    expect(acme.n).toBe(5);
    expect(acme.totalHours).toBe(18);
    expect(acme.slope).toBeCloseTo(-0.39189189189189183, 10);
    expect(acme.low).toBeCloseTo(-1.4080847621094341, 9);
    expect(acme.high).toBeCloseTo(0.6243009783256503, 9);
  });
});

describe('signals', () => {
  const { byClient, effects } = signalInsights(january, { clientIds: ['acme', 'lemon'] });

  it('counts how often each signal comes with a client, and on what share of its days', () => {
    expect(byClient[0]).toEqual({
      clientId: 'acme',
      daysWith: 5,
      signals: [
        { signalId: 'scope-creep', days: 3, share: 0.6 },
        { signalId: 'respected', days: 1, share: 0.2 },
        { signalId: 'urgent-deadline', days: 1, share: 0.2 },
      ],
    });
    expect(byClient[1]).toEqual({ clientId: 'lemon', daysWith: 1, signals: [] });
  });

  it('compares energy on days with each signal to days without', () => {
    const scope = effects.find((e) => e.signalId === 'scope-creep')!;
    expect(effects[0].signalId).toBe('scope-creep');
    expect(scope.daysWith).toBe(3);
    expect(scope.meanWith).toBeCloseTo(2, 12);
    expect(scope.meanWithout).toBeCloseTo(13 / 3, 12);
    expect(effects.find((e) => e.signalId === 'late-payment')).toMatchObject({ daysWith: 1, meanWith: 1, low: null });
  });
});

describe('money', () => {
  it('adds up hours and earnings per client over the period', () => {
    const rows = computeMoney(january, { acme: { rate: 60, currency: 'EUR' } });
    const acme = rows.find((r) => r.clientId === 'acme')!;
    expect(acme).toMatchObject({ hours: 16, daysWithHours: 5, rate: 60, currency: 'EUR', earned: 960, earnedPerDay: 192 });
    // Per week that holds entries, not per calendar week of the period.
    expect(acme.hoursPerWeek).toBeCloseTo(16 / acme.weeksWithData, 12);
    expect(acme.earnedPerEnergyPoint).toBeNull();
    expect(rows.find((r) => r.clientId === 'lemon')).toMatchObject({ hours: 5, rate: null, earned: null });
  });

  it('prices an energy point for a client that drains', () => {
    const journal = generateJournal({ seed: 8, years: 1, text: false, clients: [{ id: 'acme', energy: -1.5, presence: 0.3 }, { id: 'lemon', presence: 0.3 }] });
    const days = summariseEntries(journal.entries);
    const insights = computeInsights(days, { rates: { acme: { rate: 70, currency: 'EUR' } } });
    const acme = insights.money.find((r) => r.clientId === 'acme')!;
    const drain = insights.clients.find((c) => c.clientId === 'acme')!.energy.decision;
    expect(drain.verdict).toBe('drains');
    expect(acme.earnedPerEnergyPoint).toBeCloseTo(acme.earnedPerDay! / -drain.effect!, 10);
  });
});

function findNonFinite(value: unknown, path = 'insights'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => findNonFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => findNonFinite(v, `${path}.${k}`));
  return [];
}

describe('computeInsights on ten generated years', () => {
  let days: ReturnType<typeof summariseEntries> = [];
  let insights: ReturnType<typeof computeInsights>;
  beforeAll(() => {
    const journal = generateJournal({ seed: 2024, years: 10, entriesPerDay: [1, 5], text: false });
    days = summariseEntries(journal.entries);
    insights = computeInsights(days, {
      metric: 'energy',
      focusClientId: 'client-01',
      weekStartsOn: 1,
      rates: { 'client-01': { rate: 65, currency: 'EUR' } },
    });
  });

  it('returns every view, complete and without NaN or Infinity anywhere', () => {
    expect(insights.dayCount).toBe(days.length);
    expect(insights.clients).toHaveLength(10);
    expect(insights.ranking).toHaveLength(10);
    expect(insights.series).toHaveLength(Math.round((Date.parse(`${insights.lastDay}T12:00:00Z`) - Date.parse(`${insights.firstDay}T12:00:00Z`)) / 86_400_000) + 1);
    expect(insights.year).toBe(Number(insights.lastDay!.slice(0, 4)));
    expect(insights.pixels.length).toBeGreaterThanOrEqual(365);
    expect(insights.weekdays).toHaveLength(7);
    expect(insights.signals.effects.length).toBeGreaterThan(5);
    expect(insights.money.find((r) => r.clientId === 'client-01')!.earned).toBeGreaterThan(0);
    expect(findNonFinite(insights)).toEqual([]);
  });

  it('ranks the default clients by their planted energy effects', () => {
    const order = insights.ranking.map((r) => r.clientId);
    expect(order[0]).toBe('client-01');
    expect(order.at(-1)).toBe('client-02');
    expect(insights.ranking.every((r, i, all) => i === 0 || r.effect! >= all[i - 1].effect!)).toBe(true);
    const verdicts = Object.fromEntries(insights.ranking.map((r) => [r.clientId, r.verdict]));
    expect(verdicts).toMatchObject({ 'client-01': 'drains', 'client-07': 'drains', 'client-02': 'lifts', 'client-05': 'lifts' });
  });

  it('gives each client a trend over the whole decade', () => {
    const trend = insights.clients[0].energy.trend;
    expect(trend.length).toBeGreaterThan(500);
    expect(trend.at(-1)!.day).toBe(insights.lastDay);
  });
});

describe('computeInsights at the edges', () => {
  it('an empty journal gives empty views, not an error', () => {
    const empty = computeInsights([], {});
    expect(empty).toMatchObject({ dayCount: 0, firstDay: null, year: null, clients: [], ranking: [], series: [], pixels: [], money: [] });
    expect(empty.weekdays.every((r) => r.energy === null && r.energyN === 0)).toBe(true);
  });

  it('a chosen client with no day yet, or one on nearly every day, is "insufficient" and says what is missing', () => {
    const { clients, ranking } = computeInsights(january, { clientIds: ['newcomer', 'acme'] });
    expect(clients[0]).toMatchObject({ clientId: 'newcomer', daysWith: 0 });
    expect(clients[0].energy.moreDaysWith).toBe(5);
    // Acme is on five of the six days: only one day without it to compare with.
    expect(clients[1].energy).toMatchObject({ moreDaysWith: 0, moreDaysWithout: 4 });
    expect(ranking.map((r) => [r.clientId, r.verdict, r.effect])).toEqual([['acme', 'insufficient', null], ['newcomer', 'insufficient', null]]);
  });
});
