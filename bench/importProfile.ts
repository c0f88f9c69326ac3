/**
 * Where an import's time goes, phase by phase, on the bench's Daylio file, through the app's own
 * modules (parse → plan → write), next to raw IndexedDB writes of the very records the import
 * stores: into a bare object store, into a store with the app's entry indexes, and into one with
 * every index but the search words'. Each figure is a median of `runs` runs after a warm-up.
 */
import { parseDaylioCsv } from '../shared/import/daylio';
import { buildImportPlan, defaultImportMapping } from '../shared/import';
import { openHumeurDb, toStoredEntry, type StoredEntry } from '../renderer/db/schema';
import { importIntoJournal, readExistingJournal, writeImportPlan } from '../renderer/db/importPlan';
import { newId } from '../renderer/db/ids';
import { daylioCsv, ENTRY_INDEXES, rawWriteInto } from './fixtures';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return Math.round((s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) * 10) / 10;
}

function deleteDb(name: string): Promise<void> {
  return new Promise((done) => {
    const del = indexedDB.deleteDatabase(name);
    del.onsuccess = del.onerror = del.onblocked = () => done();
  });
}

export async function profileImport(years: number, runs = 5) {
  const { text } = daylioCsv(years);
  const samples: Record<string, number[]> = {};
  const add = (k: string, v: number) => (samples[k] ??= []).push(v);
  let rows = 0;
  let wordsPerEntry = 0;
  for (let i = 0; i <= runs; i++) {
    const count = i > 0;
    let t = performance.now();
    const parsed = parseDaylioCsv(text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const preview = parsed.value;
    const parseMs = performance.now() - t;
    const mapping = defaultImportMapping(preview);
    const name = `humeur-import-profile-${years}`;
    await deleteDb(name);
    const db = openHumeurDb(name);
    await db.open();
    try {
      t = performance.now();
      const existing = await readExistingJournal(db);
      const readMs = performance.now() - t;
      t = performance.now();
      const plan = buildImportPlan(preview, mapping, existing, { now: Date.now(), newId, language: 'en' });
      const planMs = performance.now() - t;
      t = performance.now();
      const stored: StoredEntry[] = plan.entries.map(toStoredEntry);
      const wordsMs = performance.now() - t;
      rows = stored.length;
      wordsPerEntry = stored.reduce((n, e) => n + e.words.length, 0) / Math.max(1, stored.length);
      t = performance.now();
      await db.transaction('rw', [db.clients, db.signals, db.entries, db.days], () => writeImportPlan(db, plan));
      const writeMs = performance.now() - t;
      await db.delete();
      // The whole of what the Import button runs, into an empty journal.
      const again = openHumeurDb(name);
      await again.open();
      t = performance.now();
      await importIntoJournal(again, preview, mapping, { now: Date.now(), newId, language: 'en' });
      const wholeMs = performance.now() - t;
      await again.delete();
      const bare = await rawWriteInto(stored, [], `${name}-bare`);
      const indexed = await rawWriteInto(stored, ENTRY_INDEXES, `${name}-indexed`);
      const noWords = await rawWriteInto(stored, ENTRY_INDEXES.filter((x) => x.name !== 'words'), `${name}-nowords`);
      if (count) {
        add('parse_ms', parseMs);
        add('read_existing_ms', readMs);
        add('plan_ms', planMs);
        add('stored_records_ms', wordsMs);
        add('write_plan_ms', writeMs);
        add('import_into_journal_ms', wholeMs);
        add('raw_write_bare_ms', bare);
        add('raw_write_indexed_ms', indexed);
        add('raw_write_indexed_no_words_ms', noWords);
      }
    } finally {
      db.close();
      await deleteDb(name);
    }
  }
  return { years, rows, wordsPerEntry: Math.round(wordsPerEntry * 10) / 10, medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) };
}
