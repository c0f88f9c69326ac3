/**
 * The v2 → v3 upgrade, on a database really written by v2 (its store definitions, clients holding
 * their own ideal-client checklists as the v2 client page stored them), opened by openHumeurDb.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openHumeurDb, type HumeurDb } from '../../renderer/db/schema';
import { readSettings } from '../../renderer/db/settings';
import { idealScore, mergeClientCriteria } from '../../shared/domain/criteria';

const NOW = Date.UTC(2025, 2, 14, 19);
let name = '';
let db: HumeurDb | undefined;

afterEach(async () => {
  db?.close();
  db = undefined;
  await Dexie.delete(name);
});

const seeds = (met: number[], lang: 'fr' | 'en' = 'fr') =>
  [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ id: `seed-${n}`, label: lang === 'fr' ? `Critère ${n}` : `Criterion ${n}`, met: met.includes(n) }));

async function writeV2(clients: object[], settings: object | null) {
  name = 'test-' + crypto.randomUUID();
  const v2 = new Dexie(name);
  v2.version(1).stores({ clients: 'id, &nameKey, status', entries: 'id, day, *clientIds, updatedAt', signals: 'id', settings: 'key' });
  v2.version(2).stores({ entries: 'id, day, *clientIds, updatedAt, *words, sourceKey', days: 'day', meta: 'key' });
  await v2.open();
  await v2.table('clients').bulkAdd(clients);
  if (settings) await v2.table('settings').put(settings);
  v2.close();
}

const client = (id: string, name: string, idealCriteria?: object[]) => ({
  id, name, nameKey: name.toLowerCase(), color: '#2563eb', status: 'active', notes: '', createdAt: NOW, updatedAt: NOW, ...(idealCriteria ? { idealCriteria } : {}),
});

describe('schema v3: one ideal-client checklist', () => {
  it('gathers every client’s criteria into one list, keeps the ticks, and the defaults follow the UI language', async () => {
    await writeV2(
      [
        client('c-acme', 'Acme', [...seeds([1, 6]), { id: 'own-1', label: 'Paie sous 30 jours', met: true }]),
        // Béa removed two defaults and typed the same criterion as Acme, accents aside.
        client('c-bea', 'Béa', [...seeds([2]).filter((c) => c.id !== 'seed-7' && c.id !== 'seed-8'), { id: 'own-2', label: 'paie sous 30 jours ', met: true }, { id: 'own-3', label: 'Répond le jour même', met: false }]),
        // Never opened its checklist: it saw the defaults, unticked.
        client('c-zen', 'Zénith'),
      ],
      { key: 'app', language: 'en', theme: 'dark', weekStartsOn: 1, reminderTime: null, showPrompts: true },
    );
    db = openHumeurDb(name);
    await db.open();
    const settings = await readSettings(db);
    expect(settings).toMatchObject({ language: 'en', theme: 'dark' });
    expect(settings.idealCriteria).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ id: `seed-${n}`, label: '' })),
      { id: 'own-1', label: 'Paie sous 30 jours' },
      { id: 'own-3', label: 'Répond le jour même' },
    ]);
    const list = settings.idealCriteria!;
    const acme = (await db.clients.get('c-acme'))!;
    const bea = (await db.clients.get('c-bea'))!;
    expect(acme.idealCriteria?.map((c) => c.id)).toEqual(['seed-1', 'seed-6', 'own-1']);
    // Béa's own "paie sous 30 jours" is now the shared "own-1", still ticked.
    expect(bea.idealCriteria?.map((c) => c.id)).toEqual(['seed-2', 'own-1']);
    expect(idealScore(list, acme)).toEqual({ met: 3, total: 10 });
    expect(idealScore(list, bea)).toEqual({ met: 2, total: 10 });
    expect(idealScore(list, (await db.clients.get('c-zen'))!)).toEqual({ met: 0, total: 10 });
  });

  it('leaves the defaults alone (null) when no client ever edited a checklist, even without a settings record', async () => {
    await writeV2([client('c-acme', 'Acme')], null);
    db = openHumeurDb(name);
    await db.open();
    expect((await readSettings(db)).idealCriteria).toBeNull();
    expect(await db.settings.get('app')).toBeUndefined();
  });

  it('drops the defaults every edited client removed', () => {
    const { list } = mergeClientCriteria([{ id: 'a', idealCriteria: seeds([]).filter((c) => c.id !== 'seed-3') }]);
    expect(list?.map((d) => d.id)).toEqual(['seed-1', 'seed-2', 'seed-4', 'seed-5', 'seed-6', 'seed-7', 'seed-8']);
  });
});
