import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/types';
import type { HumeurDb } from '../../renderer/db/schema';
import { blankEntry, deleteEntry, entriesOfDay, getEntry, queryEntries, restoreEntry, saveEntry } from '../../renderer/db/entries';
import { createClient } from '../../renderer/db/clients';
import { dropTestDb, freshTestDb } from './testDb';

const NOW = Date.UTC(2025, 2, 14, 20);
const TODAY = '2025-03-14';
let db: HumeurDb;

beforeEach(async () => {
  db = await freshTestDb();
});
afterEach(() => dropTestDb(db));

function entry(day: string, time: string, patch: Partial<Entry> = {}): Entry {
  return { ...blankEntry(day, time, 'review', NOW), ...patch };
}

async function save(e: Entry): Promise<Entry> {
  const result = await saveEntry(db, e, { now: NOW, today: TODAY });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

async function newClient(name: string): Promise<string> {
  const result = await createClient(db, { name }, NOW);
  if (!result.ok) throw new Error(result.error);
  return result.value.id;
}

describe('saveEntry and the day records', () => {
  it('gives the day the end-of-day review’s mood and energy, not the mean of its entries', async () => {
    await save(entry('2025-03-10', '11:00', { kind: 'note', mood: 1, energy: 1 }));
    await save(entry('2025-03-10', '21:30', { kind: 'review', mood: 4, energy: 3 }));
    const day = await db.days.get('2025-03-10');
    expect(day).toMatchObject({ mood: 4, energy: 3, entryCount: 2 });
  });

  it('takes the mean of the rated entries when the day has no review', async () => {
    await save(entry('2025-03-11', '10:00', { kind: 'note', mood: 2, energy: 5 }));
    await save(entry('2025-03-11', '15:00', { kind: 'note', mood: 5, energy: null }));
    await save(entry('2025-03-11', '17:00', { kind: 'note', mood: null, energy: null }));
    expect(await db.days.get('2025-03-11')).toMatchObject({ mood: 3.5, energy: 5, entryCount: 3 });
  });

  it('lets the latest review win when a day has two', async () => {
    await save(entry('2025-03-12', '21:00', { mood: 2, energy: 2 }));
    await save(entry('2025-03-12', '23:30', { mood: 4, energy: 5 }));
    expect(await db.days.get('2025-03-12')).toMatchObject({ mood: 4, energy: 5 });
  });

  it('folds clients, felt scores, hours and signals into the day', async () => {
    const acme = await newClient('Acme');
    await save(entry('2025-03-12', '12:00', { kind: 'note', clients: [{ clientId: acme, felt: -2, hours: 2, signals: ['scope-creep'] }] }));
    await save(entry('2025-03-12', '21:00', { clients: [{ clientId: acme, felt: -1, hours: 1.5, signals: ['urgent-deadline'] }], signals: ['new-project'] }));
    const day = await db.days.get('2025-03-12');
    expect(day?.clients).toEqual([{ clientId: acme, felt: -1.5, hours: 3.5, signals: ['scope-creep', 'urgent-deadline'] }]);
    expect(day?.signals).toEqual(['new-project', 'scope-creep', 'urgent-deadline']);
  });

  it('summarises an edited entry as it is now, not beside its earlier version', async () => {
    await save(entry('2025-03-13', '10:00', { kind: 'note', mood: 1, energy: 1 }));
    const note = await save(entry('2025-03-13', '12:00', { kind: 'note', mood: 2, energy: 2 }));
    await save({ ...note, mood: 5, energy: 4 });
    expect(await db.days.get('2025-03-13')).toMatchObject({ mood: 3, energy: 2.5, entryCount: 2 });
  });

  it('refreshes both days when an entry moves to another day', async () => {
    const kept = await save(entry('2025-03-05', '09:00', { kind: 'note', mood: 2 }));
    const moved = await save(entry('2025-03-05', '21:00', { mood: 5, energy: 4 }));
    expect(await db.days.get('2025-03-05')).toMatchObject({ mood: 5, entryCount: 2 });

    await save({ ...moved, day: '2025-03-06' });
    expect(await db.days.get('2025-03-05')).toMatchObject({ mood: 2, entryCount: 1 });
    expect(await db.days.get('2025-03-06')).toMatchObject({ mood: 5, energy: 4, entryCount: 1 });

    await save({ ...kept, day: '2025-03-06' });
    expect(await db.days.get('2025-03-05')).toBeUndefined();
    expect(await db.days.get('2025-03-06')).toMatchObject({ mood: 5, entryCount: 2 });
  });

  it('refuses future days, bad ratings, bad hours and unknown clients, and writes nothing', async () => {
    expect(await saveEntry(db, entry('2025-03-15', '09:00'), { today: TODAY })).toEqual({ ok: false, error: 'future-day' });
    expect(await saveEntry(db, entry('2023-02-29', '09:00'), { today: TODAY })).toEqual({ ok: false, error: 'invalid-day' });
    expect(await saveEntry(db, entry(TODAY, '09:00', { mood: 6 }), { today: TODAY })).toEqual({ ok: false, error: 'invalid-rating' });
    expect(await saveEntry(db, entry(TODAY, '09:00', { energy: 2.5 }), { today: TODAY })).toEqual({ ok: false, error: 'invalid-rating' });
    const acme = await newClient('Acme');
    const badHours = entry(TODAY, '09:00', { clients: [{ clientId: acme, felt: 0, hours: 25, signals: [] }] });
    expect(await saveEntry(db, badHours, { today: TODAY })).toEqual({ ok: false, error: 'invalid-hours' });
    const ghost = entry(TODAY, '09:00', { clients: [{ clientId: 'nobody', felt: 1, signals: [] }] });
    expect(await saveEntry(db, ghost, { today: TODAY })).toEqual({ ok: false, error: 'unknown-client' });
    expect(await db.entries.count()).toBe(0);
    expect(await db.days.count()).toBe(0);
  });
});

describe('deleteEntry and restoreEntry', () => {
  it('deletes an entry, updates its day, and undo puts back exactly the same entry and day', async () => {
    const acme = await newClient('Acme');
    const note = await save(entry('2025-03-10', '11:00', { kind: 'note', mood: 2, text: { fr: 'Réunion tendue', en: '' } }));
    const review = await save(
      entry('2025-03-10', '21:00', {
        mood: 4,
        energy: 3,
        text: { fr: 'Un bel été à l’école', en: 'Summer school' },
        clients: [{ clientId: acme, felt: -2, hours: 2, signals: ['scope-creep'] }],
        signals: ['new-project'],
        source: { app: 'daylio', id: '42' },
      }),
    );
    const dayBefore = await db.days.get('2025-03-10');
    const storedBefore = await db.entries.get(review.id);

    const removed = await deleteEntry(db, review.id);
    expect(removed).toEqual(review);
    expect(await getEntry(db, review.id)).toBeUndefined();
    expect(await db.days.get('2025-03-10')).toMatchObject({ mood: 2, entryCount: 1, clients: [] });
    expect(await queryEntries(db, { text: 'ete' })).toEqual([]);

    await restoreEntry(db, removed!);
    expect(await getEntry(db, review.id)).toEqual(review);
    expect(await db.entries.get(review.id)).toEqual(storedBefore);
    expect(await db.days.get('2025-03-10')).toEqual(dayBefore);
    expect((await queryEntries(db, { text: 'ete' })).map((e) => e.id)).toEqual([review.id]);
    expect((await entriesOfDay(db, '2025-03-10')).map((e) => e.id)).toEqual([note.id, review.id]);
  });

  it('removes the day record with the day’s last entry, and answers undefined for an unknown id', async () => {
    const only = await save(entry('2025-03-09', '20:00', { mood: 3 }));
    await deleteEntry(db, only.id);
    expect(await db.days.get('2025-03-09')).toBeUndefined();
    expect(await deleteEntry(db, only.id)).toBeUndefined();
  });
});

describe('queryEntries', () => {
  let acme: string;
  let north: string;
  beforeEach(async () => {
    acme = await newClient('Acme');
    north = await newClient('Northwind');
    await save(entry('2025-03-01', '21:00', { text: { fr: 'L’été arrive, réunion à l’école.', en: '' }, clients: [{ clientId: acme, felt: -1, signals: ['scope-creep'] }] }));
    await save(entry('2025-03-02', '21:00', { text: { fr: '', en: 'Workshop went well, they trusted me.' }, clients: [{ clientId: north, felt: 2, signals: ['trusted'] }] }));
    await save(entry('2025-03-03', '21:00', { text: { fr: 'Été indien, ÉCOLE fermée.', en: 'Indian summer.' }, signals: ['new-project'] }));
    await save(entry('2025-03-04', '09:00', { kind: 'note', text: { fr: 'Eteindre l’ordinateur plus tôt.', en: '' }, clients: [{ clientId: acme, felt: null, signals: [] }] }));
  });
  const days = (list: Entry[]) => list.map((e) => e.day);

  it('finds accented words from plain letters, newest first, by word start', async () => {
    expect(days(await queryEntries(db, { text: 'ete' }))).toEqual(['2025-03-04', '2025-03-03', '2025-03-01']);
    expect(days(await queryEntries(db, { text: 'Ecole' }))).toEqual(['2025-03-03', '2025-03-01']);
    expect(days(await queryEntries(db, { text: 'ÉTÉ école' }))).toEqual(['2025-03-03', '2025-03-01']);
    expect(days(await queryEntries(db, { text: 'trust' }))).toEqual(['2025-03-02']);
    expect(await queryEntries(db, { text: 'rust' })).toEqual([]);
  });

  it('filters by client, by day or client signal, by language and by days, alone or with text', async () => {
    expect(days(await queryEntries(db, { clientId: acme }))).toEqual(['2025-03-04', '2025-03-01']);
    expect(days(await queryEntries(db, { clientId: acme, text: 'ecole' }))).toEqual(['2025-03-01']);
    expect(days(await queryEntries(db, { signalId: 'scope-creep' }))).toEqual(['2025-03-01']);
    expect(days(await queryEntries(db, { signalId: 'new-project' }))).toEqual(['2025-03-03']);
    expect(days(await queryEntries(db, { language: 'en' }))).toEqual(['2025-03-03', '2025-03-02']);
    expect(days(await queryEntries(db, { language: 'fr', text: 'ete' }))).toEqual(['2025-03-04', '2025-03-03', '2025-03-01']);
    expect(days(await queryEntries(db, { from: '2025-03-02', to: '2025-03-03' }))).toEqual(['2025-03-03', '2025-03-02']);
    expect(days(await queryEntries(db, { text: 'ete', to: '2025-03-02' }))).toEqual(['2025-03-01']);
  });

  it('stops at the limit, keeping the newest', async () => {
    expect(days(await queryEntries(db, { limit: 2 }))).toEqual(['2025-03-04', '2025-03-03']);
    expect(days(await queryEntries(db, { text: 'ete', limit: 1 }))).toEqual(['2025-03-04']);
  });
});
