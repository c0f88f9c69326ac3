/**
 * The encrypted backup envelope (shared/export/encryptedBackup.ts): a real backup sealed with a
 * journal's key ring opens with its passphrase or its recovery key and gives back the same bytes;
 * everything else — a wrong secret, a changed bit, a cut file, a future version, another
 * journal's envelope — is refused with a reason, and nothing of the content comes out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEncryptedBackup, openEncryptedBackupTyped, openWithKey, sealBackupText, sealBackupTextChecked } from '../../shared/export/encryptedBackup';
import { base64Length, looksLikeEncryptedBackup, readEncryptedBackup, type EncryptedBackup } from '../../shared/export/encryptedBackupFormat';
import { backupErrorMessage, parseBackup } from '../../shared/import/humeurBackup';
import { fromBase64, toBase64 } from '../../shared/privacy/bytes';
import { backupKey, createKeyRing, type KeyRing } from '../../shared/privacy/keys';

const CHEAP = { memoryKiB: 256, iterations: 1, parallelism: 1 };
const PLAIN = readFileSync(path.join(__dirname, '../fixtures/backup/humeur-backup-v1.json'), 'utf8');

let ring: KeyRing;
let key: CryptoKey;
let recoveryKey: string;
let sealed: string;

beforeAll(async () => {
  const made = await createKeyRing('une phrase assez longue', CHEAP);
  ring = made.ring;
  recoveryKey = made.recoveryKey;
  key = await backupKey(made.dataKey);
  sealed = await sealBackupTextChecked(PLAIN, ring, key);
});

function envelope(text = sealed): EncryptedBackup {
  const read = readEncryptedBackup(text);
  if (!read.ok) throw new Error(read.error.detail);
  return read.value;
}

/** The envelope with one field replaced, as text. */
const edited = (change: (raw: Record<string, unknown>) => void) => {
  const raw = JSON.parse(sealed) as Record<string, unknown>;
  change(raw);
  return JSON.stringify(raw);
};

describe('encrypted backup envelope', () => {
  it('opens with the passphrase and gives back the plain backup byte for byte', async () => {
    const opened = await openEncryptedBackup(envelope(), { kind: 'passphrase', text: 'une phrase assez longue' });
    expect(opened).toEqual({ ok: true, value: PLAIN });
    expect(parseBackup(opened.ok ? opened.value : '').ok).toBe(true);
  });

  it('opens with the recovery key, typed in lower case with spaces', async () => {
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect(await openEncryptedBackup(envelope(), { kind: 'recovery', text: typed })).toEqual({ ok: true, value: PLAIN });
  });

  it('opens from the one field of the prompt with either secret', async () => {
    expect(await openEncryptedBackupTyped(envelope(), 'une phrase assez longue')).toEqual({ ok: true, value: PLAIN });
    expect(await openEncryptedBackupTyped(envelope(), ` ${recoveryKey.replace(/0/g, 'O')} `)).toEqual({ ok: true, value: PLAIN });
    expect(await openEncryptedBackupTyped(envelope(), 'Une phrase assez longue')).toEqual({ ok: false, error: 'wrong-secret' });
  });

  it('keeps accents and emoji of the journal intact', async () => {
    const text = PLAIN.replace('"fr": "', '"fr": "Été 👍🏽 — ');
    const opened = await openWithKey(envelope(await sealBackupText(text, ring, key)), key);
    expect(opened).toEqual({ ok: true, value: text });
  });

  it('holds no plaintext: neither an entry text nor a client name appears in the file', () => {
    const backup = parseBackup(PLAIN);
    if (!backup.ok) throw new Error('fixture');
    const words = [...backup.value.clients.map((c) => c.name), ...backup.value.entries.map((e) => e.text.fr).filter((t) => t.length > 6)];
    expect(words.length).toBeGreaterThan(2);
    for (const word of words) expect(sealed).not.toContain(word);
    expect(parseBackup(sealed).ok).toBe(false);
  });

  it('is told from a plain backup by its first bytes', () => {
    expect(looksLikeEncryptedBackup(sealed)).toBe(true);
    expect(looksLikeEncryptedBackup(new TextEncoder().encode('\uFEFF' + sealed))).toBe(true);
    expect(looksLikeEncryptedBackup(PLAIN)).toBe(false);
  });

  it('a fresh IV each time: two sealings of the same backup differ, both open', async () => {
    const again = await sealBackupText(PLAIN, ring, key);
    expect(envelope(again).iv).not.toBe(envelope().iv);
    expect(await openWithKey(envelope(again), key)).toEqual({ ok: true, value: PLAIN });
  });

  it('a wrong passphrase or recovery key says so', async () => {
    expect(await openEncryptedBackup(envelope(), { kind: 'passphrase', text: 'une phrase assez longue.' })).toEqual({ ok: false, error: 'wrong-secret' });
    const other = await createKeyRing('une phrase assez longue', CHEAP);
    expect(await openEncryptedBackup(envelope(), { kind: 'recovery', text: other.recoveryKey })).toEqual({ ok: false, error: 'wrong-secret' });
    expect(await openEncryptedBackup(envelope(), { kind: 'recovery', text: 'not a key' })).toEqual({ ok: false, error: 'wrong-secret' });
  });

  it('another journal with the same passphrase does not open it (its own data key)', async () => {
    const other = await createKeyRing('une phrase assez longue', CHEAP);
    const theirs = envelope(await sealBackupText(PLAIN, other.ring, await backupKey(other.dataKey)));
    expect(theirs.keyRing.journalId).not.toBe(ring.journalId);
    expect(await openWithKey(theirs, key)).toEqual({ ok: false, error: 'damaged' });
    // Their key ring around our ciphertext: the passphrase opens their key, which does not open our text.
    const swapped = { ...envelope(), keyRing: theirs.keyRing };
    expect(await openEncryptedBackup(swapped, { kind: 'passphrase', text: 'une phrase assez longue' })).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a ciphertext changed by one bit, anywhere', async () => {
    const ct = fromBase64(envelope().ciphertext);
    for (const at of [0, Math.floor(ct.length / 2), ct.length - 1]) {
      const flipped = ct.slice();
      flipped[at] ^= 0x01;
      const tampered = { ...envelope(), ciphertext: toBase64(flipped) };
      expect(await openEncryptedBackup(tampered, { kind: 'passphrase', text: 'une phrase assez longue' })).toEqual({ ok: false, error: 'damaged' });
    }
    const iv = fromBase64(envelope().iv);
    iv[0] ^= 0x80;
    expect(await openWithKey({ ...envelope(), iv: toBase64(iv) }, key)).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a ciphertext cut short (its tag no longer matches)', async () => {
    const ct = fromBase64(envelope().ciphertext);
    const cut = { ...envelope(), ciphertext: toBase64(ct.subarray(0, ct.length - 100)) };
    expect(await openWithKey(cut, key)).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a truncated file as not readable, with the backup wording', () => {
    const read = readEncryptedBackup(sealed.slice(0, Math.floor(sealed.length * 0.7)));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe('not-json');
    expect(backupErrorMessage(read.error, 'en')).toMatch(/not readable JSON/);
  });

  it('refuses a version from the future, naming it', () => {
    const read = readEncryptedBackup(edited((raw) => (raw.version = 2)));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toMatchObject({ code: 'version-too-new', version: 2 });
    expect(backupErrorMessage(read.error, 'fr')).toMatch(/version plus récente/);
  });

  it('refuses a broken envelope field by field, without any key', () => {
    const cases: Array<[string, (raw: Record<string, unknown>) => void]> = [
      ['iv', (raw) => (raw.iv = 'AAAA')],
      ['ciphertext', (raw) => (raw.ciphertext = 'not base64!')],
      ['cipher', (raw) => (raw.cipher = 'ROT13')],
      ['keyRing.passphrase.kdf.memoryKiB', (raw) => ((raw.keyRing as { passphrase: { kdf: { memoryKiB: number } } }).passphrase.kdf.memoryKiB = 64 * 1024 * 1024)],
      ['keyRing.recovery.ct', (raw) => ((raw.keyRing as { recovery: { ct: string } }).recovery.ct = 'AAAA')],
      ['keyRing', (raw) => delete raw.keyRing],
    ];
    for (const [path, change] of cases) {
      const read = readEncryptedBackup(edited(change));
      expect(read.ok, path).toBe(false);
      if (!read.ok) expect(read.error, path).toMatchObject({ code: 'invalid-field', path });
    }
    expect(readEncryptedBackup(PLAIN)).toMatchObject({ ok: false, error: { code: 'not-a-backup' } });
    expect(readEncryptedBackup(edited((raw) => (raw.version = '1')))).toMatchObject({ ok: false, error: { code: 'invalid-version' } });
  });

  it('counts base64 bytes exactly', () => {
    for (const n of [0, 1, 2, 3, 12, 16, 48]) expect(base64Length(toBase64(new Uint8Array(n)))).toBe(n);
    expect(base64Length('abc')).toBe(-1);
    expect(base64Length('ab c')).toBe(-1);
  });
});
