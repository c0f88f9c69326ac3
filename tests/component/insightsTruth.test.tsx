/**
 * Insights and the client summary on the journals that made them wrong or silent: a mood-only
 * journal opens on mood and remembers a choice; a journal of a few days gets its first-days view
 * with the thresholds; the user's felt rating stands beside the measure, with the sentence that
 * says when they disagree.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HumeurDb } from '../../renderer/db/schema';
import { toStoredClient } from '../../renderer/db/clients';
import { readSettings, updateSettings } from '../../renderer/db/settings';
import { InsightsScreen } from '../../renderer/features/insights/InsightsScreen';
import { ClientEffectSummary } from '../../renderer/features/insights/ClientEffectSummary';
import { addDays, todayKey } from '../../shared/domain/dates';
import type { Client, DaySummary } from '../../shared/domain/types';
import { dropTestDb, freshTestDb, renderWithApp } from './testDb';

class FixedSizeObserver {
  constructor(private callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, contentRect: { width: 880, height: 320 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
beforeAll(() => {
  globalThis.ResizeObserver = FixedSizeObserver as unknown as typeof ResizeObserver;
});

let db: HumeurDb;
beforeEach(async () => {
  db = await freshTestDb();
});
afterEach(() => dropTestDb(db));

const client = (id: string, name: string): Client => ({ id, name, color: '#2563eb', status: 'active', notes: '', createdAt: 0, updatedAt: 0 });

/** Writes day summaries straight into the `days` table, ending today: what Insights reads. */
async function seedDays(count: number, make: (i: number) => Partial<DaySummary>, clients: Client[]) {
  await db.clients.bulkAdd(clients.map(toStoredClient));
  const today = todayKey();
  await db.days.bulkAdd(
    Array.from({ length: count }, (_, i) => ({ day: addDays(today, i - count + 1), mood: 3, energy: null, clients: [], signals: [], entryCount: 1, ...make(i) })),
  );
}

/** 120 mood-only days (like a Daylio import); Vautrin every third day with mood 2 instead of 4. */
const moodOnly = (i: number): Partial<DaySummary> =>
  i % 3 === 0 ? { mood: 2, clients: [{ clientId: 'vautrin', felt: null, signals: [] }] } : { mood: i % 4 === 0 ? 5 : 4 };

describe('the score Insights opens on', { timeout: 30_000 }, () => {
  it('opens a mood-only journal on mood, says why energy is empty, and remembers the user’s choice', async () => {
    await updateSettings(db, { language: 'fr' });
    await seedDays(120, moodOnly, [client('vautrin', 'Groupe Vautrin')]);
    const user = userEvent.setup();
    renderWithApp(<InsightsScreen />, db);
    await screen.findByRole('table', { name: 'Quels clients pèsent sur votre humeur ou l’améliorent' }, { timeout: 8000 });
    expect((screen.getByRole('radio', { name: 'Humeur' }) as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole('radio', { name: 'Énergie' }));
    expect(await screen.findByText('40 jours avec Groupe Vautrin, aucun noté en énergie — voir l’humeur.')).toBeTruthy();
    await waitFor(async () => expect((await readSettings(db)).insightsMetric).toBe('energy'));
    await user.click(screen.getByRole('radio', { name: 'Humeur' }));
    await waitFor(async () => expect((await readSettings(db)).insightsMetric).toBe('mood'));
  });

  it('opens on the remembered score when it has data', async () => {
    await updateSettings(db, { language: 'en', insightsMetric: 'mood' });
    await seedDays(60, (i) => ({ mood: 3 + (i % 2), energy: 2 + (i % 3), clients: i % 2 ? [{ clientId: 'acme', felt: -1, signals: [] }] : [] }), [client('acme', 'Acme')]);
    renderWithApp(<InsightsScreen />, db);
    await screen.findByRole('table', { name: 'Which clients drain or lift your mood' }, { timeout: 8000 });
    expect((screen.getByRole('radio', { name: 'Mood' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('a journal’s first days', { timeout: 30_000 }, () => {
  it('shows mood and energy over time, the year in pixels and felt ratings, with each client’s distance to a verdict', async () => {
    await updateSettings(db, { language: 'en' });
    await seedDays(6, (i) => ({ mood: 3, energy: 2 + (i % 3), clients: i < 3 ? [{ clientId: 'acme', felt: -2, signals: [] }] : [] }), [client('acme', 'Acme')]);
    renderWithApp(<InsightsScreen />, db);
    const early = await screen.findByRole('region', { name: 'Your first days' }, { timeout: 8000 });
    expect(within(early).getByText('A client’s measured effect appears from 5 rated days with it and 5 without.')).toBeTruthy();
    expect(within(early).getByText('Days rated for energy: 3 of 5 with, 3 of 5 without')).toBeTruthy();
    // Three days, all rated −2: said as such, not as a range from −2.0 to −2.0.
    expect(within(early).getByText(/^You rated each of your 3 days with Acme at −2\.0, on a scale of −2 to \+2\. Based on few days/)).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Mood and energy over time' })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Year in pixels' })).toBeTruthy();
    // No ranking, weekday or hours findings from six days.
    expect(screen.queryByRole('region', { name: 'Day of the week' })).toBeNull();
  });
});

describe('the client summary', { timeout: 30_000 }, () => {
  it('puts the felt rating first, opens on the score with data, and says when the felt rating and the measure disagree', async () => {
    await updateSettings(db, { language: 'fr' });
    // Felt −2 on every day with Vautrin, but mood no lower on those days.
    await seedDays(90, (i) => ({ mood: 3 + (i % 2), clients: i % 3 === 0 ? [{ clientId: 'vautrin', felt: -2, signals: [] }] : [] }), [client('vautrin', 'Groupe Vautrin')]);
    renderWithApp(<ClientEffectSummary clientId="vautrin" />, db);
    await screen.findByRole('heading', { name: 'Votre ressenti' });
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Humeur pas d’effet net', 'Énergie pas assez de données']);
    expect(document.querySelector('.felt-disagree')!.textContent).toBe(
      'Vous notez ces journées comme épuisantes (\u22122,0 sur 30 jours)\u202f; votre humeur ces jours-là n’est pas encore mesurablement plus basse.',
    );
    expect(screen.getByText('30 jours avec Groupe Vautrin, aucun noté en énergie — voir l’humeur.')).toBeTruthy();
    expect([...document.querySelectorAll('.how-we-know summary')].map((s) => s.textContent)).toEqual(['Comment le sait-on\u202f?', 'Comment le sait-on\u202f?']);
  });
});
