import type { HumeurDb } from '../db/schema';
import { writeMeta } from '../db/settings';

export type StorageStatus = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep the journal even under storage pressure, and records the answer
 * so Settings can show it. Electron grants it; a browser may say no.
 */
export async function requestPersistentStorage(): Promise<StorageStatus> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

export function startStorageCheck(db: HumeurDb): void {
  void requestPersistentStorage().then((status) => writeMeta(db, 'storageStatus', status));
}
