import type { DayKey, Entry } from '../../../shared/domain/types';
import type { DraftRecord, HumeurDb } from '../../db/schema';
import { vaultOf } from '../../db/vault/state';
import { openDrafts, sealDraft } from '../../db/vault/drafts';

/**
 * Every copy of an entry being typed goes through this module (and only this one), in two places:
 * - localStorage, synchronously on every change, so that a reload or a closed window mid-sentence
 *   finds the text at once when the editor opens again. Stored as { entry, changedAt } under
 *   "humeur.draft.<entry id>". Chromium writes localStorage to disk lazily, seconds later, so a
 *   killed browser (a power cut, a force-quit) loses what it had not written yet;
 * - the `drafts` table in IndexedDB, at most every DURABLE_DRAFT_INTERVAL_MS while typing goes on,
 *   in transactions that reach the disk before they complete. This is the durable copy:
 *   restoreDurableDrafts puts it back into localStorage when the app starts.
 */
export interface EntryDraft {
  entry: Entry;
  /** Epoch ms of the last change, compared with the stored entry's `updatedAt`. */
  changedAt: number;
}

/** Typing goes on; the durable copy follows at this pace, so it is never more than ~¼ s behind. */
export const DURABLE_DRAFT_INTERVAL_MS = 250;

const PREFIX = 'humeur.draft.';

export function draftKey(entryId: string): string {
  return PREFIX + entryId;
}

/**
 * With protection on, the quick copy lives in this page's memory instead of localStorage (which
 * would keep the text in clear on disk); the sealed durable copy covers a reload or a crash.
 */
let inMemory: Map<string, string> | null = null;

const memoryStorage = (map: Map<string, string>): Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> => ({
  getItem: (key) => map.get(key) ?? null,
  setItem: (key, value) => void map.set(key, value),
  removeItem: (key) => void map.delete(key),
  key: (i) => [...map.keys()][i] ?? null,
  get length() {
    return map.size;
  },
});

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Called when protection turns on or off: quick copies move between localStorage and memory, so
 * none stays in clear on disk while the journal is protected. `forget` (on lock) drops them.
 */
export function keepQuickDraftsInMemory(on: boolean, options: { forget?: boolean } = {}): void {
  const local = browserStorage();
  if (on) {
    inMemory ??= new Map();
    if (options.forget) inMemory.clear();
    if (!local) return;
    for (const key of Object.keys(local).filter((k) => k.startsWith(PREFIX))) {
      inMemory.set(key, local.getItem(key) ?? '');
      local.removeItem(key);
    }
  } else if (inMemory) {
    try {
      for (const [key, value] of inMemory) local?.setItem(key, value);
    } catch {
      // Quota: the durable copies in IndexedDB remain.
    }
    inMemory = null;
  }
}

function storage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> | null {
  if (inMemory) return memoryStorage(inMemory);
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}

function isDraft(value: unknown): value is EntryDraft {
  const draft = value as EntryDraft | null;
  return !!draft && typeof draft.changedAt === 'number' && typeof draft.entry?.id === 'string';
}

function parseDraft(raw: string | null): EntryDraft | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

/** The quick copy. Returns false when the browser refused (quota, private mode); the database save still runs. */
export function writeDraft(entry: Entry, changedAt: number): boolean {
  try {
    storage()?.setItem(draftKey(entry.id), JSON.stringify({ entry, changedAt } satisfies EntryDraft));
    return true;
  } catch {
    return false;
  }
}

export function readDraft(entryId: string): EntryDraft | null {
  return parseDraft(storage()?.getItem(draftKey(entryId)) ?? null);
}

/** Drops the quick copy only; dropDraft drops both. */
export function clearDraft(entryId: string): void {
  try {
    storage()?.removeItem(draftKey(entryId));
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}

const byDayAndTime = (a: EntryDraft, b: EntryDraft) =>
  a.entry.day.localeCompare(b.entry.day) || a.entry.time.localeCompare(b.entry.time) || a.entry.createdAt - b.entry.createdAt;

/** Every draft left in this browser profile's localStorage, in day and time order. */
export function allDrafts(): EntryDraft[] {
  const store = storage();
  if (!store) return [];
  const found: EntryDraft[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const draft = parseDraft(store.getItem(key));
    if (draft) found.push(draft);
  }
  return found.sort(byDayAndTime);
}

/** Every draft of a day, e.g. a first end-of-day review typed and then interrupted before its first save. */
export function draftsOfDay(day: DayKey): EntryDraft[] {
  return allDrafts().filter((d) => d.entry.day === day);
}

// The durable copy ------------------------------------------------------------------------------

interface Pending {
  draft: EntryDraft;
  timer: ReturnType<typeof setTimeout> | undefined;
  lastWriteAt: number;
}

/** Per database and entry: the draft waiting for its turn and when the last durable write started. */
const pendingByDb = new WeakMap<HumeurDb, Map<string, Pending>>();

function pendingOf(db: HumeurDb): Map<string, Pending> {
  let map = pendingByDb.get(db);
  if (!map) pendingByDb.set(db, (map = new Map()));
  return map;
}

/**
 * One put in its own transaction with "strict" durability: Chromium flushes it to the disk before
 * the transaction completes (by default it may keep it in the OS's cache, which a power cut loses).
 * Transactions on the same table run in the order they were created, so a later put or delete
 * always wins over an earlier one.
 */
function putDurable(db: HumeurDb, draft: EntryDraft): Promise<void> {
  const plain: DraftRecord = { id: draft.entry.id, entry: draft.entry, changedAt: draft.changedAt };
  // Sealed first when protection is on; the put then runs in its own strict transaction.
  return sealDraft(vaultOf(db), plain).then((record) => putRecord(db, record));
}

function putRecord(db: HumeurDb, record: DraftRecord): Promise<void> {
  const idb = db.isOpen() ? db.backendDB() : null;
  if (!idb) return db.drafts.put(record).then(() => undefined);
  return new Promise((resolve, reject) => {
    const tx = idb.transaction('drafts', 'readwrite', { durability: 'strict' });
    tx.objectStore('drafts').put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

function writeDurableNow(db: HumeurDb, pending: Pending): void {
  pending.timer = undefined;
  pending.lastWriteAt = Date.now();
  putDurable(db, pending.draft).catch((error: unknown) => console.warn('[humeur] the durable draft could not be written', error));
}

/**
 * Keeps a draft of `entry`: at once in localStorage, and in IndexedDB now if the last durable
 * write is older than DURABLE_DRAFT_INTERVAL_MS, else when that interval is over (with the latest
 * text then). Continuous typing therefore reaches the disk about four times a second.
 */
export function saveDraft(db: HumeurDb, entry: Entry, changedAt: number): void {
  writeDraft(entry, changedAt);
  const map = pendingOf(db);
  const pending = map.get(entry.id) ?? { draft: { entry, changedAt }, timer: undefined, lastWriteAt: 0 };
  map.set(entry.id, pending);
  pending.draft = { entry, changedAt };
  if (pending.timer !== undefined) return;
  const wait = pending.lastWriteAt + DURABLE_DRAFT_INTERVAL_MS - Date.now();
  if (wait <= 0) writeDurableNow(db, pending);
  else pending.timer = setTimeout(() => writeDurableNow(db, pending), wait);
}

/** Writes a waiting durable draft at once, e.g. when the page is hidden or about to go away. */
export function flushDraft(db: HumeurDb, entryId: string): void {
  const pending = pendingOf(db).get(entryId);
  if (pending?.timer === undefined) return;
  clearTimeout(pending.timer);
  writeDurableNow(db, pending);
}

/** Called when a save lands, and when an entry is deleted, so a draft never brings it back. */
export async function dropDraft(db: HumeurDb, entryId: string): Promise<void> {
  clearDraft(entryId);
  const map = pendingOf(db);
  const pending = map.get(entryId);
  if (pending?.timer !== undefined) clearTimeout(pending.timer);
  map.delete(entryId);
  try {
    await db.drafts.delete(entryId);
  } catch (error) {
    // A stale durable draft is harmless: it is older than the saved entry and dropped on restore.
    console.warn('[humeur] the durable draft could not be removed', error);
  }
}

/** Every durable draft, in day and time order. */
export async function durableDrafts(db: HumeurDb): Promise<EntryDraft[]> {
  const records = await openDrafts(vaultOf(db), await db.drafts.toArray());
  return records.filter(isDraft).map(({ entry, changedAt }) => ({ entry, changedAt })).sort(byDayAndTime);
}

/**
 * At start-up, before any editor opens: a durable draft newer than the quick copy (or whose quick
 * copy a killed browser never wrote) becomes the quick copy again, so that the editors and
 * recoverDrafts find it. Resolves to the number of drafts put back.
 */
export async function restoreDurableDrafts(db: HumeurDb): Promise<number> {
  let restored = 0;
  for (const draft of await durableDrafts(db)) {
    const quick = readDraft(draft.entry.id);
    if (quick && quick.changedAt >= draft.changedAt) continue;
    if (writeDraft(draft.entry, draft.changedAt)) restored += 1;
  }
  return restored;
}

/** Every draft, the newer copy of each: what recovery after a crash reads. */
export async function allDraftsDurable(db: HumeurDb): Promise<EntryDraft[]> {
  const newest = new Map<string, EntryDraft>();
  for (const draft of [...(await durableDrafts(db)), ...allDrafts()]) {
    const known = newest.get(draft.entry.id);
    if (!known || draft.changedAt > known.changedAt) newest.set(draft.entry.id, draft);
  }
  return [...newest.values()].sort(byDayAndTime);
}
