/**
 * Humeur's own JSON backup against the database: write the whole journal out, and read a backup
 * back in by merging it or by replacing the journal with it, each in one transaction.
 * The format itself is shared/export/backup.ts (writer) and shared/import/humeurBackup.ts (reader).
 */
import { version as APP_VERSION } from '../../package.json';
import type { Client, Entry, Signal } from '../../shared/domain/types';
import { createBackup, restorableBackupText, type HumeurBackup } from '../../shared/export/backup';
import { sealBackupTextChecked } from '../../shared/export/encryptedBackup';
import { clientNameKey, openClient, toStoredClient } from './clients';
import { rebuildAllDays, writeDaySummaries } from './days';
import { openEntry } from './entries';
import { openSignal } from './signals';
import { readSettings } from './settings';
import { toStoredEntry, type HumeurDb } from './schema';
import { vaultOf } from './vault/state';
import { readPrivacy } from './vault/protection';
import { entryAsReady, prepareRecords, readyOrThrow, type ReadyRecords } from './vault/records';
import { sealSettings } from './vault/settingsSecret';

const byEntryOrder = (a: Entry, b: Entry) => a.day.localeCompare(b.day) || a.time.localeCompare(b.time) || a.id.localeCompare(b.id);
const byCreation = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) =>
  a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/**
 * The whole journal as the text of a backup file: when the journal is protected, the encrypted
 * envelope ("humeur-encrypted-backup", shared/export/encryptedBackup.ts) of the plain backup that
 * plainFullBackup writes, sealed with the journal's key ring; otherwise that plain backup.
 * Used by the automatic and manual backups (Settings), the safety backup before a restore, and
 * the JSON export of the Export screen. Throws when the journal is protected and locked.
 */
export async function exportFullBackup(db: HumeurDb, now: number | Date): Promise<string> {
  const privacy = await readPrivacy(db);
  // Being turned off ('decrypting'): its new backups are plain, as the journal is about to be.
  if (!privacy || privacy.state === 'decrypting') return plainFullBackup(db, now);
  const key = vaultOf(db).requireKeys().backups;
  return sealBackupTextChecked(await plainFullBackup(db, now), privacy.ring, key);
}

/** Whether the backups written now are encrypted (the journal is protected), for what the screens say. */
export async function backupsAreEncrypted(db: HumeurDb): Promise<boolean> {
  const privacy = await readPrivacy(db);
  return privacy !== undefined && privacy.state !== 'decrypting';
}

/**
 * The whole journal as the text of a Humeur backup (format "humeur-backup", version 1): clients
 * without their `nameKey`, entries without their index fields, signals and settings, read in one
 * transaction so the file is consistent even while the user types. Entries go in day and time
 * order, so two backups of the same journal are byte for byte the same and diff line by line.
 * `now` is the export time written in "exportedAt".
 * Throws UnrestorableBackupError when the backup reader would refuse the result.
 */
export async function plainFullBackup(db: HumeurDb, now: number | Date): Promise<string> {
  const content = await db.transaction('r', [db.clients, db.signals, db.entries, db.settings], async () => ({
    clients: (await db.clients.toArray()).map((c) => openClient(db, c)).sort(byCreation),
    signals: (await db.signals.toArray()).map((s) => openSignal(db, s)).sort(byCreation),
    entries: (await db.entries.toArray()).map((e) => openEntry(db, e)).sort(byEntryOrder),
    settings: await readSettings(db),
  }));
  // Checked by the reader before it leaves: a journal the reader would refuse is never written out.
  return restorableBackupText(createBackup({ ...content, exportedAt: now, appVersion: APP_VERSION }));
}

/** How big a journal (or a backup) is, for "before → after" in the restore confirmation. */
export interface JournalCounts {
  entries: number;
  days: number;
  clients: number;
  signals: number;
}

export async function journalCounts(db: HumeurDb): Promise<JournalCounts> {
  return db.transaction('r', [db.entries, db.days, db.clients, db.signals], async () => ({
    entries: await db.entries.count(),
    days: await db.days.count(),
    clients: await db.clients.count(),
    signals: await db.signals.count(),
  }));
}

export function backupCounts(backup: HumeurBackup): JournalCounts {
  return {
    entries: backup.entries.length,
    days: new Set(backup.entries.map((e) => e.day)).size,
    clients: backup.clients.length,
    signals: backup.signals.length,
  };
}

/** What the journal holds, as far as a merge needs to know. */
export interface MergeTarget {
  clientIds: ReadonlySet<string>;
  /** Existing client id by name key, e.g. "acme" → "c-12". */
  clientIdByName: ReadonlyMap<string, string>;
  signalIds: ReadonlySet<string>;
  entryIds: ReadonlySet<string>;
  /** e.g. "daylio:3f2a9c…" */
  sourceKeys: ReadonlySet<string>;
}

export interface MergePlan {
  clients: Client[];
  signals: Signal[];
  entries: Entry[];
  /** Backup entries the journal already has (same id, or the same imported item). */
  alreadyThere: number;
}

/**
 * What a merge adds, without writing: clients, signals and entries whose id the journal does not
 * have; existing ones are kept as they are. A backup client whose name the journal already uses
 * under another id (e.g. "Acme" created on two machines) is the same client: its entries are
 * linked to the journal's one instead of creating a second "Acme".
 */
export function planBackupMerge(backup: HumeurBackup, target: MergeTarget): MergePlan {
  const clientId = new Map<string, string>();
  const clients: Client[] = [];
  for (const c of backup.clients) {
    if (target.clientIds.has(c.id)) clientId.set(c.id, c.id);
    else {
      const sameName = target.clientIdByName.get(clientNameKey(c.name));
      clientId.set(c.id, sameName ?? c.id);
      if (!sameName) clients.push(c);
    }
  }
  const signals = backup.signals.filter((s) => !target.signalIds.has(s.id));
  const entries: Entry[] = [];
  let alreadyThere = 0;
  for (const e of backup.entries) {
    const key = e.source ? `${e.source.app}:${e.source.id}` : undefined;
    if (target.entryIds.has(e.id) || (key !== undefined && target.sourceKeys.has(key))) {
      alreadyThere++;
      continue;
    }
    const links = new Map(e.clients.map((l) => [clientId.get(l.clientId) ?? l.clientId, l] as const));
    entries.push({ ...e, clients: [...links].map(([id, l]) => ({ ...l, clientId: id })) });
  }
  return { clients, signals, entries, alreadyThere };
}

/** Reads what planBackupMerge needs; inside a transaction when called from mergeBackup. */
export async function readMergeTarget(db: HumeurDb): Promise<MergeTarget> {
  return db.transaction('r', [db.clients, db.signals, db.entries], async () => {
    const clients = await db.clients.toArray();
    return {
      clientIds: new Set(clients.map((c) => c.id)),
      clientIdByName: new Map(clients.map((c) => [clientNameKey(openClient(db, c).name), c.id] as const)),
      signalIds: new Set((await db.signals.toCollection().primaryKeys()).map(String)),
      entryIds: new Set((await db.entries.toCollection().primaryKeys()).map(String)),
      sourceKeys: new Set((await db.entries.orderBy('sourceKey').uniqueKeys()).map(String)),
    };
  });
}

export interface MergeOutcome {
  entries: number;
  clients: number;
  signals: number;
  alreadyThere: number;
}


/** Adds what the journal lacks from a backup (planBackupMerge), in one transaction. Settings stay. */
export async function mergeBackup(db: HumeurDb, backup: HumeurBackup): Promise<MergeOutcome> {
  const ready = await prepareBackup(db, backup);
  return db.transaction('rw', [db.clients, db.signals, db.entries, db.days], async () => {
    const plan = planBackupMerge(backup, await readMergeTarget(db));
    const entries = plan.entries.map((e) => entryAsReady(ready, e));
    const days = [...new Set(plan.entries.map((e) => e.day))].sort();
    // What those days already hold, read before writing: their day records are built from it and
    // the new entries, without reading every new entry back.
    const before = days.length ? await db.entries.where('day').anyOf(days).toArray() : [];
    // Issued together: IndexedDB works through them in order while nothing waits on a round trip.
    await Promise.all([
      plan.clients.length ? db.clients.bulkAdd(plan.clients.map((c) => readyOrThrow(ready.clients, c.id))) : null,
      plan.signals.length ? db.signals.bulkAdd(plan.signals.map((s) => readyOrThrow(ready.signals, s.id))) : null,
      entries.length ? db.entries.bulkAdd(entries) : null,
      writeDaySummaries(db, days, [...before, ...entries]),
    ]);
    return { entries: plan.entries.length, clients: plan.clients.length, signals: plan.signals.length, alreadyThere: plan.alreadyThere };
  });
}

/**
 * The journal becomes the backup: clients, signals, entries and settings replaced, day records
 * rebuilt, in one transaction — if any record is refused, the journal is left as it was.
 * App facts in `meta` (e.g. the last automatic backup day) are kept.
 */
export async function replaceJournalWithBackup(db: HumeurDb, backup: HumeurBackup): Promise<void> {
  const ready = await prepareBackup(db, backup);
  const vault = vaultOf(db);
  const settings = await vault.track(sealSettings(vault, { key: 'app', ...backup.settings }));
  await db.transaction('rw', [db.clients, db.signals, db.entries, db.days, db.settings], async () => {
    await Promise.all([db.clients.clear(), db.signals.clear(), db.entries.clear()]);
    await db.clients.bulkAdd([...ready.clients.values()]);
    await db.signals.bulkAdd([...ready.signals.values()]);
    await db.entries.bulkAdd([...ready.entries.values()]);
    await rebuildAllDays(db);
    await db.settings.put(settings);
  });
}

/** Every record of a backup as it will be stored: sealed before the transaction when protection is on. */
function prepareBackup(db: HumeurDb, backup: HumeurBackup): Promise<ReadyRecords> {
  return prepareRecords(vaultOf(db), {
    clients: backup.clients.map(toStoredClient),
    signals: backup.signals,
    entries: backup.entries.map(toStoredEntry),
  });
}
