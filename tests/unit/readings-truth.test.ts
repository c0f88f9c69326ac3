/**
 * Every sentence agrees with its chart and its data: one test per sentence family, on the shapes
 * that made them overstate — a mood-only journal, 11 energy days in 119, a weekday seen once, hours
 * on a handful of days, a year with eleven logged weeks, a felt rating at odds with the measure.
 */
import { describe, expect, it } from 'vitest';
import type { DaySummary } from '../../shared/domain/types';
import { translator } from '../../shared/i18n';
import {
  computeInsights,
  daysToDecide,
  feltCell,
  feltDisagreement,
  feltRange,
  feltReading,
  feltSummary,
  missingReading,
  preferredMetric,
  ratedCounts,
  verdictExplanation,
  type ClientEffects,
  type Comparison,
  type Decision,
  type MetricEffects,
  type WeekdayRow,
} from '../../shared/stats';
import { addDays } from '../../shared/domain/dates';
import { effectReading, enoughDays, hoursReading, periodReading, trendReading, weekdayReading } from '../../shared/stats/readings';
import { reportMetrics } from '../../renderer/features/export/pdfReport';

const fr = translator('fr');
const en = translator('en');
const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';

function comparison(effect: number | null, low: number | null, high: number | null, daysWith: number, daysWithout: number): Comparison {
  return { effect, low, high, se: null, df: null, meanWith: null, meanWithout: null, daysWith, daysWithout };
}

function metricEffects(verdict: Decision['verdict'], effect: number | null, low: number | null, high: number | null, daysWith: number, daysWithout: number, reason: Decision['reason'] = null): MetricEffects {
  const plain = comparison(effect, low, high, daysWith, daysWithout);
  return {
    withWithout: plain,
    adjusted: { effect, se: null, low, high, estimable: verdict !== 'insufficient', independence: 1, daysWith, daysWithout },
    nextDay: comparison(null, null, null, 0, 0),
    trend: [],
    decision: { verdict, source: verdict === 'insufficient' ? null : 'adjusted', reason: verdict === 'insufficient' ? 'few-days' : reason, effect, low, high },
    moreDaysWith: Math.max(0, 5 - daysWith),
    moreDaysWithout: Math.max(0, 5 - daysWithout),
  } as MetricEffects;
}

function client(daysWith: number, mood: MetricEffects, energy: MetricEffects, felt = { mean: null as number | null, low: null as number | null, high: null as number | null, n: 0 }): ClientEffects {
  return { clientId: 'vautrin', daysWith, felt, mood, energy } as ClientEffects;
}

/** Days from 2024-01-01 on, mood on each; energy only where `energy` says. */
function days(count: number, make: (i: number) => Partial<DaySummary>): DaySummary[] {
  return Array.from({ length: count }, (_, i) => ({ day: addDays('2024-01-01', i), mood: 3, energy: null, clients: [], signals: [], entryCount: 1, ...make(i) }));
}

describe('missing data: the real reason and the way forward', () => {
  it('says "63 days with Groupe Vautrin, none rated for energy — see mood" on a mood-only journal', () => {
    const vautrin = client(63, metricEffects('drains', -1.1, -1.5, -0.7, 63, 197), metricEffects('insufficient', null, null, null, 0, 0));
    expect(missingReading(fr, 'Groupe Vautrin', 'energy', vautrin)).toBe('63 jours avec Groupe Vautrin, aucun noté en énergie — voir l’humeur.');
    expect(missingReading(en, 'Groupe Vautrin', 'energy', vautrin)).toBe('63 days with Groupe Vautrin, none rated for energy — see mood.');
    // The headline sentence on energy says the same instead of "record 5 more days".
    expect(effectReading(fr, 'fr', 'Groupe Vautrin', 'energy', vautrin.energy, vautrin)).toBe('63 jours avec Groupe Vautrin, aucun noté en énergie — voir l’humeur.');
    expect(missingReading(fr, 'Groupe Vautrin', 'mood', vautrin)).toBeNull();
  });

  it('counts the rated days apart from the days with the client, and the days without when the client is on nearly every day', () => {
    const partly = client(12, metricEffects('insufficient', null, null, null, 3, 40), metricEffects('insufficient', null, null, null, 3, 40));
    expect(missingReading(en, 'Acme', 'mood', partly)).toBe('12 days with Acme, 3 rated for mood: rate 2 more days to see its effect (it takes 5).');
    const fresh = client(3, metricEffects('insufficient', null, null, null, 3, 8), metricEffects('insufficient', null, null, null, 3, 8));
    expect(missingReading(fr, 'Acme', 'mood', fresh)).toBe('Notez encore 2 jours avec Acme pour voir son effet (3 sur les 5 nécessaires).');
    const everywhere = client(58, metricEffects('insufficient', null, null, null, 58, 2), metricEffects('insufficient', null, null, null, 58, 2));
    expect(missingReading(en, 'Acme', 'energy', everywhere)).toBe('Acme is on nearly every rated day (58 of 60): record 3 more days without it to compare.');
  });
});

describe('the felt rating', () => {
  it('is shown from the first rated day, with a few-days note, and its range stays within −2 … +2', () => {
    const one = feltSummary({ mean: -2, low: null, high: null, n: 1 });
    expect(feltCell(fr, 'fr', one)).toBe(`${MINUS}2,0 · 1 jour · peu de jours`);
    expect(feltReading(fr, 'fr', 'Acme', one)).toBe(
      `Vous avez noté votre journée avec Acme à ${MINUS}2,0, sur une échelle de ${MINUS}2 à +2 (1 jour noté). Basé sur peu de jours${NBSP}: à partir de 5, l’image est plus stable.`,
    );
    const wide = feltSummary({ mean: -1.6, low: -2.4, high: -0.8, n: 5 });
    expect([wide.low, wide.high, wide.few]).toEqual([-2, -0.8, false]);
    expect(feltReading(en, 'en', 'Acme', wide)).toBe(`You rate your days with Acme at ${MINUS}1.6 on average (plausible range ${MINUS}2.0 to ${MINUS}0.8; 5 rated days).`);
    expect(feltCell(en, 'en', feltSummary({ mean: null, low: null, high: null, n: 0 }))).toBe('not rated');
  });

  it('says every day was rated the same instead of a range from a value to itself', () => {
    // Seven days all rated −2: the interval of the mean has no width; "−2,0 à −2,0" would claim a certainty.
    const same = feltSummary({ mean: -2, low: -2, high: -2, n: 7 });
    expect(feltRange(fr, 'fr', same)).toBeNull();
    expect(feltReading(fr, 'fr', 'Acme', same)).toBe(`Vous avez noté chacune de vos 7 journées avec Acme à ${MINUS}2,0, sur une échelle de ${MINUS}2 à +2.`);
    expect(feltReading(en, 'en', 'Acme', feltSummary({ mean: 1, low: 1, high: 1, n: 3 }))).toBe(
      'You rated each of your 3 days with Acme at +1.0, on a scale of −2 to +2. Based on few days: 5 or more give a steadier picture.',
    );
    expect(feltRange(en, 'en', feltSummary({ mean: -1.6, low: -2, high: -1.1, n: 5 }))).toBe(`${MINUS}2.0 to ${MINUS}1.1`);
  });

  it('says in one plain sentence when the felt rating and the measured effect disagree, and nothing when they agree', () => {
    const drained = feltSummary({ mean: -1.6, low: -2, high: -1.1, n: 5 });
    expect(feltDisagreement(fr, 'fr', 'mood', drained, 'unclear')).toBe(
      `Vous notez ces journées comme épuisantes (${MINUS}1,6 sur 5 jours)${NNBSP}; votre humeur ces jours-là n’est pas encore mesurablement plus basse.`,
    );
    expect(feltDisagreement(en, 'en', 'energy', drained, 'lifts')).toBe(`You rate these days as draining (${MINUS}1.6 over 5 days); yet your energy on those days is measurably higher.`);
    expect(feltDisagreement(en, 'en', 'energy', drained, 'drains')).toBeNull();
    expect(feltDisagreement(en, 'en', 'energy', feltSummary({ mean: 0.2, low: -0.3, high: 0.7, n: 8 }), 'drains')).toBeNull();
    expect(feltDisagreement(en, 'en', 'energy', feltSummary({ mean: 1.2, low: 0.8, high: 1.6, n: 8 }), 'drains')).toBe(
      'You rate these days as energising (+1.2 over 8 days); yet your energy on those days is measurably lower.',
    );
    // Below the minimum for a measure, the missing-data sentence already says what is needed.
    expect(feltDisagreement(en, 'en', 'energy', drained, 'insufficient')).toBeNull();
  });
});

describe('the period average counts only the days that have the measure', () => {
  it('says 11 energy days, not 119, and says when a measure is absent', () => {
    const journal = days(119, (i) => ({ energy: i < 11 ? 2 : null, mood: 4 }));
    const insights = computeInsights(journal, { from: '2024-01-01', to: addDays('2024-01-01', 118) });
    expect(insights.rated).toEqual({ mood: 119, energy: 11 });
    expect(periodReading(fr, 'fr', insights.series)).toBe('Sur la période, votre énergie est en moyenne de 2,0 (11 jours) et votre humeur de 4,0 (119 jours), sur une échelle de 1 à 5.');
    const moodOnly = computeInsights(days(30, () => ({ mood: 3 })));
    expect(periodReading(en, 'en', moodOnly.series)).toBe('Over the period, your mood averages 3.0 on a scale of 1 to 5 (30 days); no day has an energy rating.');
  });
});

describe('the weekday sentence names the same days the bars show solid', () => {
  it('skips a weekday below the minimum (drawn pale) even when its mean is the lowest', () => {
    const row = (weekday: number, mean: number, n: number): WeekdayRow => ({
      weekday, mood: mean, moodLow: n >= 2 ? mean - 0.1 : null, moodHigh: n >= 2 ? mean + 0.1 : null, moodN: n, energy: null, energyLow: null, energyHigh: null, energyN: 0,
    });
    const rows = [row(1, 3.2, 20), row(2, 3.6, 20), row(6, 1.0, 1), row(0, 2.0, 3)];
    expect(rows.map((r) => enoughDays(r.moodN))).toEqual([true, true, false, false]);
    expect(weekdayReading(en, 'en', 'mood', rows)).toBe('Your mood is lowest on Monday (3.2 on average, 20 days) and highest on Tuesday (3.6, 20 days).');
    expect(weekdayReading(en, 'en', 'mood', [row(1, 3.2, 20), row(6, 1.0, 4)])).toBeNull();
  });
});

describe('no slope, trend or verdict below the minimum', () => {
  it('draws no hours slope from 4 days and says they are too few', () => {
    const journal = days(40, (i) => ({ energy: 3, clients: [{ clientId: 'acme', felt: null, signals: [], ...(i < 4 ? { hours: i + 1 } : {}) }] }));
    journal.forEach((d, i) => (d.energy = i < 4 ? 5 - i : 3));
    const hours = computeInsights(journal).hours.find((h) => h.clientId === 'acme')!;
    expect(hours.n).toBe(4);
    expect(hours.slope).toBeNull();
    expect(hoursReading(fr, 'fr', 'Acme', 'energy', hours)).toBe(`Heures notées sur seulement 4 jours évalués avec Acme${NBSP}: trop peu pour conclure.`);
  });

  it('says the trend is too short with fewer than two separate windows', () => {
    expect(trendReading(en, 'en', 'Acme', 'energy', [])).toBe('Not enough separate periods yet to tell whether Acme’s effect is changing.');
  });
});

describe('per-week rates divide by the weeks with entries', () => {
  it('eleven logged days in eleven weeks of a year give hours per logged week, not per 52 weeks', () => {
    const journal: DaySummary[] = Array.from({ length: 11 }, (_, k) => ({
      day: addDays('2024-01-01', k * 28),
      mood: 3,
      energy: 3,
      clients: [{ clientId: 'acme', felt: null, hours: 5, signals: [] }],
      signals: [],
      entryCount: 1,
    }));
    const money = computeInsights(journal, { from: '2024-01-01', to: '2024-12-31' }).money[0];
    expect(money.weeksWithData).toBe(11);
    expect(money.hoursPerWeek).toBe(5);
  });
});

describe('the metric Insights opens on', () => {
  it('opens a mood-only journal on mood, keeps a remembered choice that has data, and drops one that has none', () => {
    const daylio = ratedCounts(days(260, () => ({ mood: 3 })));
    expect(daylio).toEqual({ mood: 260, energy: 0 });
    expect(preferredMetric(daylio, null)).toBe('mood');
    expect(preferredMetric(daylio, 'energy')).toBe('mood');
    expect(preferredMetric({ mood: 200, energy: 190 }, null)).toBe('energy');
    expect(preferredMetric({ mood: 200, energy: 190 }, 'mood')).toBe('mood');
    expect(preferredMetric({ mood: 200, energy: 40 }, null)).toBe('mood');
    expect(preferredMetric({ mood: 0, energy: 0 }, null)).toBe('energy');
  });

  it('prints the scores asked for that have data', () => {
    expect(reportMetrics('both', { rated: { mood: 260, energy: 0 } })).toEqual(['mood']);
    expect(reportMetrics('both', { rated: { mood: 10, energy: 10 } })).toEqual(['energy', 'mood']);
    expect(reportMetrics('both', { rated: { mood: 100, energy: 10 } })).toEqual(['mood', 'energy']);
    expect(reportMetrics('energy', { rated: { mood: 10, energy: 0 } })).toEqual(['energy']);
  });
});

describe('How do we know?', () => {
  it('gives the days compared, what was held equal, the range in words and what would change a clear verdict', () => {
    const lines = verdictExplanation(fr, 'fr', 'Acme', 'energy', metricEffects('drains', -1.2, -1.6, -0.8, 24, 61));
    expect(lines).toEqual([
      'Comparés\u00a0: 24 jours avec Acme et 61 jours sans, notés en énergie.',
      'À égalité\u00a0: les autres clients de chaque jour et de la veille, le jour de la semaine et les lentes variations de la saison.',
      `Fourchette plausible\u00a0: de ${MINUS}1,6 à ${MINUS}0,8 points. Dix-neuf fois sur vingt, une fourchette construite ainsi contient le véritable écart\u202f; des jours qui se suivent comptent moins que des jours séparés.`,
      'Ce qui le changerait\u00a0: de nouvelles journées avec Acme différentes des précédentes — la fourchette s’arrête à 0,8 point de zéro.',
    ]);
  });

  it('says how many more days would settle an unclear verdict, and the thresholds when there are too few days', () => {
    expect(daysToDecide(20, -0.3, -0.7, 0.1)).toBe(Math.ceil(20 * ((0.4 / 0.3) ** 2 - 1)));
    expect(daysToDecide(20, 0.01, -0.5, 0.5)).toBeNull();
    const unclear = verdictExplanation(en, 'en', 'Nord', 'mood', metricEffects('unclear', -0.3, -0.7, 0.1, 20, 80));
    expect(unclear[3]).toBe('What would change it: about 16 more rated days with Nord, if the difference stays this size, would settle it.');
    const few = verdictExplanation(en, 'en', 'Rare', 'mood', metricEffects('insufficient', null, null, null, 3, 80));
    expect(few).toEqual(['Compared: 3 days with Rare and 80 days without, rated for mood.', 'A verdict needs at least 5 rated days with Rare and 5 without; so far 3 with and 80 without.']);
    const plain = verdictExplanation(en, 'en', 'Acme', 'mood', { ...metricEffects('drains', -1, -1.5, -0.5, 30, 60), decision: { verdict: 'drains', source: 'withWithout', reason: null, effect: -1, low: -1.5, high: -0.5 } });
    expect(plain[1]).toBe('A plain comparison of days with and without: the other clients and the weekday are not taken into account here.');
  });
});
