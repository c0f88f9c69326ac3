import type { DayKey, Entry } from '../../../shared/domain/types';

/**
 * A synchronous copy of the entry being typed, kept in localStorage so that a crash, a reload or
 * a closed window mid-sentence loses nothing: IndexedDB writes are asynchronous and may not land
 * before the page goes away. Stored as { entry, changedAt } under "humeur.draft.<entry id>".
 */
export interface EntryDraft {
  entry: Entry;
  /** Epoch ms of the last change, compared with the stored entry's `updatedAt`. */
  changedAt: number;
}

const PREFIX = 'humeur.draft.';

export function draftKey(entryId: string): string {
  return PREFIX + entryId;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return null;
  }
}

function parseDraft(raw: string | null): EntryDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as EntryDraft;
    if (!value || typeof value.changedAt !== 'number' || typeof value.entry?.id !== 'string') return null;
    return value;
  } catch {
    return null;
  }
}

/** Returns false when the browser refused (quota, private mode); the database save still runs. */
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

/** Called when a save lands, and when an entry is deleted, so a draft never brings it back. */
export function clearDraft(entryId: string): void {
  try {
    storage()?.removeItem(draftKey(entryId));
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}

/** Every draft left in this browser profile, in day and time order. */
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
  return found.sort(
    (a, b) => a.entry.day.localeCompare(b.entry.day) || a.entry.time.localeCompare(b.entry.time) || a.entry.createdAt - b.entry.createdAt,
  );
}

/** Every draft of a day, e.g. a first end-of-day review typed and then interrupted before its first save. */
export function draftsOfDay(day: DayKey): EntryDraft[] {
  return allDrafts().filter((d) => d.entry.day === day);
}
