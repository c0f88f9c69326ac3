/**
 * The mood-only Daylio year of the end-to-end test, read by the app's own importer and statistics:
 * it holds what it claims (about 260 rated days, Groupe Vautrin on about 63, no energy, no felt
 * rating), and the statistics find the planted drainer on mood and no next-day effect.
 */
import { describe, expect, it } from 'vitest';
import { summariseDay } from '../../shared/domain/daySummary';
import type { Entry } from '../../shared/domain/types';
import { buildImportPlan, defaultImportMapping, parseDaylioCsv } from '../../shared/import';
import { computeInsights, preferredMetric, ratedCounts } from '../../shared/stats';
import { comparisonVerdict } from '../../shared/stats/readings';
import { daylioYear } from '../fixtures/import/daylioYear';
import { idSequence, NOW } from '../fixtures/import/fixtures';

describe('the mood-only Daylio year', () => {
  const year = daylioYear();
  const parsed = parseDaylioCsv(year.csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const mapping = defaultImportMapping(parsed.value);
  mapping.tags.set('groupe vautrin', { kind: 'newClient', name: 'Groupe Vautrin' });
  mapping.tags.set('atelier lumen', { kind: 'newClient', name: 'Atelier Lumen' });
  mapping.tags.set('studio brise', { kind: 'newClient', name: 'Studio Brise' });
  const plan = buildImportPlan(parsed.value, mapping, { clients: [], signals: [], sourceKeys: new Set() }, { now: NOW, newId: idSequence() });
  const byDay = new Map<string, Entry[]>();
  for (const e of plan.entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  const days = [...byDay].map(([day, list]) => summariseDay(day, list)).sort((a, b) => (a.day < b.day ? -1 : 1));
  const vautrin = plan.clientsToCreate.find((c) => c.name === 'Groupe Vautrin')!;

  it('holds about 260 rated days, the drainer on about 63, and no energy', () => {
    expect(year.ratedDays).toBeGreaterThanOrEqual(250);
    expect(year.ratedDays).toBeLessThanOrEqual(275);
    expect(year.vautrinDays).toBeGreaterThanOrEqual(58);
    expect(year.vautrinDays).toBeLessThanOrEqual(68);
    expect(ratedCounts(days)).toEqual({ mood: year.ratedDays, energy: 0 });
    expect(preferredMetric(ratedCounts(days), null)).toBe('mood');
  });

  it('ranks Groupe Vautrin first on mood as a drainer, with no next-day effect anywhere', () => {
    const insights = computeInsights(days, { metric: 'mood' });
    expect(insights.ranking[0].clientId).toBe(vautrin.id);
    expect(insights.ranking[0].verdict).toBe('drains');
    expect(insights.ranking[0].daysWith).toBe(year.vautrinDays);
    for (const c of insights.clients) expect(['drains', 'lifts']).not.toContain(comparisonVerdict(c.mood.nextDay));
    // Energy has nothing to say, and says why.
    expect(insights.clients.every((c) => c.energy.decision.verdict === 'insufficient')).toBe(true);
    expect(insights.clients.every((c) => c.felt.n === 0)).toBe(true);
  });
});
