/**
 * AES-256-GCM through WebCrypto, the one cipher of the journal: a fresh random 96-bit IV for
 * every encryption, and associated data that binds a ciphertext to its place, e.g.
 * "humeur/v1/entries/3f2a…/text": a ciphertext copied onto another record or field fails to open.
 */
import { randomBytes, utf8 } from './bytes';

/** Associated data: a label such as "humeur/v1/entries/<id>/text", or bytes (test vectors). */
export type Aad = string | Uint8Array<ArrayBuffer>;
const aadBytes = (aad: Aad) => (typeof aad === 'string' ? utf8(aad) : aad);

/** An encrypted value as stored in IndexedDB (bytes kept as bytes) or in a file (as base64). */
export interface Sealed {
  /** Envelope version: 1 = AES-256-GCM, 12-byte IV, 16-byte tag appended to the ciphertext. */
  v: 1;
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

export const IV_BYTES = 12;

export function isSealed(value: unknown): value is Sealed {
  const v = value as Sealed | null;
  return typeof v === 'object' && v !== null && v.v === 1 && ArrayBuffer.isView(v.iv) && ArrayBuffer.isView(v.ct);
}

export async function importAesKey(raw: Uint8Array<ArrayBuffer>, usages: KeyUsage[] = ['encrypt', 'decrypt']): Promise<CryptoKey> {
  if (raw.length !== 32) throw new Error('AES-256 needs a 32-byte key');
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, usages);
}

/** `iv` is for known-answer tests only; real callers let a fresh one be drawn. */
export async function sealBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, aad: Aad, iv: Uint8Array<ArrayBuffer> = randomBytes(IV_BYTES)): Promise<Sealed> {
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aadBytes(aad), tagLength: 128 }, key, plain);
  return { v: 1, iv, ct: new Uint8Array(ct) };
}

/** Throws (an OperationError) when the key, the associated data or a single bit of the ciphertext differs. */
export async function openBytes(key: CryptoKey, sealed: Sealed, aad: Aad): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: aadBytes(aad), tagLength: 128 }, key, sealed.ct);
  return new Uint8Array(plain);
}

export async function sealJson(key: CryptoKey, value: unknown, aad: Aad): Promise<Sealed> {
  return sealBytes(key, utf8(JSON.stringify(value)), aad);
}

export async function openJson<T>(key: CryptoKey, sealed: Sealed, aad: Aad): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await openBytes(key, sealed, aad))) as T;
}
