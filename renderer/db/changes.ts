import { Dexie } from 'dexie';
import type { HumeurDb } from './schema';
import { vaultOf } from './vault/state';

/**
 * Calls `listener` whenever what the journal reads back may have changed: any write (this window's
 * or another's, through Dexie's storage-mutation events) and any change of the private journal's
 * state (locked, opened). For copies kept in memory that must never be older than the database.
 * Returns the function that stops listening.
 */
export function onJournalChange(db: HumeurDb, listener: () => void): () => void {
  const onWrite = () => listener();
  Dexie.on('storagemutated', onWrite);
  const stopVault = vaultOf(db).subscribe(listener);
  return () => {
    Dexie.on('storagemutated').unsubscribe(onWrite);
    stopVault();
  };
}
