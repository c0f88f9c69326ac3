/** The first screen's reads made ahead of it: Today drawn whole on its first render, never with stale data. */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HumeurDb } from '../../renderer/db/schema';
import { createClient } from '../../renderer/db/clients';
import { saveEntry, blankEntry } from '../../renderer/db/entries';
import { primedValue, readAhead, samePlainData, useLiveRead, type LiveRead } from '../../renderer/app/firstReads';
import { DbProvider } from '../../renderer/app/DbContext';
import { SettingsProvider } from '../../renderer/app/settings';
import { ToastProvider } from '../../renderer/components/Toasts';
import { TodayScreen } from '../../renderer/features/today/TodayScreen';
import { firstScreenReads } from '../../renderer/App';
import { vaultOf } from '../../renderer/db/vault/state';
import { todayKey } from '../../shared/domain/dates';
import { dropTestDb, openTestDb } from './testDb';

const opened: HumeurDb[] = [];
async function journal(): Promise<HumeurDb> {
  const db = await openTestDb('en');
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await dropTestDb(db);
  localStorage.clear();
});

const clientNames = (db: HumeurDb): LiveRead<string[]> => ({
  key: 'names',
  read: async () => (await db.clients.toArray()).map((c) => c.name).sort(),
});

/** Renders the client names through useLiveRead; returns what each render saw. */
function renderNames(db: HumeurDb): Array<string[] | undefined> {
  const seen: Array<string[] | undefined> = [];
  function Names() {
    const names = useLiveRead(db, clientNames(db), [db]);
    seen.push(names);
    return <p>{names ? names.join(', ') : 'loading'}</p>;
  }
  render(<Names />);
  return seen;
}

describe('samePlainData', () => {
  it('compares JSON-like data deeply and never calls other objects equal', () => {
    expect(samePlainData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true);
    expect(samePlainData({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(samePlainData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(samePlainData(new Map([[1, 2]]), new Map([[1, 3]]))).toBe(false);
    expect(samePlainData(new Date(0), new Date(0))).toBe(false);
  });
});

/** The reads made ahead and kept at once, as the app does for an open journal. */
async function primeReads(db: HumeurDb, reads: LiveRead<unknown>[]): Promise<void> {
  (await readAhead(db, reads)).keep();
}

describe('reads made ahead and kept', () => {
  it('hands each read’s value to the live query of the same key on its first render', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    await primeReads(db, [clientNames(db)]);
    const seen = renderNames(db);
    // The very first render already has the value: no loading state, no waiting.
    expect(seen[0]).toEqual(['Acme']);
    expect(screen.getByText('Acme')).toBeTruthy();
  });

  it('renders as before, loading first, when nothing was primed for the key', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    const seen = renderNames(db);
    expect(seen[0]).toBeUndefined();
    expect(await screen.findByText('Acme')).toBeTruthy();
  });

  it('forgets every primed value on the first write, so a screen never starts from older data', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    await primeReads(db, [clientNames(db)]);
    expect(primedValue(db, 'names')).toEqual(['Acme']);
    await createClient(db, { name: 'Globex' });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(primedValue(db, 'names')).toBeUndefined();
  });

  it('forgets them when the private journal locks or opens', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    await primeReads(db, [clientNames(db)]);
    vaultOf(db).setStatus('locked');
    expect(primedValue(db, 'names')).toBeUndefined();
    vaultOf(db).setStatus('off');
  });

  it('leaves a read that fails to its screen and keeps the others', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    const failing: LiveRead<number> = { key: 'broken', read: () => Promise.reject(new Error('no')) };
    await primeReads(db, [failing, clientNames(db)]);
    expect(primedValue(db, 'broken')).toBeUndefined();
    expect(primedValue(db, 'names')).toEqual(['Acme']);
  });
});

describe('readAhead (the app reads beside the private journal’s check, then keeps or drops)', () => {
  it('hands nothing to a screen until kept, and nothing at all when dropped', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    const ahead = await readAhead(db, [clientNames(db)]);
    expect(primedValue(db, 'names')).toBeUndefined();
    ahead.drop();
    ahead.keep();
    expect(primedValue(db, 'names')).toBeUndefined();
    (await readAhead(db, [clientNames(db)])).keep();
    expect(primedValue(db, 'names')).toEqual(['Acme']);
  });

  it('drops the values when the journal is written between the reads and keep()', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    const ahead = await readAhead(db, [clientNames(db)]);
    await createClient(db, { name: 'Globex' });
    await new Promise((r) => setTimeout(r, 20));
    ahead.keep();
    expect(primedValue(db, 'names')).toBeUndefined();
  });

  it('drops them when the private journal turns out locked while they were read', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    const reading = readAhead(db, [clientNames(db)]);
    vaultOf(db).setStatus('locked');
    const ahead = await reading;
    vaultOf(db).setStatus('off');
    ahead.keep();
    expect(primedValue(db, 'names')).toBeUndefined();
  });
});

describe('Today with its first reads made ahead', () => {
  it('shows the day, its clients and its text on its first render', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    const entry = { ...blankEntry(todayKey(), '18:00', 'review', Date.now()), mood: 4 as const, text: { fr: '', en: 'A long day with Acme.' } };
    const saved = await saveEntry(db, entry);
    if (!saved.ok) throw new Error(saved.error);
    await primeReads(db, firstScreenReads(db, '#/today'));

    // Rendered synchronously, with no await: what the first frame shows.
    render(
      <DbProvider db={db}>
        <SettingsProvider>
          <ToastProvider>
            <TodayScreen />
          </ToastProvider>
        </SettingsProvider>
      </DbProvider>,
    );
    expect(document.querySelector('.loading')).toBeNull();
    expect(screen.getByRole('radio', { name: '4 – Good' })).toHaveProperty('checked', true);
    expect(screen.getByRole('button', { name: 'Acme' })).toBeTruthy();
    expect(screen.getByDisplayValue('A long day with Acme.')).toBeTruthy();
  });

  it('primes nothing for another screen or another day, which start their own reads at once', async () => {
    const db = await journal();
    expect(firstScreenReads(db, '#/journal')).toEqual([]);
    expect(firstScreenReads(db, '#/today/2024-01-01')).toEqual([]);
    expect(firstScreenReads(db, '').map((r) => r.key)).toContain(`day-entries:${todayKey()}`);
  });

  it('draws Today once, not again when its live queries answer the same as the primed reads', async () => {
    const db = await journal();
    await createClient(db, { name: 'Acme' });
    await primeReads(db, [clientNames(db)]);
    let renders = 0;
    function Names() {
      const names = useLiveRead(db, clientNames(db), [db]);
      renders += 1;
      return <p>{names?.join(', ')}</p>;
    }
    render(<Names />);
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(renders).toBe(1);
    // A real change is still followed.
    await createClient(db, { name: 'Globex' });
    expect(await screen.findByText('Acme, Globex')).toBeTruthy();
  });
});
