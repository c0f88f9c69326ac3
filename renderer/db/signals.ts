import type { Result, Signal } from '../../shared/domain/types';
import { DEFAULT_SIGNALS, signalLabel } from '../../shared/domain/signals';
import { normaliseForSearch } from '../../shared/domain/search';
import { newId } from './ids';
import type { HumeurDb, StoredSignal } from './schema';
import { vaultOf } from './vault/state';
import { openSignalRecord, sealSignal } from './vault/records';

/** A stored signal as features see it: the user's own label decrypted when protection is on. */
export function openSignal(db: HumeurDb, stored: StoredSignal): Signal {
  return openSignalRecord(vaultOf(db), stored);
}

export async function listSignals(db: HumeurDb): Promise<Signal[]> {
  return (await db.signals.toArray()).map((s) => openSignal(db, s));
}

export type SignalError = 'empty-label' | 'duplicate-label';

/** Adds the built-in signals a journal lacks (first start, or after a new version adds one). */
export async function ensureDefaultSignals(db: HumeurDb, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.signals, async () => {
    const existing = new Set((await db.signals.toArray()).map((s) => s.id));
    const missing = DEFAULT_SIGNALS.filter((s) => !existing.has(s.id));
    if (missing.length) await db.signals.bulkAdd(missing.map((s) => ({ ...s, label: { ...s.label }, builtin: true, createdAt: now })));
  });
}

/** A user's own signal, named in the language they typed it in (shown as-is in the other language). */
export async function addSignal(
  db: HumeurDb,
  label: string,
  lang: 'fr' | 'en',
  now: number = Date.now(),
): Promise<Result<Signal, SignalError>> {
  const text = label.trim();
  if (!text) return { ok: false, error: 'empty-label' };
  const vault = vaultOf(db);
  const signal: Signal = { id: newId(), label: { fr: lang === 'fr' ? text : '', en: lang === 'en' ? text : '' }, builtin: false, createdAt: now };
  const record = await vault.track(sealSignal(vault, signal));
  return db.transaction('rw', db.signals, async () => {
    const key = normaliseForSearch(text);
    const all = (await db.signals.toArray()).map((s) => openSignal(db, s));
    if (all.some((s) => normaliseForSearch(s.label.fr) === key || normaliseForSearch(s.label.en) === key)) {
      return { ok: false, error: 'duplicate-label' } as const;
    }
    await db.signals.add(record);
    return { ok: true, value: signal } as const;
  });
}

export function sortSignals(list: Signal[], lang: 'fr' | 'en'): Signal[] {
  return [...list].sort((a, b) => Number(b.builtin) - Number(a.builtin) || signalLabel(a, lang).localeCompare(signalLabel(b, lang), lang));
}
