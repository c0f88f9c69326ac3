import type { DayKey, Entry, EntryKind, Result } from '../../shared/domain/types';
import { isDayKey, todayKey } from '../../shared/domain/dates';
import { searchTokens } from '../../shared/domain/search';
import { newId } from './ids';
import { refreshDays } from './days';
import { toStoredEntry, type HumeurDb, type StoredEntry } from './schema';
import { vaultOf } from './vault/state';
import { onJournalChange } from './changes';
import { isWritable, openEntryRecord, sealEntry } from './vault/records';

export type EntryError = 'invalid-day' | 'future-day' | 'invalid-rating' | 'unknown-client' | 'invalid-hours' | 'unreadable';

/** A new, empty entry for a day, e.g. the evening review of "2024-10-01" at 21:35. */
export function blankEntry(day: DayKey, time: string, kind: EntryKind, now: number): Entry {
  return {
    id: newId(),
    day,
    time,
    kind,
    mood: null,
    energy: null,
    text: { fr: '', en: '' },
    clients: [],
    signals: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** The domain record without the index fields the database adds. */
export function toEntry(stored: StoredEntry): Entry {
  // Index fields are derived on write; dropping them keeps backups and exports clean.
  const { clientIds: _c, words: _w, sourceKey: _s, sealed: _x, ...entry } = stored;
  return entry;
}

/** A stored entry as features see it: decrypted when protection is on, without index fields. */
export function openEntry(db: HumeurDb, stored: StoredEntry): Entry {
  return toEntry(openEntryRecord(vaultOf(db), stored));
}

const isRating = (v: number | null) => v === null || (Number.isInteger(v) && v >= 1 && v <= 5);

export function validateEntry(entry: Entry, today: DayKey): EntryError | null {
  if (!isDayKey(entry.day)) return 'invalid-day';
  if (entry.day > today) return 'future-day';
  if (!isRating(entry.mood) || !isRating(entry.energy)) return 'invalid-rating';
  for (const link of entry.clients) {
    if (link.hours !== undefined && !(Number.isFinite(link.hours) && link.hours >= 0 && link.hours <= 24)) return 'invalid-hours';
  }
  return null;
}

/**
 * Saves an entry and refreshes the compact day record(s) in one transaction, so Insights never
 * sees an entry without its day (or the other way round).
 */
export async function saveEntry(
  db: HumeurDb,
  entry: Entry,
  options: { now?: number; today?: DayKey } = {},
): Promise<Result<Entry, EntryError>> {
  const now = options.now ?? Date.now();
  const error = validateEntry(entry, options.today ?? todayKey());
  if (error) return { ok: false, error };
  const saved: Entry = { ...entry, updatedAt: now };
  const vault = vaultOf(db);
  // A sealed entry this vault could not read keeps its text: refuse to write over it.
  const before = vault.status === 'unlocked' ? await db.entries.get(saved.id) : undefined;
  if (before && !isWritable(vault, before)) return { ok: false, error: 'unreadable' };
  // Encrypt before the transaction: awaiting WebCrypto inside it would let IndexedDB commit early.
  const record = await vault.track(sealEntry(vault, toStoredEntry(saved)));
  return db.transaction('rw', [db.entries, db.days, db.clients], async () => {
    const ids = [...new Set(saved.clients.map((c) => c.clientId))];
    const known = await db.clients.bulkGet(ids);
    if (known.some((c) => !c)) return { ok: false, error: 'unknown-client' } as const;
    const previous = await db.entries.get(saved.id);
    await db.entries.put(record);
    await refreshDays(db, previous && previous.day !== saved.day ? [previous.day, saved.day] : [saved.day]);
    return { ok: true, value: saved } as const;
  });
}

/** Deletes an entry and returns it, so the caller can offer undo with `restoreEntry`. */
export async function deleteEntry(db: HumeurDb, id: string): Promise<Entry | undefined> {
  return db.transaction('rw', [db.entries, db.days], async () => {
    const stored = await db.entries.get(id);
    if (!stored) return undefined;
    await db.entries.delete(id);
    await refreshDays(db, [stored.day]);
    vaultOf(db).unindexEntry(id);
    return openEntry(db, stored);
  });
}

/** Puts back an entry exactly as it was (undo of a delete). */
export async function restoreEntry(db: HumeurDb, entry: Entry): Promise<void> {
  const vault = vaultOf(db);
  const record = await vault.track(sealEntry(vault, toStoredEntry(entry)));
  await db.transaction('rw', [db.entries, db.days], async () => {
    await db.entries.put(record);
    await refreshDays(db, [entry.day]);
  });
}

export async function getEntry(db: HumeurDb, id: string): Promise<Entry | undefined> {
  const stored = await db.entries.get(id);
  return stored && openEntry(db, stored);
}

/** A day's entries in time order. */
export async function entriesOfDay(db: HumeurDb, day: DayKey): Promise<Entry[]> {
  const list = await db.entries.where('day').equals(day).toArray();
  return list.map((e) => openEntry(db, e)).sort((a, b) => a.time.localeCompare(b.time) || a.createdAt - b.createdAt);
}

export interface JournalQuery {
  text?: string;
  clientId?: string;
  signalId?: string;
  /** Only entries with text in this language. */
  language?: 'fr' | 'en';
  from?: DayKey;
  to?: DayKey;
  /** Only days whose mood (or energy) is in this range, e.g. "my bad days": mood 1–2. */
  rating?: RatingRange;
  limit?: number;
}

export interface RatingRange {
  metric: 'mood' | 'energy';
  min: number;
  max: number;
}

/** Whether a stored entry passes a journal query; `tokens` are the query's search tokens. */
export const matchesJournalQuery = (e: StoredEntry, q: JournalQuery, tokens: readonly string[]) =>
  (!q.clientId || e.clientIds.includes(q.clientId)) &&
  (!q.signalId || e.signals.includes(q.signalId) || e.clients.some((c) => c.signals.includes(q.signalId!))) &&
  (!q.language || e.text[q.language].trim() !== '') &&
  (!q.from || e.day >= q.from) &&
  (!q.to || e.day <= q.to) &&
  tokens.every((t) => e.words.some((w) => w.startsWith(t)));

/**
 * The records of the last search by words, by id. The next keystroke usually narrows the same word
 * ("reunio" → "reunion"), whose matches are all among them: only their keys are read from the
 * index then, not every record again. Forgotten on any write to the journal and when the private
 * journal locks or opens, so a record is never older than the database's.
 */
const lastCandidates = new WeakMap<HumeurDb, Map<string, StoredEntry>>();
/** Counts the times the records were forgotten: a search that ran across a write keeps nothing. */
const generations = new WeakMap<HumeurDb, number>();

function followWrites(db: HumeurDb): void {
  if (generations.has(db)) return;
  generations.set(db, 0);
  const forget = () => {
    lastCandidates.delete(db);
    generations.set(db, (generations.get(db) ?? 0) + 1);
  };
  onJournalChange(db, forget);
  db.on('close', forget);
}

/** Every stored entry with a word starting with `lead`. */
async function wordCandidates(db: HumeurDb, lead: string): Promise<StoredEntry[]> {
  followWrites(db);
  const generation = generations.get(db);
  // A word index holds an entry once per word: "réunion, réunions" lists it twice.
  const keys = new Set(await db.entries.where('words').startsWith(lead).primaryKeys());
  const known = lastCandidates.get(db);
  const found = new Map<string, StoredEntry>();
  const missing: string[] = [];
  for (const id of keys) {
    const record = known?.get(id);
    if (record) found.set(id, record);
    else missing.push(id);
  }
  if (missing.length) for (const record of await db.entries.bulkGet(missing)) if (record) found.set(record.id, record);
  if (generations.get(db) === generation) lastCandidates.set(db, found);
  return [...found.values()];
}

/**
 * Journal search, newest first. Text matches by word prefix, ignoring case and accents in both
 * languages ("ete" finds "Été"); the rarest-looking token (the longest) drives the index lookup.
 */
export async function queryEntries(db: HumeurDb, q: JournalQuery): Promise<Entry[]> {
  const tokens = searchTokens(q.text ?? '');
  const limit = q.limit ?? Infinity;
  const vault = vaultOf(db);
  const open = (e: StoredEntry) => openEntryRecord(vault, e);
  let candidates: StoredEntry[];
  if (tokens.length > 0) {
    const lead = [...tokens].sort((a, b) => b.length - a.length)[0];
    // Plaintext entries carry their words on disk; sealed ones are found in the vault's in-memory index.
    candidates = await wordCandidates(db, lead);
    if (vault.status === 'unlocked') {
      const known = new Set(candidates.map((e) => e.id));
      const ids = [...vault.searchIds(tokens)].filter((id) => !known.has(id));
      if (ids.length) candidates.push(...((await db.entries.bulkGet(ids)).filter(Boolean) as StoredEntry[]));
    }
  } else if (q.clientId) {
    candidates = await db.entries.where('clientIds').equals(q.clientId).toArray();
  } else {
    const result: Entry[] = [];
    await db.entries
      .orderBy('day')
      .reverse()
      .until(() => result.length >= limit)
      .each((stored) => {
        const e = open(stored);
        if (matchesJournalQuery(e, q, tokens)) result.push(toEntry(e));
      });
    return sortNewestFirst(result);
  }
  return sortNewestFirst(candidates.map(open).filter((e) => matchesJournalQuery(e, q, tokens)).map(toEntry)).slice(0, limit);
}

/** Newest day first, and within a day the latest time first. */
export function newestFirst(a: Entry, b: Entry): number {
  return b.day.localeCompare(a.day) || b.time.localeCompare(a.time) || b.createdAt - a.createdAt;
}

function sortNewestFirst(list: Entry[]): Entry[] {
  return list.sort(newestFirst);
}
