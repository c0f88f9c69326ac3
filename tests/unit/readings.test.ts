import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n';
import type { Comparison, Decision, MetricEffects, TrendRow, WeekdayRow } from '../../shared/stats';
import { computeInsights } from '../../shared/stats';
import {
  clientSignalsReading,
  effectReading,
  hoursReading,
  moodEnergyReading,
  nextDayReading,
  periodReading,
  pointsCount,
  signalReading,
  trendReading,
  verdictLabel,
  weekdayReading,
} from '../../shared/stats/readings';
import { generateJournal, summariseEntries } from '../../shared/sample';

const fr = translator('fr');
const en = translator('en');
const NNBSP = '\u202f';
const NBSP = '\u00a0';
const MINUS = '\u2212';

function comparison(effect: number | null, low: number | null, high: number | null, daysWith: number, daysWithout: number): Comparison {
  return { effect, low, high, se: null, df: null, meanWith: null, meanWithout: null, daysWith, daysWithout };
}

function effects(verdict: Decision['verdict'], effect: number | null, low: number | null, high: number | null, daysWith = 24, daysWithout = 61, reason: Decision['reason'] = null) {
  return {
    decision: { verdict, source: verdict === 'insufficient' ? null : 'adjusted', reason, effect, low, high },
    withWithout: comparison(effect, low, high, daysWith, daysWithout),
    moreDaysWith: Math.max(0, 5 - daysWith),
    moreDaysWithout: Math.max(0, 5 - daysWithout),
  } satisfies Pick<MetricEffects, 'decision' | 'withWithout' | 'moreDaysWith' | 'moreDaysWithout'>;
}

describe('effectReading', () => {
  const acme = effects('drains', -1.2, -1.6, -0.8);

  it('writes the French example exactly, with no-break spaces and true minus signs', () => {
    expect(effectReading(fr, 'fr', 'Acme', 'energy', acme)).toBe(
      `Les jours avec Acme, votre énergie est en moyenne 1,2 point plus basse (fourchette plausible${NBSP}: ${MINUS}1,6 à ${MINUS}0,8${NNBSP}; 24 jours avec, 61 sans).`,
    );
  });

  it('writes the English example exactly', () => {
    expect(effectReading(en, 'en', 'Acme', 'energy', acme)).toBe(
      `On days with Acme, your energy is 1.2 points lower on average (plausible range: ${MINUS}1.6 to ${MINUS}0.8; 24 days with, 61 without).`,
    );
  });

  it('gets point/points right in both languages: French singular below 2, English plural unless exactly 1', () => {
    const sizes: [number, string, string][] = [
      [-0.5, '0,5 point plus basse', '0.5 points lower'],
      [-1.0, '1,0 point plus basse', '1.0 points lower'],
      [-1.96, '2,0 points plus basse', '2.0 points lower'],
      [-2.5, '2,5 points plus basse', '2.5 points lower'],
    ];
    for (const [size, frText, enText] of sizes) {
      const e = effects('drains', size, size - 0.3, size + 0.3);
      expect(effectReading(fr, 'fr', 'Acme', 'energy', e)).toContain(frText);
      expect(effectReading(en, 'en', 'Acme', 'energy', e)).toContain(enText);
    }
    expect(pointsCount('en', 1)).toBe(2);
    expect(pointsCount('fr', 1.94)).toBe(1);
    expect(pointsCount('fr', 1.96)).toBe(2);
  });

  it('says lifts only for a lift, on the chosen metric', () => {
    const e = effects('lifts', 0.84, 0.3, 1.38, 30, 70);
    expect(effectReading(en, 'en', 'Lemon & Co', 'mood', e)).toBe(
      `On days with Lemon & Co, your mood is 0.8 points higher on average (plausible range: +0.3 to +1.4; 30 days with, 70 without).`,
    );
    expect(effectReading(fr, 'fr', 'Lemon & Co', 'mood', e)).toBe(
      `Les jours avec Lemon & Co, votre humeur est en moyenne 0,8 point plus élevée (fourchette plausible${NBSP}: +0,3 à +1,4${NNBSP}; 30 jours avec, 70 sans).`,
    );
  });

  it('never calls an unclear effect real, even a large estimate', () => {
    const e = effects('unclear', -0.9, -2.1, 0.3, 6, 80);
    const sentence = effectReading(en, 'en', 'Studio Nord', 'energy', e);
    expect(sentence).toBe(
      `On days with Studio Nord, there is no clear difference in your energy (estimate ${MINUS}0.9 points, plausible range: ${MINUS}2.1 to +0.3; 6 days with, 80 without).`,
    );
    expect(sentence).not.toMatch(/lower|higher/);
    expect(effectReading(fr, 'fr', 'Studio Nord', 'energy', e)).toContain('pas de différence nette sur votre énergie (estimation −0,9 point,');
  });

  it('explains a client that always comes with another instead of giving it a verdict', () => {
    const e = effects('unclear', -1.4, -3, 0.2, 30, 60, 'confounded');
    expect(effectReading(en, 'en', 'Acme', 'energy', e)).toBe(
      '{client} nearly always comes with other clients, so its own effect on your energy cannot be told apart yet (30 days with).'.replace('{client}', 'Acme'),
    );
    expect(effectReading(fr, 'fr', 'Acme', 'mood', e)).toBe(
      `Acme vient presque toujours avec d’autres clients${NBSP}: son effet propre sur votre humeur ne peut pas encore être distingué (30 jours avec).`,
    );
  });

  it('asks for the days still missing, with plurals', () => {
    expect(effectReading(en, 'en', 'Acme', 'energy', effects('insufficient', null, null, null, 0, 90))).toBe('Record 5 more days with Acme to see its effect.');
    expect(effectReading(fr, 'fr', 'Acme', 'energy', effects('insufficient', null, null, null, 0, 90))).toBe('Notez encore 5 jours avec Acme pour voir son effet.');
    expect(effectReading(en, 'en', 'Acme', 'energy', effects('insufficient', null, null, null, 4, 90))).toBe('Record 1 more day with Acme to see its effect.');
    expect(effectReading(fr, 'fr', 'Acme', 'energy', effects('insufficient', null, null, null, 4, 90))).toBe('Notez encore 1 jour avec Acme pour voir son effet.');
    expect(effectReading(en, 'en', 'Acme', 'energy', effects('insufficient', null, null, null, 40, 2))).toBe('Record 3 more days without Acme to compare.');
  });

  it('names each verdict in both languages', () => {
    expect(['drains', 'lifts', 'unclear', 'insufficient'].map((v) => verdictLabel(en, v as Decision['verdict']))).toEqual([
      'drains', 'lifts', 'no clear effect', 'not enough data',
    ]);
    expect(['drains', 'lifts', 'unclear', 'insufficient'].map((v) => verdictLabel(fr, v as Decision['verdict']))).toEqual([
      'épuise', 'ressource', 'pas d’effet net', 'pas assez de données',
    ]);
  });
});

describe('readings on a generated journal with planted effects', () => {
  const journal = generateJournal({
    seed: 11,
    days: 200,
    start: '2024-06-01',
    clients: [
      { id: 'acme', name: 'Acme Corp', energy: -1.5, mood: -1, presence: 0.3 },
      { id: 'lemon', name: 'Lemon & Co', energy: 1.2, mood: 0, presence: 0.3 },
      { id: 'rare', name: 'Rare Ltd', onlyDays: 3 },
    ],
  });
  const insights = computeInsights(summariseEntries(journal.entries), { metric: 'energy' });
  const byId = new Map(insights.clients.map((c) => [c.clientId, c]));

  it('finds the drainer and the lifter, and asks for more days for the rare client', () => {
    expect(effectReading(en, 'en', 'Acme Corp', 'energy', byId.get('acme')!.energy)).toMatch(/^On days with Acme Corp, your energy is \d\.\d points lower on average/);
    expect(effectReading(fr, 'fr', 'Lemon & Co', 'energy', byId.get('lemon')!.energy)).toMatch(/votre énergie est en moyenne \d,\d points? plus élevée/);
    expect(effectReading(en, 'en', 'Rare Ltd', 'energy', byId.get('rare')!.energy)).toBe('Record 2 more days with Rare Ltd to see its effect.');
  });

  it('compares mood and energy', () => {
    expect(moodEnergyReading(en, 'Acme Corp', byId.get('acme')!)).toBe('On days with Acme Corp, both your energy and your mood are lower.');
    expect(moodEnergyReading(fr, 'Rare Ltd', byId.get('rare')!)).toBeNull();
  });

  it('reads the weekday pattern and the period average', () => {
    const sentence = weekdayReading(en, 'en', 'energy', insights.weekdays)!;
    expect(sentence).toMatch(/^Your energy is lowest on \w+day \(\d\.\d on average, \d+ days\) and highest on \w+day/);
    expect(periodReading(fr, 'fr', insights.series)).toMatch(/^Sur la période, votre énergie est en moyenne de \d,\d \(\d+ jours\) et votre humeur de \d,\d \(\d+ jours\), sur une échelle de 1 à 5\.$/);
  });
});

describe('trendReading', () => {
  const row = (day: string, effect: number | null, half = 0.4): TrendRow => ({
    day, effect, low: effect === null ? null : effect - half, high: effect === null ? null : effect + half, daysWith: 12, daysWithout: 30,
  });

  it('says the relationship is getting worse when the last window is clearly below the first', () => {
    const rows = [row('2024-03-03', -0.1), row('2024-03-10', null), row('2024-06-30', -1.6)];
    expect(trendReading(en, 'en', 'Acme', 'energy', rows)).toBe(
      `With Acme, the energy difference went from ${MINUS}0.1 to ${MINUS}1.6 points (Mar 3, 2024 → Jun 30, 2024): the relationship is getting worse.`,
    );
    expect(trendReading(fr, 'fr', 'Acme', 'energy', rows)).toBe(
      `Avec Acme, l’écart d’énergie est passé de ${MINUS}0,1 à ${MINUS}1,6 point (3 mars 2024 → 30 juin 2024)${NBSP}: la relation se dégrade.`,
    );
  });

  it('tests the change between independent windows, not whether their intervals overlap', () => {
    // −0.5 [−0.9, −0.1] then −1.2 [−1.6, −0.8]: the intervals touch, yet the drop is 2.4 standard errors.
    expect(trendReading(en, 'en', 'Acme', 'energy', [row('2024-03-03', -0.5), row('2024-06-30', -1.2)])).toMatch(/getting worse\.$/);
    // The same drop measured twice as loosely is not clear.
    expect(trendReading(en, 'en', 'Acme', 'energy', [row('2024-03-03', -0.5, 0.8), row('2024-06-30', -1.2, 0.8)])).toMatch(/^With Acme, no clear change/);
  });

  it('says improving, stable, or too short honestly', () => {
    expect(trendReading(en, 'en', 'Acme', 'energy', [row('2024-03-03', -1.5), row('2024-06-30', 0.2)])).toMatch(/improving\.$/);
    expect(trendReading(en, 'en', 'Acme', 'energy', [row('2024-03-03', -0.6), row('2024-06-30', -1.1)])).toBe(
      'With Acme, no clear change in the energy difference between Mar 3, 2024 and Jun 30, 2024.',
    );
    // Two windows only three weeks apart share most of their days: no claim.
    expect(trendReading(en, 'en', 'Acme', 'energy', [row('2024-03-03', 0.5), row('2024-03-24', -1.5)])).toBe(
      'Not enough separate periods yet to tell whether Acme’s effect is changing.',
    );
  });
});

describe('next day, signals and hours', () => {
  it('reports a next-day drain only when the interval is below zero with enough days', () => {
    expect(nextDayReading(en, 'en', 'Acme', 'energy', comparison(-0.6, -1.0, -0.2, 20, 70))).toBe(
      `The day after working with Acme, on a day without it, your energy is still 0.6 points lower on average (plausible range: ${MINUS}1.0 to ${MINUS}0.2; 20 days).`,
    );
    expect(nextDayReading(fr, 'fr', 'Acme', 'energy', comparison(-0.6, -1.0, 0.1, 20, 70))).toBe('Pas d’effet net sur l’énergie du lendemain d’une journée avec Acme.');
    expect(nextDayReading(en, 'en', 'Acme', 'energy', comparison(-1.5, -2.5, -0.5, 3, 70))).toBe('No clear after-effect of Acme on the next day’s energy.');
  });

  it('reads signals', () => {
    expect(signalReading(fr, 'fr', 'Retard de paiement', 'energy', comparison(-0.8, -1.3, -0.3, 12, 90))).toBe(
      `Les jours marqués «${NBSP}Retard de paiement${NBSP}», votre énergie est en moyenne 0,8 point plus basse (fourchette plausible${NBSP}: ${MINUS}1,3 à ${MINUS}0,3${NNBSP}; 12 jours avec, 90 sans).`,
    );
    expect(signalReading(en, 'en', 'Trusted', 'mood', comparison(0.3, -0.2, 0.8, 12, 90))).toBe('No clear difference in your mood on days marked “Trusted” (12 days).');
    expect(signalReading(en, 'en', 'Trusted', 'mood', comparison(1.3, 0.2, 2.4, 1, 90))).toBe('Only 1 day marked “Trusted”: too few to compare.');
    expect(
      clientSignalsReading(fr, 'Acme', { clientId: 'acme', daysWith: 24, signals: [{ signalId: 'scope-creep', days: 9, share: 0.375 }] }, () => 'Dérive du périmètre'),
    ).toBe(`Acme${NBSP}: le plus souvent «${NBSP}Dérive du périmètre${NBSP}», 9 jours sur 24.`);
  });

  it('reads hours versus energy', () => {
    const base = { clientId: 'acme', points: [], totalHours: 80, meanHours: 4 };
    expect(hoursReading(en, 'en', 'Acme', 'energy', { ...base, n: 20, slope: -0.25, low: -0.4, high: -0.1 })).toBe(
      `With Acme, each extra hour goes with 0.25 points less energy (plausible range: ${MINUS}0.40 to ${MINUS}0.10; 20 days).`,
    );
    expect(hoursReading(fr, 'fr', 'Acme', 'energy', { ...base, n: 20, slope: -0.25, low: -0.4, high: 0.1 })).toBe(
      'Avec Acme, pas de lien net entre les heures travaillées et votre énergie (20 jours).',
    );
    expect(hoursReading(en, 'en', 'Acme', 'energy', { ...base, n: 4, slope: -1, low: -2, high: -0.5 })).toBe(
      'Hours recorded on only 4 rated days with Acme: too few to tell.',
    );
  });

  it('warns when the lowest and highest weekdays may differ by chance', () => {
    const day = (weekday: number, mean: number, half: number): WeekdayRow => ({
      weekday, mood: mean, moodLow: mean - half, moodHigh: mean + half, moodN: 20, energy: null, energyLow: null, energyHigh: null, energyN: 0,
    });
    expect(weekdayReading(en, 'en', 'mood', [day(1, 2.5, 0.2), day(5, 3.5, 0.2)])).toBe(
      'Your mood is lowest on Monday (2.5 on average, 20 days) and highest on Friday (3.5, 20 days).',
    );
    expect(weekdayReading(fr, 'fr', 'mood', [day(1, 2.9, 0.4), day(5, 3.2, 0.4)])).toBe(
      `Votre humeur est la plus basse le lundi (2,9 en moyenne, 20 jours) et la plus élevée le vendredi (3,2, 20 jours). Leurs fourchettes plausibles se recouvrent${NBSP}: ce peut être le hasard.`,
    );
    expect(weekdayReading(en, 'en', 'energy', [day(1, 2.5, 0.2)])).toBeNull();
  });
});
