import { useLiveQuery } from 'dexie-react-hooks';
import type { HumeurDb } from '../db/schema';
import { onJournalChange } from '../db/changes';

/** A read a screen makes through a live query, named so it can be made ahead of the screen. */
export interface LiveRead<T> {
  /** The read and its arguments, e.g. "day-entries:2025-03-14". */
  key: string;
  read(): Promise<T>;
}

/** How long primed values wait for their screen: the first screen mounts within a few frames. */
const PRIMED_FOR_MS = 10_000;

const primed = new WeakMap<HumeurDb, Map<string, unknown>>();

/** Values read ahead of the first screen, not yet handed to it. */
export interface ReadAhead {
  /** Hands them to the screens as first values, unless the journal changed since the reads began. */
  keep(): void;
  /** Forgets them (a locked journal shows its lock screen, not these). */
  drop(): void;
}

const NOTHING_READ: ReadAhead = { keep: () => undefined, drop: () => undefined };

/**
 * The first screen's reads, made together as soon as the journal is open, before the first render.
 * Without them each level of Today reads only once its parent has rendered (settings → first-run
 * check → the day's entries → the editor's clients and signals → "On this day"): a live query
 * starts after its component's effects, then waits for a timer and a database round, so the screen
 * came in five rounds. Once kept, each value is the first value of the live query of the same key
 * (useLiveRead); the live query then follows the database as usual.
 *
 * The app starts them beside the journal's other opening reads and keeps them only once it knows
 * the journal is not locked. A write or a change of the private journal's state from the moment the
 * reads begin until keep() drops them; a kept value is forgotten on any later write (this window's
 * or another's), when the private journal locks or opens, and after PRIMED_FOR_MS: it is never
 * older than the data. A read that fails is left to its screen, which reads again and reports it.
 */
export async function readAhead(db: HumeurDb, reads: LiveRead<unknown>[]): Promise<ReadAhead> {
  if (reads.length === 0) return NOTHING_READ;
  const values = new Map<string, unknown>();
  let changed = false;
  const stopWatching = onJournalChange(db, () => void (changed = true));
  // One read-only transaction for them all: one round with the database instead of one per read.
  await db
    .transaction('r', db.tables, () =>
      Promise.all(
        reads.map(({ key, read }) =>
          read().then(
            (value) => void values.set(key, value),
            () => undefined,
          ),
        ),
      ),
    )
    .catch(() => undefined);
  let settled = false;
  return {
    keep() {
      if (settled) return;
      settled = true;
      stopWatching();
      if (!changed && values.size > 0) keepPrimed(db, values);
    },
    drop() {
      settled = true;
      stopWatching();
    },
  };
}

function keepPrimed(db: HumeurDb, values: Map<string, unknown>): void {
  primed.set(db, values);
  const forget = () => {
    if (primed.get(db) === values) primed.delete(db);
    stopListening();
    clearTimeout(timer);
  };
  const stopListening = onJournalChange(db, forget);
  const timer = setTimeout(forget, PRIMED_FOR_MS);
}

/** The value primed for `key`, if any is still valid. */
export function primedValue<T>(db: HumeurDb, key: string): T | undefined {
  return primed.get(db)?.get(key) as T | undefined;
}

/**
 * useLiveQuery for a named read: the value primed for its key is there on the first render, then
 * the live query takes over. undefined while loading when nothing was primed.
 */
export function useLiveRead<T>(db: HumeurDb, read: LiveRead<T>, deps: unknown[]): T | undefined {
  const primed = primedValue<T>(db, read.key);
  // The live query's first answer is usually the primed value again: handing back the same object
  // spares the whole screen a second render right after its first (the page stays free for input).
  const querier = async () => {
    const value = await read.read();
    return primed !== undefined && samePlainData(primed, value) ? primed : value;
  };
  return useLiveQuery(querier, deps, primed);
}

/** Deep equality of JSON-like data (plain objects, arrays, primitives); anything else is never equal. */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => samePlainData(item, b[i]));
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && samePlainData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
