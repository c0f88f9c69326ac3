/**
 * Known-answer tests for the journal's cryptography: Argon2id (the reference implementation's
 * vector, cross-checked against a second, independent implementation), AES-256-GCM (McGrew &
 * Viega's GCM spec, test case 16), the key wrapping, tampering, and passphrase rules.
 */
import { describe, expect, it } from 'vitest';
import { argon2id as nobleArgon2id } from '@noble/hashes/argon2';
import { fromHex, toHex, utf8 } from '../../shared/privacy/bytes';
import { importAesKey, openBytes, sealBytes } from '../../shared/privacy/aead';
import {
  createKeyRing,
  deriveArgon2id,
  formatRecoveryKey,
  parseRecoveryKey,
  unwrapDataKey,
  wrapDataKey,
  type KeyRing,
} from '../../shared/privacy/keys';
import { checkNewPassphrase, checkPassphrase, passphraseLength } from '../../shared/privacy/passphrase';
import { toBase64 } from '../../shared/privacy/bytes';

const CHEAP = { memoryKiB: 256, iterations: 1, parallelism: 1 };

describe('Argon2id', () => {
  it('matches the reference implementation: "password", "somesalt", t=2, m=64 MiB, p=1', async () => {
    // phc-winner-argon2 test.c, Argon2id version 0x13.
    const out = await deriveArgon2id('password', { salt: toBase64(utf8('somesalt')), iterations: 2, memoryKiB: 65536, parallelism: 1 });
    expect(toHex(out)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('agrees with @noble/hashes on an accented, emoji passphrase (NFC), whatever form it was typed in', async () => {
    const params = { salt: toBase64(utf8('sel-de-seize-oct')), iterations: 2, memoryKiB: 512, parallelism: 1 };
    const nfd = 'Été à la mer 🌊🏽'.normalize('NFD');
    const ours = await deriveArgon2id(nfd, params);
    const noble = nobleArgon2id(utf8('Été à la mer 🌊🏽'.normalize('NFC')), utf8('sel-de-seize-oct'), { t: 2, m: 512, p: 1, dkLen: 32 });
    expect(toHex(ours)).toBe(toHex(noble));
  });
});

describe('AES-256-GCM', () => {
  const key = fromHex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
  const iv = fromHex('cafebabefacedbaddecaf888');
  const plain = fromHex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
  const aad = fromHex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const expected =
    '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662' +
    '76fc6ece0f4e1768cddf8853bb2d551b';

  it('gives the GCM specification’s test case 16 ciphertext and tag', async () => {
    const sealed = await sealBytes(await importAesKey(key), plain, aad, iv);
    expect(toHex(sealed.ct)).toBe(expected);
    expect(toHex(await openBytes(await importAesKey(key), sealed, aad))).toBe(toHex(plain));
  });

  it('refuses a flipped bit, a shortened tag and other associated data', async () => {
    const k = await importAesKey(key);
    const sealed = await sealBytes(k, plain, aad, iv);
    const flipped = new Uint8Array(sealed.ct);
    flipped[10] ^= 0x01;
    await expect(openBytes(k, { ...sealed, ct: flipped }, aad)).rejects.toThrow();
    await expect(openBytes(k, { ...sealed, ct: sealed.ct.slice(0, -1) }, aad)).rejects.toThrow();
    await expect(openBytes(k, sealed, 'humeur/v1/entries/other/text')).rejects.toThrow();
  });

  it('draws a fresh IV for every record', async () => {
    const k = await importAesKey(key);
    const a = await sealBytes(k, plain, 'x');
    const b = await sealBytes(k, plain, 'x');
    expect(toHex(a.iv)).not.toBe(toHex(b.iv));
    expect(toHex(a.ct)).not.toBe(toHex(b.ct));
  });
});

describe('wrapping the data key', () => {
  // A fixed vector: this ring was written by this code; any change to the KDF input, the
  // associated data or the cipher makes it fail to open (then the format needs a new version).
  const ring: KeyRing = {
    format: 1,
    journalId: 'kat-journal',
    passphrase: {
      kdf: { name: 'argon2id', version: 19, memoryKiB: 256, iterations: 1, parallelism: 1, salt: 'AAECAwQFBgcICQoLDA0ODw==' },
      iv: 'AAAAAAAAAAAAAAAA',
      ct: '',
    },
    recovery: { kdf: { name: 'hkdf-sha256', salt: 'AAECAwQFBgcICQoLDA0ODw==' }, iv: 'AAAAAAAAAAAAAAAA', ct: '' },
  };
  const dataKey = fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
  const recoveryKey = formatRecoveryKey(fromHex('00112233445566778899aabbccddeeff00112233'));

  it('formats and reads back a recovery key, forgiving case, spaces and look-alike letters', () => {
    expect(recoveryKey).toBe('008J-4CT4-ANK7-F24S-NAXW-SQFE-ZW01-28HK');
    expect(toHex(parseRecoveryKey(' 008j 4ct4-ank7 f24s-naxw sqfe-zwoi 28hk ')!)).toBe('00112233445566778899aabbccddeeff00112233');
    expect(parseRecoveryKey('008J-4CT4')).toBeNull();
    expect(parseRecoveryKey('U08J-4CT4-ANK7-F24S-NAXW-SQFE-ZW01-28HK')).toBeNull();
  });

  it('wraps with the passphrase and the recovery key; each unwraps, nothing else does', async () => {
    const wrapped: KeyRing = {
      ...ring,
      passphrase: await wrapDataKey(dataKey, { kind: 'passphrase', text: 'correct horse battery' }, ring.journalId, CHEAP),
      recovery: await wrapDataKey(dataKey, { kind: 'recovery', text: recoveryKey }, ring.journalId),
    };
    expect(toHex((await unwrapDataKey(wrapped, { kind: 'passphrase', text: 'correct horse battery' }))!)).toBe(toHex(dataKey));
    expect(toHex((await unwrapDataKey(wrapped, { kind: 'recovery', text: recoveryKey.toLowerCase() }))!)).toBe(toHex(dataKey));
    expect(await unwrapDataKey(wrapped, { kind: 'passphrase', text: 'correct horse battery ' })).toBeNull();
    expect(await unwrapDataKey(wrapped, { kind: 'recovery', text: 'correct horse battery' })).toBeNull();
    // Another journal's id is associated data: a key ring copied into another journal does not open.
    expect(await unwrapDataKey({ ...wrapped, journalId: 'other' }, { kind: 'passphrase', text: 'correct horse battery' })).toBeNull();
  });

  it('opens a wrapped key written by this version (known answer)', async () => {
    const kek = await deriveArgon2id('correct horse battery', ring.passphrase.kdf as never);
    expect(toHex(kek)).toBe(KAT_KEK);
    // The same Argon2id output from the independent implementation.
    expect(toHex(nobleArgon2id(utf8('correct horse battery'), fromHex('000102030405060708090a0b0c0d0e0f'), { t: 1, m: 256, p: 1, dkLen: 32 }))).toBe(KAT_KEK);
    const fixed = await sealBytes(await importAesKey(kek), dataKey, 'humeur/v1/key/kat-journal/passphrase', new Uint8Array(12));
    expect(toBase64(fixed.ct)).toBe(KAT_WRAPPED);
    const opened = await unwrapDataKey({ ...ring, passphrase: { ...ring.passphrase, ct: KAT_WRAPPED } }, { kind: 'passphrase', text: 'correct horse battery' });
    expect(toHex(opened!)).toBe(toHex(dataKey));
  });

  it('creates a ring whose two copies open to the same 256-bit key', async () => {
    const made = await createKeyRing('une phrase secrète', CHEAP);
    expect(made.dataKey).toHaveLength(32);
    expect(made.ring.passphrase.kdf).toMatchObject({ name: 'argon2id', version: 19, memoryKiB: 256 });
    expect(toHex((await unwrapDataKey(made.ring, { kind: 'recovery', text: made.recoveryKey }))!)).toBe(toHex(made.dataKey));
    expect(JSON.stringify(made.ring)).not.toContain(made.recoveryKey);
  });
});

describe('passphrase rules', () => {
  it('takes a new passphrase typed twice the same way after NFC, and names the field at fault', () => {
    expect(checkNewPassphrase('un été pluvieux', 'un e\u0301te\u0301 pluvieux')).toBeNull();
    expect(checkNewPassphrase('court', 'court')).toEqual({ field: 'new', problem: 'too-short' });
    expect(checkNewPassphrase('un été pluvieux', 'un été pluvieu')).toEqual({ field: 'confirm', problem: 'mismatch' });
  });

  it('refuses empty and short ones with a reason, accepts 1,000 characters and emoji, counts what a person sees', () => {
    expect(checkPassphrase('')).toBe('empty');
    expect(checkPassphrase('   ')).toBe('empty');
    expect(checkPassphrase('a')).toBe('too-short');
    expect(checkPassphrase('🌧️🌧️🌧️🌧️🌧️🌧️🌧️')).toBe('too-short');
    expect(passphraseLength('e\u0301')).toBe(1);
    expect(checkPassphrase('🌧️🌧️🌧️🌧️🌧️🌧️🌧️🌧️')).toBeNull();
    expect(checkPassphrase('é'.repeat(1000))).toBeNull();
    expect(checkPassphrase('x'.repeat(5000))).toBe('too-long');
  });
});

const KAT_KEK = 'b9f30b50e3340f1598286e2f7af0a0713a24bb05fcf85cf262924f51b8207ef9';
const KAT_WRAPPED = 'rKb1EqQRQNPT/0yYbBVJSmCcyBgSgls2/nen7p44DSuVPPxp6qda1U+q4xITrXd1';
