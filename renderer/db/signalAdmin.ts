/**
 * Managing signals from Settings: rename (both labels), hide, merge one into another, delete an
 * unused one — each returning what undo needs. Built-in signals come back on every start
 * (ensureDefaultSignals), so they are never deleted: merging one away hides it instead.
 */
import type { DayKey, Entry, EntryText, Result, Signal } from '../../shared/domain/types';
import { normaliseForSearch } from '../../shared/domain/search';
import { refreshDays } from './days';
import { toEntry } from './entries';
import { vaultOf } from './vault/state';
import { sealSignal } from './vault/records';
import { openSignal } from './signals';
import { toStoredEntry, type HumeurDb, type StoredEntry } from './schema';

export type SignalEditError = 'empty-label' | 'duplicate-label' | 'not-found' | 'in-use' | 'builtin' | 'same-signal';

/** How many days each signal was used on (with a client or for the day), e.g. { "scope-creep": 12 }. */
export async function signalDayCounts(db: HumeurDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.days.each((d) => {
    for (const id of d.signals) counts[id] = (counts[id] ?? 0) + 1;
  });
  return counts;
}

const usesSignal = (e: Entry, id: string) => e.signals.includes(id) || e.clients.some((c) => c.signals.includes(id));

/** Both labels, trimmed; one may stay empty (a signal named in one language), not both. */
export async function renameSignal(db: HumeurDb, id: string, label: EntryText): Promise<Result<Signal, SignalEditError>> {
  const next = { fr: label.fr.trim(), en: label.en.trim() };
  if (!next.fr && !next.en) return { ok: false, error: 'empty-label' };
  const vault = vaultOf(db);
  const stored = await db.signals.get(id);
  // With protection on, the user's own label is sealed before the transaction (WebCrypto cannot wait inside one).
  const record = stored && (await vault.track(sealSignal(vault, { ...stored, label: next })));
  return db.transaction('rw', db.signals, async () => {
    const raw = await db.signals.get(id);
    if (!raw || !record) return { ok: false, error: 'not-found' } as const;
    const current = openSignal(db, raw);
    // Only a changed label is checked: an imported "sport" beside "Sport" can still get its English name.
    const changed = (['fr', 'en'] as const).filter((l) => next[l] && normaliseForSearch(next[l]) !== normaliseForSearch(current.label[l]));
    const keys = changed.map((l) => normaliseForSearch(next[l]));
    const others = (await db.signals.toArray()).filter((s) => s.id !== id).map((s) => openSignal(db, s));
    if (others.some((s) => [s.label.fr, s.label.en].some((l) => l && keys.includes(normaliseForSearch(l))))) {
      return { ok: false, error: 'duplicate-label' } as const;
    }
    const renamed: Signal = { ...current, label: next };
    await db.signals.put(record);
    return { ok: true, value: renamed } as const;
  });
}

/** A hidden signal is no longer offered on Today or in filters, but stays on the days that carry it. */
export async function setSignalHidden(db: HumeurDb, id: string, hidden: boolean): Promise<void> {
  await db.signals.update(id, { archived: hidden || undefined });
}

/** What undoes a merge or a delete: the signal as it was, and the entries as they were. */
export interface SignalUndo {
  signal: Signal;
  entries: Entry[];
}

/**
 * Moves every use of `fromId` onto `intoId` (an entry with both keeps one), then deletes `fromId`
 * — or hides it when it is built in. One transaction with the day records, so Insights agrees.
 */
export async function mergeSignals(db: HumeurDb, fromId: string, intoId: string, now: number = Date.now()): Promise<Result<SignalUndo, SignalEditError>> {
  if (fromId === intoId) return { ok: false, error: 'same-signal' };
  return db.transaction('rw', [db.signals, db.entries, db.days], async () => {
    const [from, into] = await db.signals.bulkGet([fromId, intoId]);
    if (!from || !into) return { ok: false, error: 'not-found' } as const;
    const swap = (ids: string[]) => [...new Set(ids.map((s) => (s === fromId ? intoId : s)))];
    const touched = await db.entries.filter((e) => usesSignal(e, fromId)).toArray();
    const days = new Set<DayKey>();
    const updated: StoredEntry[] = touched.map((e) => {
      days.add(e.day);
      const entry = toEntry(e);
      return toStoredEntry({ ...entry, signals: swap(entry.signals), clients: entry.clients.map((c) => ({ ...c, signals: swap(c.signals) })), updatedAt: now });
    });
    await db.entries.bulkPut(updated);
    if (from.builtin) await db.signals.put({ ...from, archived: true });
    else await db.signals.delete(fromId);
    await refreshDays(db, days);
    return { ok: true, value: { signal: from, entries: touched.map(toEntry) } } as const;
  });
}

/** Deletes one of the user's own signals that no entry uses. */
export async function deleteSignal(db: HumeurDb, id: string): Promise<Result<SignalUndo, SignalEditError>> {
  return db.transaction('rw', [db.signals, db.entries], async () => {
    const signal = await db.signals.get(id);
    if (!signal) return { ok: false, error: 'not-found' } as const;
    if (signal.builtin) return { ok: false, error: 'builtin' } as const;
    if ((await db.entries.filter((e) => usesSignal(e, id)).count()) > 0) return { ok: false, error: 'in-use' } as const;
    await db.signals.delete(id);
    return { ok: true, value: { signal, entries: [] } } as const;
  });
}

/** Undo of a merge or a delete: the signal and the entries exactly as they were. */
export async function undoSignalChange(db: HumeurDb, undo: SignalUndo): Promise<void> {
  await db.transaction('rw', [db.signals, db.entries, db.days], async () => {
    await db.signals.put(undo.signal);
    await db.entries.bulkPut(undo.entries.map(toStoredEntry));
    await refreshDays(db, undo.entries.map((e) => e.day));
  });
}
