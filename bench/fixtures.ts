/**
 * What the bench of waits needs inside the browser, on the app's own origin (the server serves
 * dist/ so /bench/ and /renderer/ share one IndexedDB): a generated journal written into the app's
 * `humeur` database through the app's own schema, the floors (a raw getAll of every entry, a raw
 * write of the same records in one transaction) and the files a person would import (a Daylio CSV
 * and a Humeur backup of the same journal).
 */
import Papa from 'papaparse';
import { generateJournal, type GeneratedJournal } from '../shared/sample';
import { addDays, todayKey } from '../shared/domain/dates';
import { DEFAULT_SETTINGS, type Entry } from '../shared/domain/types';
import { createBackup, serialiseBackup } from '../shared/export';
import { openHumeurDb, toStoredEntry, type StoredEntry } from '../renderer/db/schema';
import { parseDaylioCsv } from '../shared/import/daylio';
import { buildImportPlan, defaultImportMapping } from '../shared/import';
import { newId } from '../renderer/db/ids';
import { rebuildAllDays } from '../renderer/db/days';
import { toStoredClient } from '../renderer/db/clients';
import { ensureDefaultSignals } from '../renderer/db/signals';
import { updateSettings } from '../renderer/db/settings';

const journals = new Map<number, GeneratedJournal>();

/** The bench's journal of `years` years, ending today (so the default Insights period holds data). */
export function benchJournal(years: number): GeneratedJournal {
  let journal = journals.get(years);
  if (!journal) {
    const start = addDays(todayKey(), -Math.round(years * 365.25) + 1);
    journal = generateJournal({ seed: years, years, entriesPerDay: [1, 5], clients: 10, start });
    journals.set(years, journal);
  }
  return journal;
}

/** Replaces the app's journal with the generated one, through the app's schema; returns its size. */
export async function seedApp(years: number, lang: 'fr' | 'en' = 'en'): Promise<{ entries: number; days: number }> {
  const journal = benchJournal(years);
  const db = openHumeurDb();
  await db.open();
  try {
    await db.transaction('rw', [db.clients, db.signals, db.entries, db.days], async () => {
      await Promise.all([db.clients.clear(), db.entries.clear(), db.days.clear()]);
      await db.clients.bulkPut(journal.clients.map(toStoredClient));
      await db.signals.bulkPut(journal.signals);
      await db.entries.bulkPut(journal.entries.map(toStoredEntry));
      await rebuildAllDays(db);
    });
    await ensureDefaultSignals(db);
    // Between midnight and the late-review hour Today first asks about the evening before: the bench
    // times Today itself, whatever the hour it runs at.
    await updateSettings(db, { language: lang, theme: 'light', lateReviewUntilHour: 0 });
    return { entries: journal.entries.length, days: await db.days.count() };
  } finally {
    db.close();
  }
}

function openRaw(name: string, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
    if (upgrade) open.onupgradeneeded = () => upgrade(open.result);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
}

/** Floor: a plain getAll of every entry record of the app's journal, in ms (opening the database excluded). */
export async function rawGetAll(): Promise<{ ms: number; count: number }> {
  const idb = await openRaw('humeur');
  try {
    const t0 = performance.now();
    const count = await new Promise<number>((resolve, reject) => {
      const request = idb.transaction('entries', 'readonly').objectStore('entries').getAll();
      request.onsuccess = () => resolve(request.result.length);
      request.onerror = () => reject(request.error);
    });
    return { ms: performance.now() - t0, count };
  } finally {
    idb.close();
  }
}

/**
 * Floor of a save: one entry of the app's own journal written back by hand, its text changed (so its
 * words index changes) with its day's record, in one readwrite transaction and no read, in ms. The
 * app's save does the same writes after one round of reads (the clients, the entry, its day).
 */
export async function rawSaveOne(run: number): Promise<{ ms: number }> {
  const idb = await openRaw('humeur');
  const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
  try {
    const read = idb.transaction(['entries', 'days'], 'readonly');
    const cursor = await request(read.objectStore('entries').index('day').openCursor(null, 'prev'));
    if (!cursor) throw new Error('the bench journal is empty');
    const entry = cursor.value as StoredEntry & { words?: string[] };
    const day = await request(read.objectStore('days').get(entry.day));
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(['entries', 'days'], 'readwrite');
      tx.objectStore('entries').put({ ...entry, text: { ...entry.text, en: `${entry.text.en} ${run}` }, words: [...(entry.words ?? []), `floor${run}`], updatedAt: Date.now() });
      tx.objectStore('days').put(day);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return { ms: performance.now() - t0 };
  } finally {
    idb.close();
  }
}

/** The entry store's indexes as the app's schema declares them (renderer/db/schema.ts, v2 on). */
export const ENTRY_INDEXES: readonly { name: string; multiEntry: boolean }[] = [
  { name: 'day', multiEntry: false },
  { name: 'clientIds', multiEntry: true },
  { name: 'updatedAt', multiEntry: false },
  { name: 'words', multiEntry: true },
  { name: 'sourceKey', multiEntry: false },
];

function deleteDb(name: string): Promise<void> {
  return new Promise((done) => {
    const del = indexedDB.deleteDatabase(name);
    del.onsuccess = del.onerror = del.onblocked = () => done();
  });
}

/** A raw write of `records` in one transaction into a fresh store with the given indexes, in ms (opening excluded). */
export async function rawWriteInto(records: readonly object[], indexes: readonly { name: string; multiEntry: boolean }[], name: string): Promise<number> {
  await deleteDb(name);
  const idb = await openRaw(name, (db) => {
    const store = db.createObjectStore('entries', { keyPath: 'id' });
    for (const i of indexes) store.createIndex(i.name, i.name, { multiEntry: i.multiEntry });
  });
  try {
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction('entries', 'readwrite');
      const store = tx.objectStore('entries');
      for (const r of records) store.put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return performance.now() - t0;
  } finally {
    idb.close();
    await deleteDb(name);
  }
}

const daylioStored = new Map<number, StoredEntry[]>();

/** The entry records an import of the bench's Daylio file stores (parsed and planned as the app does). */
export function daylioRecords(years: number): StoredEntry[] {
  let records = daylioStored.get(years);
  if (!records) {
    const parsed = parseDaylioCsv(daylioCsv(years).text);
    if (!parsed.ok) throw new Error(`the bench's Daylio file does not parse: ${parsed.error.code}`);
    const existing = { clients: [], signals: [], sourceKeys: new Set<string>() };
    const plan = buildImportPlan(parsed.value, defaultImportMapping(parsed.value), existing, { now: Date.now(), newId, language: 'en' });
    records = plan.entries.map(toStoredEntry);
    daylioStored.set(years, records);
  }
  return records;
}

/**
 * Floor: entry records written in one transaction, in ms: the generated journal's (what a backup
 * holds) or the Daylio import's, into a bare object store or into one with the app's entry indexes.
 */
export async function rawWrite(years: number, { records = 'journal', indexed = false }: { records?: 'journal' | 'daylio'; indexed?: boolean } = {}): Promise<{ ms: number; count: number }> {
  const list = records === 'daylio' ? daylioRecords(years) : benchJournal(years).entries.map(toStoredEntry);
  const ms = await rawWriteInto(list, indexed ? ENTRY_INDEXES : [], `humeur-floor-write-${years}-${records}-${indexed ? 'indexed' : 'bare'}`);
  return { ms, count: list.length };
}

const MOOD_NAMES = ['', 'awful', 'bad', 'meh', 'good', 'rad'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The journal as Daylio exports it today (9 columns, English mood names), one row per entry. */
export function daylioCsv(years: number): { text: string; rows: number } {
  const journal = benchJournal(years);
  const names = new Map(journal.clients.map((c) => [c.id, c.name]));
  const rows = journal.entries.map((e: Entry) => {
    const date = new Date(`${e.day}T12:00:00`);
    const mood = e.mood ?? e.energy ?? 3;
    const activities = [...e.clients.map((c) => names.get(c.clientId) ?? c.clientId), ...e.signals].join(' | ');
    return [e.day, `${date.getDate()} ${MONTHS[date.getMonth()]}`, WEEKDAYS[date.getDay()], e.time, MOOD_NAMES[mood], activities, e.energy ? `Energy: ${e.energy}` : '', '', e.text.en || e.text.fr];
  });
  const text = Papa.unparse({ fields: ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'scales', 'note_title', 'note'], data: rows });
  return { text, rows: rows.length };
}

/** A Humeur backup of the same journal. */
export function backupJson(years: number): { text: string; entries: number } {
  const journal = benchJournal(years);
  const backup = createBackup({ ...journal, settings: { ...DEFAULT_SETTINGS, language: 'en' }, exportedAt: Date.now(), appVersion: 'bench' });
  return { text: serialiseBackup(backup), entries: journal.entries.length };
}

export const fixtures = { seedApp, rawGetAll, rawSaveOne, rawWrite, daylioCsv, backupJson };

declare global {
  interface Window {
    benchFixtures: typeof fixtures;
  }
}
window.benchFixtures = fixtures;
