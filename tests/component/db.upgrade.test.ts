/**
 * The v1 → v2 upgrade, on a database really written by v1: the same store definitions as
 * schema.ts's version(1), filled with entries the way v1 stored them (no search words, no
 * source keys, no day records), then opened by the current openHumeurDb.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { Entry } from '../../shared/domain/types';
import { summariseDay } from '../../shared/domain/daySummary';
import { openHumeurDb, type HumeurDb } from '../../renderer/db/schema';
import { queryEntries } from '../../renderer/db/entries';
import { readSettings } from '../../renderer/db/settings';

const NOW = Date.UTC(2024, 9, 1, 19);
let name = '';
let db: HumeurDb | undefined;

afterEach(async () => {
  db?.close();
  db = undefined;
  await Dexie.delete(name);
});

function v1Entry(id: string, day: string, patch: Partial<Entry>): Entry & { clientIds?: string[] } {
  return {
    id,
    day,
    time: '21:00',
    kind: 'review',
    mood: 3,
    energy: 3,
    text: { fr: '', en: '' },
    clients: [],
    signals: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...patch,
  };
}

async function writeV1(records: { entries: (Entry & { clientIds?: string[] })[] }) {
  name = 'test-' + crypto.randomUUID();
  const v1 = new Dexie(name);
  v1.version(1).stores({
    clients: 'id, &nameKey, status',
    entries: 'id, day, *clientIds, updatedAt',
    signals: 'id',
    settings: 'key',
  });
  await v1.open();
  await v1.table('clients').bulkAdd([
    { id: 'c-acme', name: 'Acme', nameKey: 'acme', color: '#2563eb', status: 'active', notes: '', createdAt: NOW, updatedAt: NOW },
    { id: 'c-eole', name: 'Atelier Éole', nameKey: 'atelier éole', color: '#ea580c', status: 'ended', endedOn: '2024-09-01', notes: 'Fin', createdAt: NOW, updatedAt: NOW },
  ]);
  await v1.table('settings').put({ key: 'app', language: 'fr', theme: 'dark', weekStartsOn: 1, reminderTime: '21:00', showPrompts: false });
  await v1.table('signals').put({ id: 'mine', label: { fr: 'Réunion de trop', en: '' }, builtin: false, createdAt: NOW });
  await v1.table('entries').bulkAdd(records.entries);
  v1.close();
}

describe('upgrading a version 1 journal', () => {
  const entries = [
    v1Entry('e1', '2024-09-30', {
      kind: 'note',
      time: '11:00',
      mood: 1,
      energy: 2,
      text: { fr: 'Réunion tendue avec Acme, l’été est loin.', en: '' },
      clients: [{ clientId: 'c-acme', felt: -2, hours: 1.5, signals: ['scope-creep'] }],
    }),
    v1Entry('e2', '2024-09-30', {
      mood: 4,
      energy: 3,
      text: { fr: '', en: 'Good evening after all. École de design demain.' },
      clients: [{ clientId: 'c-eole', felt: 1, signals: ['trusted'] }],
      source: { app: 'daylio', id: '42' },
    }),
    v1Entry('e3', '2024-10-01', { kind: 'note', mood: 2, energy: null, text: { fr: 'Rien de spécial', en: '' } }),
  ];

  it('fills the search words, client ids and source keys of every entry', async () => {
    // e2 was written before v1 kept clientIds up to date: the upgrade must derive them again.
    await writeV1({ entries: [{ ...entries[0], clientIds: ['c-acme'] }, entries[1], entries[2]] });
    db = openHumeurDb(name);
    await db.open();
    expect(db.verno).toBe(4);

    const e1 = await db.entries.get('e1');
    expect(e1?.words).toEqual(expect.arrayContaining(['reunion', 'tendue', 'acme', 'ete']));
    expect(e1?.clientIds).toEqual(['c-acme']);
    expect(e1).not.toHaveProperty('sourceKey');
    const e2 = await db.entries.get('e2');
    expect(e2?.clientIds).toEqual(['c-eole']);
    expect(e2?.sourceKey).toBe('daylio:42');
    expect(await db.entries.where('sourceKey').equals('daylio:42').primaryKeys()).toEqual(['e2']);
    expect(await db.entries.where('clientIds').equals('c-eole').primaryKeys()).toEqual(['e2']);

    expect((await queryEntries(db, { text: 'ete' })).map((e) => e.id)).toEqual(['e1']);
    expect((await queryEntries(db, { text: 'ecole' })).map((e) => e.id)).toEqual(['e2']);
  });

  it('builds the day records with the review-over-mean rule', async () => {
    await writeV1({ entries });
    db = openHumeurDb(name);
    await db.open();
    const days = await db.days.orderBy('day').toArray();
    expect(days).toEqual([summariseDay('2024-09-30', [entries[0], entries[1]]), summariseDay('2024-10-01', [entries[2]])]);
    expect(days[0]).toMatchObject({ mood: 4, energy: 3, entryCount: 2, signals: ['scope-creep', 'trusted'] });
    expect(days[1]).toMatchObject({ mood: 2, energy: null, entryCount: 1 });
  });

  it('keeps clients, signals, settings and the entries themselves as they were', async () => {
    await writeV1({ entries });
    db = openHumeurDb(name);
    await db.open();
    expect(await db.clients.get('c-eole')).toMatchObject({ name: 'Atelier Éole', status: 'ended', endedOn: '2024-09-01' });
    expect(await db.signals.get('mine')).toMatchObject({ label: { fr: 'Réunion de trop', en: '' } });
    expect(await readSettings(db)).toMatchObject({ language: 'fr', theme: 'dark', reminderTime: '21:00', showPrompts: false });
    const e2 = await db.entries.get('e2');
    const { clientIds: _c, words: _w, sourceKey: _s, ...domain } = e2!;
    expect(domain).toEqual(entries[1]);
    expect(await db.meta.count()).toBe(0);
  });

  it('upgrades an empty journal', async () => {
    await writeV1({ entries: [] });
    db = openHumeurDb(name);
    await db.open();
    expect(await db.days.count()).toBe(0);
    expect(await db.clients.count()).toBe(2);
  });
});
