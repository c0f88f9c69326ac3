/**
 * Writes an import from another journal (Daylio, Day One, jrnl, Mini Diary) in one transaction:
 * a file that fails halfway changes nothing.
 */
import type { DayKey } from '../../shared/domain/types';
import { buildImportPlan } from '../../shared/import/plan';
import type { ExistingJournal, ImportMapping, ImportPlan, ImportPlanOptions, ImportPreview } from '../../shared/import/types';
import { toClient, toStoredClient } from './clients';
import { writeDaySummaries } from './days';
import { toStoredEntry, type HumeurDb } from './schema';

/**
 * What the journal holds that an import plan needs: clients (to reuse by name), signals (by
 * label) and the source key of every imported entry, e.g. "daylio:3f2a9c…", so that importing
 * the same file twice only counts duplicates.
 */
export async function readExistingJournal(db: HumeurDb): Promise<ExistingJournal> {
  return db.transaction('r', [db.clients, db.signals, db.entries], async () => {
    const [clients, signals, keys] = await Promise.all([
      db.clients.toArray(),
      db.signals.toArray(),
      // Entries typed in Humeur have no sourceKey and are not in this index.
      db.entries.orderBy('sourceKey').uniqueKeys(),
    ]);
    return { clients: clients.map(toClient), signals, sourceKeys: new Set(keys.map(String)) };
  });
}

/** What an import changed, for the summary ("142 entries imported, 3 skipped, 12 already there"). */
export interface ImportOutcome {
  entries: number;
  clients: number;
  signals: number;
  duplicates: number;
  skipped: number;
  /** The days that received entries, oldest first. */
  days: DayKey[];
}

/**
 * Writes a plan: new clients (with their unique name key), new signals, the entries with their
 * index fields, then the compact day records of every touched day. Must run inside a transaction
 * over clients, signals, entries and days (importIntoJournal opens one).
 */
export async function writeImportPlan(db: HumeurDb, plan: ImportPlan): Promise<ImportOutcome> {
  const clients = plan.clientsToCreate.map(toStoredClient);
  const entries = plan.entries.map(toStoredEntry);
  // bulkAdd, not bulkPut: an id or client name that already exists is a conflict that must
  // abort the whole import rather than overwrite what the user has.
  const days = [...new Set(plan.entries.map((e) => e.day))].sort();
  // What those days already hold, read before writing, so the day records are built once from
  // it and the new entries (not read back, not one query per day).
  const before = days.length ? await db.entries.where('day').anyOf(days).toArray() : [];
  // Issued together: IndexedDB works through them in order while nothing waits on a round trip.
  await Promise.all([
    clients.length ? db.clients.bulkAdd(clients) : null,
    plan.signalsToCreate.length ? db.signals.bulkAdd(plan.signalsToCreate) : null,
    entries.length ? db.entries.bulkAdd(entries) : null,
    writeDaySummaries(db, days, [...before, ...entries]),
  ]);
  return {
    entries: entries.length,
    clients: clients.length,
    signals: plan.signalsToCreate.length,
    duplicates: plan.duplicates,
    skipped: plan.skipped.length,
    days,
  };
}

/**
 * Plans and writes an import in ONE transaction. The plan is built from what the journal holds
 * at that moment (not from what the preview saw), so a second import of the same file — even
 * one started twice in a row — adds nothing. Throws (and changes nothing) on any failure.
 */
export async function importIntoJournal(
  db: HumeurDb,
  preview: ImportPreview,
  mapping: ImportMapping,
  options: ImportPlanOptions,
): Promise<ImportOutcome> {
  return db.transaction('rw', [db.clients, db.signals, db.entries, db.days], async () => {
    const existing = await readExistingJournal(db);
    const plan = buildImportPlan(preview, mapping, existing, options);
    return writeImportPlan(db, plan);
  });
}
