/**
 * Protection on a real IndexedDB (fake-indexeddb): what reaches the disk, what features read,
 * search, unlock with passphrase or recovery key, tampering, crashes and refused writes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/types';
import { openHumeurDb, type HumeurDb } from '../../renderer/db/schema';
import { blankEntry, getEntry, queryEntries, saveEntry } from '../../renderer/db/entries';
import { createClient, listClients, updateClient } from '../../renderer/db/clients';
import { addSignal, ensureDefaultSignals, listSignals } from '../../renderer/db/signals';
import { vaultOf } from '../../renderer/db/vault/state';
import {
  changePassphrase,
  disableProtection,
  enableProtection,
  loadVault,
  lock,
  prepareProtection,
  readPrivacy,
  unlock,
  type PreparedProtection,
} from '../../renderer/db/vault/protection';
import { exportFullBackup, replaceJournalWithBackup } from '../../renderer/db/backupIo';
import { openEncryptedBackup, readEncryptedBackup } from '../../shared/export/encryptedBackup';
import { parseBackup } from '../../shared/import/humeurBackup';
import { readSettings, updateSettings } from '../../renderer/db/settings';
import { dropTestDb, freshTestDb } from './testDb';

const NOW = Date.UTC(2025, 2, 14, 20);
const TODAY = '2025-03-14';
const CHEAP = { memoryKiB: 256, iterations: 1, parallelism: 1 };
const PASS = 'Une phrase assez longue';
let db: HumeurDb;

beforeEach(async () => {
  db = await freshTestDb();
  await ensureDefaultSignals(db, NOW);
});
afterEach(() => dropTestDb(db));

async function save(e: Entry): Promise<Entry> {
  const result = await saveEntry(db, e, { now: NOW, today: TODAY });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

async function seed() {
  const acme = await createClient(db, { name: 'Zephyrine Conseil' }, NOW);
  if (!acme.ok) throw new Error(acme.error);
  await updateClient(db, acme.value.id, { notes: 'paie en retard, notequivoque', idealCriteria: [{ id: 'k1', label: 'critereprive', met: true }] }, NOW);
  const own = await addSignal(db, 'signalperso', 'fr', NOW);
  if (!own.ok) throw new Error(own.error);
  const first = await save({
    ...blankEntry('2025-03-10', '21:00', 'review', NOW),
    mood: 2,
    energy: 3,
    text: { fr: 'Été pluvieux, réunion épuisante avec motunique', en: 'Rainy summer' },
    clients: [{ clientId: acme.value.id, felt: -1, signals: [own.value.id] }],
  });
  const second = await save({ ...blankEntry('2025-03-11', '21:00', 'review', NOW), mood: 4, energy: 4, text: { fr: 'Une bonne journée', en: 'eteindre the lights' } });
  return { clientId: acme.value.id, signalId: own.value.id, first, second };
}

const rawDump = async (d: HumeurDb) => JSON.stringify([await d.entries.toArray(), await d.clients.toArray(), await d.signals.toArray(), await d.meta.toArray()]);

async function turnOn(): Promise<PreparedProtection> {
  const prepared = await prepareProtection(PASS, CHEAP);
  if (!prepared.ok) throw new Error(prepared.error);
  const done = await enableProtection(db, prepared.value);
  if (!done.ok) throw new Error(done.error);
  return prepared.value;
}

/** The same database opened again, as after closing and restarting the app. */
async function reopen(): Promise<HumeurDb> {
  const again = openHumeurDb(db.name);
  await again.open();
  await loadVault(again);
  return again;
}

const QUERIES = ['ete', 'ÉTÉ', 'reu', 'motunique', 'eteindre', 'ete pluv', 'bonne', 'rien', 'e'];
const idsOf = async (d: HumeurDb, text: string) => (await queryEntries(d, { text })).map((e) => e.id);

describe('turning protection on', () => {
  it('leaves no written word in the stored records, while features read everything as before', async () => {
    const { clientId, first } = await seed();
    const before = await Promise.all(QUERIES.map((q) => idsOf(db, q)));
    expect(await rawDump(db)).toContain('motunique');
    await turnOn();
    const raw = await rawDump(db);
    for (const word of ['motunique', 'pluvieux', 'Zephyrine', 'zephyrine', 'notequivoque', 'critereprive', 'signalperso', 'eteindre', PASS]) {
      expect(raw).not.toContain(word);
    }
    expect((await db.entries.get(first.id))!.words).toEqual([]);
    expect(await getEntry(db, first.id)).toMatchObject({ text: first.text, mood: 2 });
    const [client] = await listClients(db);
    expect(client).toMatchObject({ id: clientId, name: 'Zephyrine Conseil', notes: 'paie en retard, notequivoque' });
    expect(client.idealCriteria).toEqual([{ id: 'k1', label: 'critereprive', met: true }]);
    expect((await listSignals(db)).some((s) => s.label.fr === 'signalperso')).toBe(true);
    // The same search results as the plaintext index gave.
    expect(await Promise.all(QUERIES.map((q) => idsOf(db, q)))).toEqual(before);
    // Insights' day records keep their numbers.
    expect(await db.days.get('2025-03-10')).toMatchObject({ mood: 2, energy: 3, entryCount: 1 });
    expect((await readPrivacy(db))!.state).toBe('on');
  });

  it('still refuses a second client of the same name, without storing the name', async () => {
    await seed();
    await turnOn();
    expect(await createClient(db, { name: 'ZEPHYRINE conseil ' }, NOW)).toEqual({ ok: false, error: 'duplicate-name' });
    const created = await createClient(db, { name: 'Nouvelle cliente' }, NOW);
    expect(created.ok).toBe(true);
    expect(await rawDump(db)).not.toContain('Nouvelle');
  });

  it('writes new entries sealed and finds them by an accent-free prefix', async () => {
    await turnOn();
    const e = await save({ ...blankEntry('2025-03-12', '20:00', 'note', NOW), text: { fr: 'Déjà fatiguée', en: '' } });
    expect(await rawDump(db)).not.toContain('fatigu');
    expect(await idsOf(db, 'deja FATIG')).toEqual([e.id]);
  });
});

describe('locking and unlocking', () => {
  it('opens locked after a restart; a wrong passphrase is refused and changes nothing; the right one or the recovery key opens it', async () => {
    const { first } = await seed();
    const prepared = await turnOn();
    const again = await reopen();
    expect(vaultOf(again).status).toBe('locked');
    const snapshot = await rawDump(again);
    expect(await unlock(again, { kind: 'passphrase', text: 'une phrase assez longue' })).toEqual({ ok: false, error: 'wrong-secret' });
    expect(await unlock(again, { kind: 'recovery', text: 'not a key' })).toEqual({ ok: false, error: 'wrong-secret' });
    expect(await rawDump(again)).toBe(snapshot);
    const opened = await unlock(again, { kind: 'passphrase', text: PASS });
    expect(opened.ok).toBe(true);
    expect(await getEntry(again, first.id)).toMatchObject({ text: first.text });
    expect(await idsOf(again, 'motuni')).toEqual([first.id]);
    await lock(again);
    expect(vaultOf(again).status).toBe('locked');
    expect(vaultOf(again).entries.size).toBe(0);
    const byRecovery = await unlock(again, { kind: 'recovery', text: prepared.recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(byRecovery.ok).toBe(true);
    expect(await getEntry(again, first.id)).toMatchObject({ text: first.text });
    again.close();
  });

  it('says which record was tampered with and keeps the others readable, refusing to overwrite it', async () => {
    const { first, second } = await seed();
    await turnOn();
    const stored = (await db.entries.get(first.id))!;
    const ct = new Uint8Array(stored.sealed!.ct);
    ct[3] ^= 1;
    await db.entries.put({ ...stored, sealed: { ...stored.sealed!, ct } });
    // A ciphertext moved onto another record fails too (the record id is associated data).
    const other = (await db.entries.get(second.id))!;
    const client = (await db.clients.toArray())[0];
    await db.clients.put({ ...client, sealed: other.sealed });
    const again = await reopen();
    expect((await unlock(again, { kind: 'passphrase', text: PASS })).ok).toBe(true);
    expect([...vaultOf(again).damaged.values()]).toEqual([
      { table: 'entries', id: first.id, day: '2025-03-10' },
      { table: 'clients', id: client.id, day: undefined },
    ]);
    expect(await getEntry(again, second.id)).toMatchObject({ text: second.text });
    const damaged = (await getEntry(again, first.id))!;
    expect(damaged.text).toEqual({ fr: '', en: '' });
    expect(await saveEntry(again, { ...damaged, mood: 5 }, { now: NOW, today: TODAY })).toEqual({ ok: false, error: 'unreadable' });
    expect(await disableProtection(again, { kind: 'passphrase', text: PASS })).toEqual({ ok: false, error: 'unreadable-records' });
    again.close();
  });
});

describe('crashes and refused writes', () => {
  it('a write refused while sealing (disk full) leaves the journal in clear and unprotected, as it was', async () => {
    await seed();
    const before = await rawDump(db);
    const prepared = await prepareProtection(PASS, CHEAP);
    if (!prepared.ok) throw new Error(prepared.error);
    const result = await enableProtection(db, prepared.value, {
      beforeWrite: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    expect(result).toEqual({ ok: false, error: 'write-failed' });
    expect(await readPrivacy(db)).toBeUndefined();
    expect(vaultOf(db).status).toBe('off');
    expect(await rawDump(db)).toBe(before);
    expect(await idsOf(db, 'motunique')).toHaveLength(1);
  });

  it('a crash half-way (some records sealed, state still "encrypting") opens, and the unlock finishes the job', async () => {
    const { first, second } = await seed();
    await turnOn();
    // Put one entry back in clear and the state back to 'encrypting', as a crash between two rounds leaves it.
    const privacy = (await readPrivacy(db))!;
    await db.meta.put({ key: 'privacy', value: { ...privacy, state: 'encrypting' } });
    const plain = (await db.entries.get(second.id))!;
    const { sealed: _s, ...rest } = plain;
    await db.entries.put({ ...rest, text: second.text, words: ['une', 'bonne', 'journee', 'eteindre', 'the', 'lights'] });
    const again = await reopen();
    expect(vaultOf(again).status).toBe('locked');
    expect((await unlock(again, { kind: 'passphrase', text: PASS })).ok).toBe(true);
    expect((await readPrivacy(again))!.state).toBe('on');
    expect(await rawDump(again)).not.toContain('journee');
    expect(await getEntry(again, first.id)).toMatchObject({ text: first.text });
    expect(await getEntry(again, second.id)).toMatchObject({ text: second.text });
    again.close();
  });

  it('a crash while turning protection off resumes at the next unlock', async () => {
    const { first } = await seed();
    await turnOn();
    const privacy = (await readPrivacy(db))!;
    await db.meta.put({ key: 'privacy', value: { ...privacy, state: 'decrypting' } });
    const again = await reopen();
    expect(vaultOf(again).status).toBe('locked');
    expect((await unlock(again, { kind: 'passphrase', text: PASS })).ok).toBe(true);
    expect(await readPrivacy(again)).toBeUndefined();
    expect(vaultOf(again).status).toBe('off');
    expect(await rawDump(again)).toContain('motunique');
    expect(await idsOf(again, 'motunique')).toEqual([first.id]);
    again.close();
  });

  it('changing the passphrase re-wraps the key; a failed change keeps the old one working', async () => {
    await seed();
    const prepared = await turnOn();
    const failed = await changePassphrase(db, { kind: 'passphrase', text: PASS }, 'nouvelle phrase 🌧️ déjà', {
      cost: CHEAP,
      beforeWrite: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    expect(failed).toEqual({ ok: false, error: 'write-failed' });
    expect(await changePassphrase(db, { kind: 'passphrase', text: 'wrong one!' }, 'nouvelle phrase', { cost: CHEAP })).toEqual({ ok: false, error: 'wrong-secret' });
    expect(await changePassphrase(db, { kind: 'passphrase', text: PASS }, 'court', { cost: CHEAP })).toEqual({ ok: false, error: 'too-short' });
    let again = await reopen();
    expect((await unlock(again, { kind: 'passphrase', text: PASS })).ok).toBe(true);
    again.close();
    // NFD input of the same words opens what NFC set, and vice versa.
    expect((await changePassphrase(db, { kind: 'passphrase', text: PASS }, 'nouvelle phrase 🌧️ déjà', { cost: CHEAP })).ok).toBe(true);
    again = await reopen();
    expect(await unlock(again, { kind: 'passphrase', text: PASS })).toEqual({ ok: false, error: 'wrong-secret' });
    expect((await unlock(again, { kind: 'passphrase', text: 'nouvelle phrase 🌧️ déjà'.normalize('NFD') })).ok).toBe(true);
    await lock(again);
    expect((await unlock(again, { kind: 'recovery', text: prepared.recoveryKey })).ok).toBe(true);
    again.close();
  });
});

describe('turning protection off', () => {
  it('asks for the passphrase, then writes everything back in clear with its search words', async () => {
    const { first, clientId } = await seed();
    await turnOn();
    expect(await disableProtection(db, { kind: 'passphrase', text: 'pas la bonne phrase' })).toEqual({ ok: false, error: 'wrong-secret' });
    expect((await disableProtection(db, { kind: 'passphrase', text: PASS })).ok).toBe(true);
    expect(vaultOf(db).status).toBe('off');
    const raw = await db.entries.get(first.id);
    expect(raw!.sealed).toBeUndefined();
    expect(raw!.words).toContain('motunique');
    expect((await db.clients.get(clientId))!.nameKey).toBe('zephyrine conseil');
    expect(await rawDump(db)).toContain('signalperso');
    expect(await idsOf(db, 'ete pluv')).toEqual([first.id]);
  });
});

describe('backups of a protected journal', () => {
  async function opened(text: string, secret: Parameters<typeof openEncryptedBackup>[1]) {
    const envelope = readEncryptedBackup(text);
    if (!envelope.ok) throw new Error(envelope.error.detail);
    const plain = await openEncryptedBackup(envelope.value, secret);
    if (!plain.ok) return plain;
    return parseBackup(plain.value);
  }

  it('are encrypted with the journal’s key ring, hold no written word, and restore into another journal', async () => {
    const { first, clientId } = await seed();
    const plainBefore = await exportFullBackup(db, NOW);
    expect(parseBackup(plainBefore).ok).toBe(true);
    const prepared = await turnOn();
    const text = await exportFullBackup(db, NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'humeur-encrypted-backup', version: 1, keyRing: { journalId: prepared.ring.journalId } });
    for (const word of ['motunique', 'Zephyrine', 'notequivoque', 'critereprive', 'signalperso', 'Rainy']) expect(text).not.toContain(word);

    const withPass = await opened(text, { kind: 'passphrase', text: PASS });
    // The same journal as the plain backup made before protection, record for record.
    expect(withPass).toEqual(parseBackup(plainBefore));
    expect(await opened(text, { kind: 'recovery', text: prepared.recoveryKey })).toEqual(withPass);
    expect(await opened(text, { kind: 'passphrase', text: 'pas la bonne phrase' })).toEqual({ ok: false, error: 'wrong-secret' });

    const other = await freshTestDb();
    try {
      if (!withPass.ok) throw new Error('not opened');
      await replaceJournalWithBackup(other, withPass.value);
      expect((await getEntry(other, first.id))?.text.fr).toBe(first.text.fr);
      expect((await listClients(other)).find((c) => c.id === clientId)?.name).toBe('Zephyrine Conseil');
    } finally {
      await dropTestDb(other);
    }
  });

  it('is refused while the journal is locked (nothing is written half-read), and opens with the passphrase of its day after a change', async () => {
    await seed();
    const prepared = await turnOn();
    const before = await exportFullBackup(db, NOW);
    expect((await changePassphrase(db, { kind: 'passphrase', text: PASS }, 'une toute nouvelle phrase', { cost: CHEAP })).ok).toBe(true);
    const after = await exportFullBackup(db, NOW);
    expect((await opened(before, { kind: 'passphrase', text: PASS })).ok).toBe(true);
    expect(await opened(before, { kind: 'passphrase', text: 'une toute nouvelle phrase' })).toEqual({ ok: false, error: 'wrong-secret' });
    expect((await opened(after, { kind: 'passphrase', text: 'une toute nouvelle phrase' })).ok).toBe(true);
    expect((await opened(before, { kind: 'recovery', text: prepared.recoveryKey })).ok).toBe(true);
    await lock(db);
    await expect(exportFullBackup(db, NOW)).rejects.toThrow(/locked/);
  });

  it('are plain again once protection is off', async () => {
    await seed();
    await turnOn();
    expect((await disableProtection(db, { kind: 'passphrase', text: PASS })).ok).toBe(true);
    const text = await exportFullBackup(db, NOW);
    expect(parseBackup(text).ok).toBe(true);
    expect(text).toContain('motunique');
  });
});

describe('the shared ideal-client checklist (settings)', () => {
  const CHECKLIST = [
    { id: 'k-1', label: 'critereglobal paie à temps' },
    { id: 'seed-2', label: '' },
  ];
  const rawSettings = async (d: HumeurDb) => JSON.stringify(await d.settings.toArray());

  it('is sealed with protection on, opens after unlock, survives writes while locked, and is back in clear when off', async () => {
    await updateSettings(db, { idealCriteria: CHECKLIST, language: 'fr' });
    await turnOn();
    expect(await rawSettings(db)).not.toContain('critereglobal');
    expect((await db.settings.get('app'))?.sealed).toBeDefined();
    expect((await readSettings(db)).idealCriteria).toEqual(CHECKLIST);

    const again = await reopen();
    try {
      // Locked: the checklist reads as the defaults, the rest as stored; a write of another setting keeps it sealed.
      expect(await readSettings(again)).toMatchObject({ idealCriteria: null, language: 'fr' });
      await updateSettings(again, { language: 'en' });
      expect((await again.settings.get('app'))?.sealed).toEqual((await db.settings.get('app'))?.sealed);
      expect((await unlock(again, { kind: 'passphrase', text: PASS })).ok).toBe(true);
      expect(await readSettings(again)).toMatchObject({ idealCriteria: CHECKLIST, language: 'en' });
      // A new list, written sealed.
      const next = [...CHECKLIST, { id: 'k-3', label: 'nouveaucritere' }];
      await updateSettings(again, { idealCriteria: next });
      expect(await rawSettings(again)).not.toContain('nouveaucritere');
      expect((await readSettings(again)).idealCriteria).toEqual(next);
      // In the backup, in the encrypted envelope only.
      const text = await exportFullBackup(again, NOW);
      expect(text).not.toContain('nouveaucritere');
      const envelope = readEncryptedBackup(text);
      if (!envelope.ok) throw new Error(envelope.error.detail);
      const plain = await openEncryptedBackup(envelope.value, { kind: 'passphrase', text: PASS });
      const backup = parseBackup(plain.ok ? plain.value : '');
      expect(backup.ok && backup.value.settings.idealCriteria).toEqual(next);
      // Restored into the protected journal: sealed again.
      if (!backup.ok) throw new Error('backup');
      await replaceJournalWithBackup(again, { ...backup.value, settings: { ...backup.value.settings, idealCriteria: CHECKLIST } });
      expect(await rawSettings(again)).not.toContain('critereglobal');
      expect((await readSettings(again)).idealCriteria).toEqual(CHECKLIST);

      expect((await disableProtection(again, { kind: 'passphrase', text: PASS })).ok).toBe(true);
      expect((await again.settings.get('app'))?.sealed).toBeUndefined();
      expect(await rawSettings(again)).toContain('critereglobal');
      expect((await readSettings(again)).idealCriteria).toEqual(CHECKLIST);
    } finally {
      again.close();
    }
  });

  it('a tampered checklist is listed after unlock, reads as the defaults, and keeps protection from being turned off', async () => {
    await updateSettings(db, { idealCriteria: CHECKLIST });
    await turnOn();
    const stored = (await db.settings.get('app'))!;
    const ct = stored.sealed!.ct.slice();
    ct[3] ^= 0x10;
    await db.settings.put({ ...stored, sealed: { ...stored.sealed!, ct } });
    const again = await reopen();
    try {
      expect((await unlock(again, { kind: 'passphrase', text: PASS })).ok).toBe(true);
      expect([...vaultOf(again).damaged.values()]).toEqual([{ table: 'settings', id: 'app' }]);
      expect((await readSettings(again)).idealCriteria).toBeNull();
      // Another setting changes; the damaged envelope stays as it is.
      await updateSettings(again, { theme: 'dark' });
      expect((await again.settings.get('app'))?.sealed?.ct).toEqual(ct);
      expect(await disableProtection(again, { kind: 'passphrase', text: PASS })).toEqual({ ok: false, error: 'unreadable-records' });
    } finally {
      again.close();
    }
  });
});
