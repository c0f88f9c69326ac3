/**
 * The settings record. With protection on, its ideal-client checklist is sealed
 * (vault/settingsSecret.ts): reads open it from the vault's cache, writes seal it before their
 * transaction, and a write that does not change it keeps its envelope as it is.
 */
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/types';
import type { Sealed } from '../../shared/privacy/aead';
import type { HumeurDb, StoredSettings } from './schema';
import { vaultOf } from './vault/state';
import { isSealedSettings, openSettingsRecord, sealCriteria } from './vault/settingsSecret';

export async function readSettings(db: HumeurDb): Promise<Settings> {
  const stored = await db.settings.get('app');
  if (!stored) return { ...DEFAULT_SETTINGS };
  const { key: _k, sealed: _s, ...settings } = openSettingsRecord(vaultOf(db), stored);
  return { ...DEFAULT_SETTINGS, ...settings };
}

export async function updateSettings(db: HumeurDb, patch: Partial<Settings>): Promise<Settings> {
  const vault = vaultOf(db);
  const changesCriteria = 'idealCriteria' in patch;
  // WebCrypto cannot be awaited inside the transaction: the checklist is sealed before it.
  const sealed: Sealed | undefined = changesCriteria && vault.mode === 'seal' ? await vault.track(sealCriteria(vault, patch.idealCriteria ?? null)) : undefined;
  return db.transaction('rw', db.settings, async () => {
    const stored = await db.settings.get('app');
    const next = { ...(await readSettings(db)), ...patch };
    let record: StoredSettings = { key: 'app', ...next };
    if (sealed) record = { ...record, idealCriteria: null, sealed };
    // Unchanged, a sealed checklist keeps its envelope (even one this vault could not open).
    else if (!changesCriteria && isSealedSettings(stored)) record = { ...record, idealCriteria: null, sealed: stored.sealed };
    await db.settings.put(record);
    return next;
  });
}

export async function readMeta<T>(db: HumeurDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function writeMeta(db: HumeurDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
