import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { HumeurDb } from '../db/schema';
import { vaultOf } from '../db/vault/state';

/** A read a screen makes through a live query, named so it can be made ahead of the screen. */
export interface LiveRead<T> {
  /** The read and its arguments, e.g. "day-entries:2025-03-14". */
  key: string;
  read(): Promise<T>;
}

/** How long primed values wait for their screen: the first screen mounts within a few frames. */
const PRIMED_FOR_MS = 10_000;

const primed = new WeakMap<HumeurDb, Map<string, unknown>>();

/**
 * The first screen's reads, made together as soon as the journal is open, before the first render.
 * Without them each level of Today reads only once its parent has rendered (settings → first-run
 * check → the day's entries → the editor's clients and signals → "On this day"): a live query
 * starts after its component's effects, then waits for a timer and a database round, so the screen
 * came in five rounds. Each primed value is the first value of the live query of the same key
 * (useLiveRead); the live query then follows the database as usual.
 *
 * A primed value is forgotten on any write to the journal (this window's or another's), when the
 * private journal locks or opens, and after PRIMED_FOR_MS: it is never older than the data.
 * A read that fails is left to its screen, which reads again and reports it.
 */
export async function primeReads(db: HumeurDb, reads: LiveRead<unknown>[]): Promise<void> {
  const values = new Map<string, unknown>();
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
  primed.set(db, values);
  const vault = vaultOf(db);
  const status = vault.status;
  let stopVault = () => {};
  const timer = setTimeout(() => forget(), PRIMED_FOR_MS);
  function forget() {
    if (primed.get(db) === values) primed.delete(db);
    Dexie.on('storagemutated').unsubscribe(forget);
    stopVault();
    clearTimeout(timer);
  }
  Dexie.on('storagemutated', forget);
  stopVault = vault.subscribe(() => {
    if (vault.status !== status) forget();
  });
}

/** The value primed for `key`, if any is still valid. */
export function primedValue<T>(db: HumeurDb, key: string): T | undefined {
  return primed.get(db)?.get(key) as T | undefined;
}

/** Forgets every primed value (tests, a journal replaced). */
export function forgetPrimed(db: HumeurDb): void {
  primed.delete(db);
}

/**
 * useLiveQuery for a named read: the value primed for its key is there on the first render, then
 * the live query takes over. undefined while loading when nothing was primed.
 */
export function useLiveRead<T>(db: HumeurDb, read: LiveRead<T>, deps: unknown[]): T | undefined {
  return useLiveQuery(read.read, deps, primedValue<T>(db, read.key));
}
