/**
 * The journal's keys. One random 256-bit data key encrypts every record; it is stored only
 * wrapped (AES-256-GCM) by a key derived from the passphrase with Argon2id (hash-wasm), and
 * wrapped a second time by a key derived from the recovery key with HKDF-SHA-256 (the recovery
 * key is 160 random bits: nothing to stretch). Parameters travel with each wrapped copy, so they
 * can be raised later without breaking older journals or backups.
 */
import { argon2id } from 'hash-wasm';
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { importAesKey, openBytes, sealBytes } from './aead';
import { normalisePassphrase } from './passphrase';

export interface Argon2idParams {
  name: 'argon2id';
  /** Argon2 version 0x13. */
  version: 19;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  /** base64, 16 random bytes */
  salt: string;
}

export interface HkdfParams {
  name: 'hkdf-sha256';
  /** base64, 16 random bytes */
  salt: string;
}

/** RFC 9106's second recommended option, one lane (WebAssembly here runs on one thread): 64 MiB, 3 passes. */
export const DEFAULT_ARGON2ID = { memoryKiB: 65536, iterations: 3, parallelism: 1 } as const;

export interface WrappedKey {
  kdf: Argon2idParams | HkdfParams;
  /** base64 */
  iv: string;
  /** base64: the data key under AES-256-GCM, tag included */
  ct: string;
}

/** What a protected journal (and an encrypted backup) stores about its key: no secret in clear. */
export interface KeyRing {
  format: 1;
  /** Random id of the journal, e.g. to tell a backup of another journal. */
  journalId: string;
  passphrase: WrappedKey;
  recovery: WrappedKey;
}

export type Secret = { kind: 'passphrase'; text: string } | { kind: 'recovery'; text: string };

export async function deriveArgon2id(passphrase: string, params: Omit<Argon2idParams, 'name' | 'version'>): Promise<Uint8Array<ArrayBuffer>> {
  const out = await argon2id({
    password: utf8(normalisePassphrase(passphrase)),
    salt: fromBase64(params.salt),
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(out);
}

// Crockford's base32: no I, L, O, U, so a printed key is read back without confusion.
const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 20 random bytes as 32 characters in 8 groups, e.g. "7K2Q-M9XD-…". */
export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/** Reads a recovery key as typed: any case, spaces or dashes, O for 0 and I/L for 1. Null if malformed. */
export function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 32 || [...clean].some((c) => !B32.includes(c))) return null;
  const bytes = new Uint8Array(20);
  let bits = 0;
  let value = 0;
  let i = 0;
  for (const c of clean) {
    value = ((value << 5) | B32.indexOf(c)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes[i++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return bytes;
}

async function hkdf(ikm: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>, info: string): Promise<Uint8Array<ArrayBuffer>> {
  const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: utf8(info) }, base, 256));
}

/** The key-encryption key for one wrapped copy, or null when the secret cannot be right (a malformed recovery key). */
async function wrappingKey(secret: Secret, kdf: WrappedKey['kdf']): Promise<CryptoKey | null> {
  if (kdf.name === 'argon2id') {
    if (secret.kind !== 'passphrase') return null;
    return importAesKey(await deriveArgon2id(secret.text, kdf));
  }
  const bytes = secret.kind === 'recovery' ? parseRecoveryKey(secret.text) : null;
  if (!bytes) return null;
  return importAesKey(await hkdf(bytes, fromBase64(kdf.salt), 'humeur recovery key v1'));
}

const wrapAad = (journalId: string, kind: Secret['kind']) => `humeur/v1/key/${journalId}/${kind}`;

export async function wrapDataKey(
  dataKey: Uint8Array<ArrayBuffer>,
  secret: Secret,
  journalId: string,
  params: Omit<Argon2idParams, 'name' | 'version' | 'salt'> = DEFAULT_ARGON2ID,
): Promise<WrappedKey> {
  const salt = toBase64(randomBytes(16));
  const kdf: WrappedKey['kdf'] = secret.kind === 'passphrase' ? { name: 'argon2id', version: 19, ...params, salt } : { name: 'hkdf-sha256', salt };
  const kek = await wrappingKey(secret, kdf);
  if (!kek) throw new Error('malformed recovery key');
  const sealed = await sealBytes(kek, dataKey, wrapAad(journalId, secret.kind));
  return { kdf, iv: toBase64(sealed.iv), ct: toBase64(sealed.ct) };
}

/** The raw data key, or null when the passphrase or recovery key is wrong. */
export async function unwrapDataKey(ring: KeyRing, secret: Secret): Promise<Uint8Array<ArrayBuffer> | null> {
  const wrapped = secret.kind === 'passphrase' ? ring.passphrase : ring.recovery;
  const kek = await wrappingKey(secret, wrapped.kdf);
  if (!kek) return null;
  try {
    return await openBytes(kek, { v: 1, iv: fromBase64(wrapped.iv), ct: fromBase64(wrapped.ct) }, wrapAad(ring.journalId, secret.kind));
  } catch {
    return null;
  }
}

/** A new journal key and its two wrapped copies; the recovery key is shown once and never stored. */
export async function createKeyRing(passphrase: string, params: Omit<Argon2idParams, 'name' | 'version' | 'salt'> = DEFAULT_ARGON2ID): Promise<{ ring: KeyRing; dataKey: Uint8Array<ArrayBuffer>; recoveryKey: string }> {
  const dataKey = randomBytes(32);
  const recoveryKey = formatRecoveryKey(randomBytes(20));
  const journalId = toBase64(randomBytes(12)).replace(/[+/=]/g, '');
  const [wrappedPassphrase, wrappedRecovery] = [
    await wrapDataKey(dataKey, { kind: 'passphrase', text: passphrase }, journalId, params),
    await wrapDataKey(dataKey, { kind: 'recovery', text: recoveryKey }, journalId),
  ];
  return { ring: { format: 1, journalId, passphrase: wrappedPassphrase, recovery: wrappedRecovery }, dataKey, recoveryKey };
}

/** The record cipher, the name-index key and the backup cipher, all derived from the data key so they never meet. */
export interface JournalKeys {
  records: CryptoKey;
  names: CryptoKey;
  backups: CryptoKey;
}

/** The key that encrypts the journal's backups (shared/export/encryptedBackup.ts). */
export async function backupKey(dataKey: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return importAesKey(await hkdf(dataKey, new Uint8Array(0), 'humeur backups v1'));
}

export async function journalKeys(dataKey: Uint8Array<ArrayBuffer>): Promise<JournalKeys> {
  const salt = new Uint8Array(0);
  const records = await importAesKey(await hkdf(dataKey, salt, 'humeur records v1'));
  const names = await crypto.subtle.importKey('raw', await hkdf(dataKey, salt, 'humeur names v1'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { records, names, backups: await backupKey(dataKey) };
}

/** A keyed digest of a client's name, so the database still refuses two "Acme" without storing the name. */
export async function nameDigest(keys: JournalKeys, nameKey: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.names, utf8(nameKey)));
  return '#' + toBase64(mac.subarray(0, 18));
}
