/**
 * The shape of Humeur's encrypted backup, version 1 (docs/backup-format.md, "Encrypted backups"):
 * what a backup becomes when the journal is protected by a passphrase, e.g.
 *
 *   {
 *     "format": "humeur-encrypted-backup",
 *     "version": 1,
 *     "cipher": "AES-256-GCM",
 *     "keyRing": { "format": 1, "journalId": "…", "passphrase": { "kdf": { "name": "argon2id", … }, … }, "recovery": { … } },
 *     "iv": "…",
 *     "ciphertext": "…"
 *   }
 *
 * Only the shape is here, without any cryptography, so the main process can check a file it has
 * no key for (electron/ipc/backups.ts) and the Import screen can tell one from a plain backup.
 * Sealing and opening are in encryptedBackup.ts.
 */
import { z } from 'zod';
import type { Result } from '../domain/types';
import { isRecord, readBackupJson, type BackupError } from '../import/humeurBackup';

export const ENCRYPTED_BACKUP_FORMAT = 'humeur-encrypted-backup';
/** The version this build writes and the newest it reads. */
export const ENCRYPTED_BACKUP_VERSION = 1;
export const ENCRYPTED_BACKUP_CIPHER = 'AES-256-GCM';

/** Bytes a canonical base64 string stands for, or -1 when it is not one. */
export function base64Length(text: string): number {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return -1;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

const base64 = (check: (bytes: number) => boolean, expected: string) =>
  z.string().refine((s) => {
    const n = base64Length(s);
    return n >= 0 && check(n);
  }, `Expected base64 of ${expected}`);
const bytes = (n: number) => base64((b) => b === n, `${n} bytes`);

/**
 * Argon2id as keys.ts writes it. The bounds keep a hand-made file from asking for gigabytes of
 * memory or hours of work before the passphrase is even checked; today's cost is 64 MiB, 3 passes.
 */
const argon2idSchema = z.object({
  name: z.literal('argon2id'),
  version: z.literal(19),
  memoryKiB: z.number().int().min(8).max(1024 * 1024),
  iterations: z.number().int().min(1).max(64),
  parallelism: z.number().int().min(1).max(16),
  salt: bytes(16),
});

const hkdfSchema = z.object({ name: z.literal('hkdf-sha256'), salt: bytes(16) });

/** A 32-byte data key under AES-256-GCM: 48 bytes with its tag. */
const wrapped = <K extends z.ZodType>(kdf: K) => z.object({ kdf, iv: bytes(12), ct: bytes(48) });

export const keyRingSchema = z.object({
  format: z.literal(1),
  journalId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'Expected a journal id of letters and digits'),
  passphrase: wrapped(argon2idSchema),
  recovery: wrapped(hkdfSchema),
});

export const encryptedBackupSchema = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(ENCRYPTED_BACKUP_VERSION),
  cipher: z.literal(ENCRYPTED_BACKUP_CIPHER),
  keyRing: keyRingSchema,
  iv: bytes(12),
  /** The plain backup's UTF-8 text, encrypted, with the 16-byte tag at its end. */
  ciphertext: base64((n) => n > 16, 'more than 16 bytes'),
});

/** An encrypted backup's envelope; its key ring is a KeyRing of shared/privacy/keys.ts (not imported here: no WebCrypto in this file). */
export type EncryptedBackup = z.infer<typeof encryptedBackupSchema>;

/** An encrypted backup says so at its start, e.g. `{ "format": "humeur-encrypted-backup", …`. */
export function looksLikeEncryptedBackup(head: string | Uint8Array): boolean {
  const text = (typeof head === 'string' ? head.slice(0, 4096) : new TextDecoder('utf-8').decode(head.subarray(0, 4096))).replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') && new RegExp(`"format"\\s*:\\s*"${ENCRYPTED_BACKUP_FORMAT}"`).test(text);
}

/**
 * Reads the envelope of an encrypted backup without opening it: JSON → format → version (newer
 * than this build: refused) → every field's shape and size. Errors are the plain backup's
 * (shared/import/humeurBackup.ts), so they are worded the same way for the user.
 */
export function readEncryptedBackup(content: string | Uint8Array): Result<EncryptedBackup, BackupError> {
  const json = readBackupJson(content);
  if (!json.ok) return json;
  const value = json.value;
  if (!isRecord(value) || value.format !== ENCRYPTED_BACKUP_FORMAT) {
    return { ok: false, error: { code: 'not-a-backup', path: 'format', detail: `Expected format "${ENCRYPTED_BACKUP_FORMAT}"` } };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'invalid-version', path: 'version', detail: `Expected a whole number from 1, found ${JSON.stringify(version)}` } };
  }
  if (version > ENCRYPTED_BACKUP_VERSION) {
    return {
      ok: false,
      error: { code: 'version-too-new', path: 'version', version, detail: `Encrypted format version ${version} is newer than ${ENCRYPTED_BACKUP_VERSION}, the newest this build reads` },
    };
  }
  const parsed = encryptedBackupSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String).join('.');
    return { ok: false, error: { code: 'invalid-field', path, detail: `${path}: ${issue.message}` } };
  }
  return { ok: true, value: parsed.data };
}
