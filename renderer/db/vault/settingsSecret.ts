/**
 * The one field of the settings the user wrote: the shared ideal-client checklist
 * (`settings.idealCriteria`, criteria labels such as "Pays on time"). With protection on it is
 * sealed like the per-client criteria, in an envelope on the settings record, and the stored
 * `idealCriteria` is null; everything else in the settings (language, theme, reminder…) stays in
 * clear, as the lock screen needs it. Reads are synchronous, from the vault's cache, as for
 * every sealed record.
 */
import type { Settings } from '../../../shared/domain/types';
import { isSealed, openJson, sealJson, type Sealed } from '../../../shared/privacy/aead';
import type { StoredSettings } from '../schema';
import { cached, recordAad, type SettingsSecret, type Vault } from './state';

const KEY = 'app';
const AAD = recordAad('settings', KEY, 'idealCriteria');

export const isSealedSettings = (stored: StoredSettings | undefined): stored is StoredSettings & { sealed: Sealed } => stored !== undefined && isSealed(stored.sealed);

/** The envelope of a checklist, its plaintext kept in the cache. */
export async function sealCriteria(vault: Vault, idealCriteria: Settings['idealCriteria']): Promise<Sealed> {
  const secret: SettingsSecret = { idealCriteria };
  const sealed = await sealJson(vault.requireKeys().records, secret, AAD);
  vault.settings.set(KEY, { iv: sealed.iv, value: secret });
  return sealed;
}

/** The settings record as it will be stored: sealed when protection is on, as it is otherwise. */
export async function sealSettings(vault: Vault, stored: StoredSettings): Promise<StoredSettings> {
  if (!vault.sealing || isSealedSettings(stored)) return stored;
  return { ...stored, idealCriteria: null, sealed: await sealCriteria(vault, stored.idealCriteria ?? null) };
}

/**
 * The settings with their checklist back. A sealed checklist this vault has not opened (locked,
 * or damaged) reads as the defaults; `isWritableSettings` keeps it from being overwritten.
 */
export function openSettingsRecord(vault: Vault, stored: StoredSettings): StoredSettings {
  if (!isSealedSettings(stored)) return stored;
  const { sealed, ...rest } = stored;
  const value = cached(vault.settings, KEY, sealed);
  return { ...rest, idealCriteria: value ? value.idealCriteria : null };
}

/** Decrypts the sealed checklist into the cache at unlock; a failed one is listed in `damaged`. */
export async function openSettingsIntoCache(vault: Vault, stored: StoredSettings | undefined): Promise<void> {
  if (!isSealedSettings(stored)) return;
  try {
    vault.settings.set(KEY, { iv: stored.sealed.iv, value: await openJson<SettingsSecret>(vault.requireKeys().records, stored.sealed, AAD) });
  } catch {
    vault.damaged.set(`settings:${KEY}`, { table: 'settings', id: KEY });
  }
}

/** The record in clear again (protection being turned off). */
export function plainSettings(vault: Vault, stored: StoredSettings): StoredSettings {
  const { sealed: _s, ...opened } = openSettingsRecord(vault, stored);
  return opened;
}
