/**
 * Sealing a backup for a protected journal, and opening it again (docs/backup-format.md,
 * "Encrypted backups"). The plain backup's text is encrypted with AES-256-GCM (WebCrypto) under
 * a key derived from the journal's data key; the file carries the journal's two wrapped copies of
 * that data key (the key ring), so the same passphrase or recovery key that opens the journal
 * opens its backups — and after a change of passphrase, a backup made before opens with the
 * passphrase of its day, or with the recovery key.
 */
import type { Result } from '../domain/types';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../privacy/bytes';
import { openBytes, sealBytes } from '../privacy/aead';
import { backupKey, parseRecoveryKey, unwrapDataKey, type KeyRing, type Secret } from '../privacy/keys';
import {
  ENCRYPTED_BACKUP_CIPHER,
  ENCRYPTED_BACKUP_FORMAT,
  ENCRYPTED_BACKUP_VERSION,
  readEncryptedBackup,
  type EncryptedBackup,
} from './encryptedBackupFormat';

export { looksLikeEncryptedBackup, readEncryptedBackup, type EncryptedBackup } from './encryptedBackupFormat';

/** Associated data: the format, its version and the journal, so a ciphertext moved into another envelope fails to open. */
export const encryptedBackupAad = (journalId: string) => `${ENCRYPTED_BACKUP_FORMAT}/v${ENCRYPTED_BACKUP_VERSION}/${journalId}`;

/**
 * The envelope of a backup's text, as the file's text (2-space indentation, final line break).
 * `key` is the journal's backup key (JournalKeys.backups, from the same data key `ring` wraps).
 */
export async function sealBackupText(plain: string, ring: KeyRing, key: CryptoKey): Promise<string> {
  const sealed = await sealBytes(key, utf8(plain), encryptedBackupAad(ring.journalId));
  const envelope: EncryptedBackup = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: ENCRYPTED_BACKUP_VERSION,
    cipher: ENCRYPTED_BACKUP_CIPHER,
    // A journal's ring always wraps with Argon2id for the passphrase and HKDF for the recovery key (keys.ts).
    keyRing: { format: ring.format, journalId: ring.journalId, passphrase: ring.passphrase, recovery: ring.recovery } as EncryptedBackup['keyRing'],
    iv: toBase64(sealed.iv),
    ciphertext: toBase64(sealed.ct),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * 'wrong-secret': the passphrase (or recovery key) does not open this backup's key;
 * 'damaged': it does, but the ciphertext fails authentication — changed by a single bit, cut
 * short, or moved from another file. Nothing of it is trusted either way.
 */
export type OpenBackupError = 'wrong-secret' | 'damaged';

/** The plain backup's text, with the passphrase or the recovery key of the journal that wrote it. */
export async function openEncryptedBackup(envelope: EncryptedBackup, secret: Secret): Promise<Result<string, OpenBackupError>> {
  const dataKey = await unwrapDataKey(envelope.keyRing, secret);
  if (!dataKey) return { ok: false, error: 'wrong-secret' };
  return openWithKey(envelope, await backupKey(dataKey));
}

/**
 * With what the user typed in the one field of the restore prompt: a recovery key when it reads as
 * one (32 characters of its alphabet; tried first, it costs nothing), otherwise — or if it does
 * not open — the passphrase.
 */
export async function openEncryptedBackupTyped(envelope: EncryptedBackup, typed: string): Promise<Result<string, OpenBackupError>> {
  const kinds: Secret['kind'][] = parseRecoveryKey(typed) ? ['recovery', 'passphrase'] : ['passphrase'];
  for (const kind of kinds) {
    const opened = await openEncryptedBackup(envelope, { kind, text: typed });
    if (opened.ok || opened.error === 'damaged') return opened;
  }
  return { ok: false, error: 'wrong-secret' };
}

/** The same with the backup key at hand (an unlocked journal opening its own backup, or a check after sealing). */
export async function openWithKey(envelope: EncryptedBackup, key: CryptoKey): Promise<Result<string, OpenBackupError>> {
  try {
    const plain = await openBytes(key, { v: 1, iv: fromBase64(envelope.iv), ct: fromBase64(envelope.ciphertext) }, encryptedBackupAad(envelope.keyRing.journalId));
    return { ok: true, value: fromUtf8(plain) };
  } catch {
    return { ok: false, error: 'damaged' };
  }
}

/** Seals, then reads the file back and opens it: a backup that would not open is never written. */
export async function sealBackupTextChecked(plain: string, ring: KeyRing, key: CryptoKey): Promise<string> {
  const text = await sealBackupText(plain, ring, key);
  const read = readEncryptedBackup(text);
  if (!read.ok) throw new Error(`The encrypted backup was not written: ${read.error.detail}`);
  const opened = await openWithKey(read.value, key);
  if (!opened.ok || opened.value !== plain) throw new Error('The encrypted backup was not written: it would not open again');
  return text;
}
