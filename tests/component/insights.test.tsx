import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toStoredEntry, type HumeurDb } from '../../renderer/db/schema';
import { toStoredClient } from '../../renderer/db/clients';
import { rebuildAllDays } from '../../renderer/db/days';
import { updateSettings } from '../../renderer/db/settings';
import { InsightsScreen } from '../../renderer/features/insights/InsightsScreen';
import { ClientEffectSummary } from '../../renderer/features/insights/ClientEffectSummary';
import { addDays, todayKey } from '../../shared/domain/dates';
import { generateJournal } from '../../shared/sample';
import { dropTestDb, freshTestDb, renderWithApp } from './testDb';

/** recharts sizes its charts from a ResizeObserver, which jsdom lacks: report a fixed box. */
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

/** About 120 days ending today: Acme Corp drains (energy −1.6, mood −1), Lemon lifts, Nord does nothing, Rare is seen 3 times, Éole has ended. */
async function seedJournal(): Promise<void> {
  const journal = generateJournal({
    seed: 21,
    start: addDays(todayKey(), -119),
    days: 120,
    clients: [
      { id: 'acme', name: 'Acme Corp', energy: -1.6, mood: -1, presence: 0.35 },
      { id: 'lemon', name: 'Lemon & Co', energy: 1.1, mood: 0.7, presence: 0.3 },
      { id: 'nord', name: 'Studio Nord', energy: 0, presence: 0.3 },
      { id: 'rare', name: 'Rare Ltd', onlyDays: 3 },
      { id: 'eole', name: 'Atelier Éole', energy: -0.4, presence: 0.2, status: 'ended' },
    ],
  });
  await db.clients.bulkAdd(journal.clients.map(toStoredClient));
  await db.entries.bulkAdd(journal.entries.map(toStoredEntry));
  await rebuildAllDays(db);
}

/** The ranking table's body rows as cell texts. */
async function rankingRows(name: string): Promise<string[][]> {
  const table = await screen.findByRole('table', { name }, { timeout: 5000 });
  // A client's reading is a full-width row under its figures: read back as the row's last cell.
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .reduce<string[][]>((out, row) => {
      const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim());
      if (row.hasAttribute('data-reading-for') && out.length > 0) out[out.length - 1].push(...cells);
      else out.push(cells);
      return out;
    }, []);
}

// recharts draws a few thousand SVG nodes per render under jsdom: seconds, not milliseconds.
describe('InsightsScreen', { timeout: 30_000 }, () => {
  it('ranks the planted drainer first with "drains" and its reading, and asks for more days for the rare client', async () => {
    await updateSettings(db, { language: 'en' });
    await seedJournal();
    renderWithApp(<InsightsScreen />, db);
    const rows = await rankingRows('Which clients drain or lift your energy');
    expect(rows[0][0]).toBe('Acme Corp');
    expect(rows[0][1]).toBe('drains');
    expect(rows[0][7]).toMatch(/^On days with Acme Corp, your energy is \d\.\d points? lower on average \(plausible range: −\d\.\d to −\d\.\d; \d+ days with, \d+ without\)\./);
    expect(rows.find((r) => r[0] === 'Lemon & Co')![1]).toBe('lifts');
    expect(rows.find((r) => r[0] === 'Studio Nord')![1]).toBe('no clear effect');
    // The ended client is not among the active ones; the rare one is listed apart.
    expect(rows.map((r) => r[0])).not.toContain('Atelier Éole');
    expect(rows.map((r) => r[0])).not.toContain('Rare Ltd');
    expect(screen.getByText('Record 2 more days with Rare Ltd to see its effect (3 of the 5 needed).')).toBeTruthy();
    // Every chart is a named figure with its reading.
    expect(screen.getByRole('figure', { name: 'Which clients drain or lift your energy' })).toBeTruthy();
    // The charts below the ranking follow it, one per frame.
    expect(await screen.findByRole('figure', { name: 'Year in pixels' }, { timeout: 10_000 })).toBeTruthy();
  });

  it('follows the controls: mood re-ranks, all clients brings the ended one back, and a data table opens', async () => {
    await updateSettings(db, { language: 'en' });
    await seedJournal();
    const user = userEvent.setup();
    renderWithApp(<InsightsScreen />, db);
    await rankingRows('Which clients drain or lift your energy');

    await user.click(screen.getByRole('radio', { name: 'Mood' }));
    const mood = await rankingRows('Which clients drain or lift your mood');
    expect(mood[0].slice(0, 2)).toEqual(['Acme Corp', 'drains']);
    expect(mood[0][7]).toMatch(/your mood is \d\.\d points? lower/);

    await user.click(screen.getByRole('radio', { name: 'All clients' }));
    await waitFor(async () => expect((await rankingRows('Which clients drain or lift your mood')).map((r) => r[0])).toContain('Atelier Éole'));

    const weekdays = await screen.findByRole('region', { name: 'Day of the week' }, { timeout: 10_000 });
    const toggle = within(weekdays).getByRole('button', { name: 'Show data table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide data table');
    const table = within(document.getElementById(toggle.getAttribute('aria-controls')!)!).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(rows.reduce((sum, r) => sum + Number(r.querySelectorAll('td')[2].textContent), 0)).toBeGreaterThan(90);
  });

  it('takes a custom period, and refuses one that ends before it starts', async () => {
    await updateSettings(db, { language: 'en' });
    await seedJournal();
    const user = userEvent.setup();
    renderWithApp(<InsightsScreen />, db);
    await rankingRows('Which clients drain or lift your energy');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'custom');
    const from = screen.getByLabelText('From') as HTMLInputElement;
    const to = screen.getByLabelText('To') as HTMLInputElement;
    // The last 30 days only: fewer days with each client, so the day counts drop.
    await user.clear(from);
    await user.type(from, addDays(todayKey(), -29));
    await waitFor(() => expect(screen.getByText(/· \d+ days with entries$/).textContent).toMatch(/· (2\d|30) days with entries$/));
    await user.clear(from);
    await user.type(from, addDays(todayKey(), 5));
    expect((await screen.findByRole('alert')).textContent).toBe('The start date must come before the end date.');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    // The figures keep the last valid period instead of jumping to all time.
    expect(screen.getByText(/· \d+ days with entries$/).textContent).toMatch(/· (2\d|30) days with entries$/);
  });

  it('speaks French with French numbers', async () => {
    await updateSettings(db, { language: 'fr' });
    await seedJournal();
    renderWithApp(<InsightsScreen />, db);
    const rows = await rankingRows('Quels clients épuisent ou ressourcent votre énergie');
    expect(rows[0].slice(0, 2)).toEqual(['Acme Corp', 'épuise']);
    expect(rows[0][3]).toMatch(/^−\d,\d$/);
    expect(rows[0][7]).toMatch(/^Les jours avec Acme Corp, votre énergie est en moyenne \d,\d points? plus basse \(fourchette plausible\u00a0: /);
    expect(screen.getByText('Notez encore 2 jours avec Rare Ltd pour voir son effet (3 sur les 5 nécessaires).')).toBeTruthy();
  });

  it('says what to do and how long it takes when the journal has no day at all', async () => {
    await updateSettings(db, { language: 'en' });
    renderWithApp(<InsightsScreen />, db);
    expect(await screen.findByRole('heading', { name: 'Nothing to chart yet' })).toBeTruthy();
    expect(screen.getByText(/each client’s effect once it has 5 days with it and 5 without/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Write today’s review' }).getAttribute('href')).toBe('#/today');
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('ClientEffectSummary', () => {
  it('shows a client’s effect on energy and mood with its readings and day count', async () => {
    await updateSettings(db, { language: 'en' });
    await seedJournal();
    renderWithApp(<ClientEffectSummary clientId="acme" />, db);
    expect(await screen.findByRole('heading', { name: 'Effect on mood and energy' })).toBeTruthy();
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    expect(terms).toEqual(['Energy drains', 'Mood drains']);
    expect(screen.getByText(/^On days with Acme Corp, your energy is \d\.\d points? lower on average/)).toBeTruthy();
    expect(screen.getByText(/^\d+ days with this client\.$/)).toBeTruthy();
  });

  it('says when there are no days yet', async () => {
    await updateSettings(db, { language: 'fr' });
    await seedJournal();
    await db.clients.add({ id: 'new', name: 'Nouveau', nameKey: 'nouveau', color: '#2563eb', status: 'active', notes: '', createdAt: 0, updatedAt: 0 });
    renderWithApp(<ClientEffectSummary clientId="new" />, db);
    expect(await screen.findByText('Aucun jour avec ce client pour l’instant.')).toBeTruthy();
  });
});
