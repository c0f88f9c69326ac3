/**
 * Writes an import from another journal (Daylio, Day One, jrnl, Mini Diary) in one transaction:
 * a file that fails halfway changes nothing.
 */
import type { DayKey } from '../../shared/domain/types';
import { buildImportPlan } from '../../shared/import/plan';
import type { ExistingJournal, ImportMapping, ImportPlan, ImportPlanOptions, ImportPreview } from '../../shared/import/types';
import { openClient, toStoredClient } from './clients';
import { writeDaySummaries } from './days';
import { openSignal } from './signals';
import { toStoredEntry, type HumeurDb } from './schema';
import { vaultOf } from './vault/state';
import { prepareRecords, readyOrThrow, type ReadyRecords } from './vault/records';

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
    return { clients: clients.map((c) => openClient(db, c)), signals: signals.map((s) => openSignal(db, s)), sourceKeys: new Set(keys.map(String)) };
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
export async function writeImportPlan(db: HumeurDb, plan: ImportPlan, ready?: ReadyRecords): Promise<ImportOutcome> {
  const clients = ready ? plan.clientsToCreate.map((c) => readyOrThrow(ready.clients, c.id)) : plan.clientsToCreate.map(toStoredClient);
  const entries = ready ? plan.entries.map((e) => readyOrThrow(ready.entries, e.id)) : plan.entries.map(toStoredEntry);
  const signals = ready ? plan.signalsToCreate.map((s) => readyOrThrow(ready.signals, s.id)) : plan.signalsToCreate;
  // bulkAdd, not bulkPut: an id or client name that already exists is a conflict that must
  // abort the whole import rather than overwrite what the user has.
  const days = [...new Set(plan.entries.map((e) => e.day))].sort();
  // What those days already hold, read before writing, so the day records are built once from
  // it and the new entries (not read back, not one query per day).
  const before = days.length ? await db.entries.where('day').anyOf(days).toArray() : [];
  // Issued together: IndexedDB works through them in order while nothing waits on a round trip.
  await Promise.all([
    clients.length ? db.clients.bulkAdd(clients) : null,
    signals.length ? db.signals.bulkAdd(signals) : null,
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
  const vault = vaultOf(db);
  if (vault.sealing) {
    // Sealing cannot wait inside the transaction: plan first, seal, then write only if no other
    // import landed in between (the same source keys would otherwise be written twice).
    const plan = buildImportPlan(preview, mapping, await readExistingJournal(db), options);
    const ready = await prepareRecords(vault, {
      clients: plan.clientsToCreate.map(toStoredClient),
      signals: plan.signalsToCreate,
      entries: plan.entries.map(toStoredEntry),
    });
    return db.transaction('rw', [db.clients, db.signals, db.entries, db.days], async () => {
      const keys = new Set((await db.entries.orderBy('sourceKey').uniqueKeys()).map(String));
      if (plan.entries.some((e) => e.source && keys.has(`${e.source.app}:${e.source.id}`))) throw new Error('The journal changed during the import');
      return writeImportPlan(db, plan, ready);
    });
  }
  return db.transaction('rw', [db.clients, db.signals, db.entries, db.days], async () => {
    const existing = await readExistingJournal(db);
    const plan = buildImportPlan(preview, mapping, existing, options);
    return writeImportPlan(db, plan);
  });
}
