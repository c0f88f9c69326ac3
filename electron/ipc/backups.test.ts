import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, dayRange } from '../../shared/domain/dates';
import { sealBackupText } from '../../shared/export/encryptedBackup';
import type { BackupWriteRequest } from '../../shared/ipc/contract';
import { backupKey, createKeyRing } from '../../shared/privacy/keys';
import { backupFolder, listBackups, MAX_BACKUP_BYTES, openBackupFolder, readBackup, writeBackup, type BackupsDeps } from './backups';

let userData: string;
let deps: BackupsDeps;
/** The main process's clock; each test moves it to the day it backs up. */
let clock: Date;

const FIXTURE = readFileSync(path.join(__dirname, '../../tests/fixtures/backup/humeur-backup-v1.json'), 'utf8');

/** A backup as the renderer writes it: a real journal (the fixture), exported on `day`. */
function backupOf(day: string, kind: BackupWriteRequest['kind'] = 'daily'): BackupWriteRequest {
  const journal = { ...(JSON.parse(FIXTURE) as Record<string, unknown>), exportedAt: `${day}T19:35:01.000Z` };
  return { json: JSON.stringify(journal), kind, day };
}

/** Writes the backup of `day` with the main clock on that day, 21:35:01. */
function writeOn(day: string, kind: BackupWriteRequest['kind'] = 'daily', request = backupOf(day, kind)) {
  const [y, m, d] = day.split('-').map(Number);
  clock = new Date(y, m - 1, d, 21, 35, 1);
  return writeBackup(deps, request);
}

async function filesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort();
}

beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'humeur-backups-test-'));
  clock = new Date(2024, 9, 1, 21, 35, 1);
  deps = { folder: backupFolder(userData), now: () => clock, openPath: vi.fn(async () => ''), log: vi.fn() };
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('writeBackup', () => {
  it('writes the daily backup and, the first time in a month, the monthly copy', async () => {
    const result = await writeOn('2024-10-03');
    expect(result).toEqual({
      ok: true,
      value: { name: 'humeur-backup-2024-10-03.json', kind: 'daily', day: '2024-10-03', size: Buffer.byteLength(backupOf('2024-10-03').json, 'utf8'), modifiedAt: expect.any(Number) },
    });
    expect(await filesIn(deps.folder)).toEqual(['humeur-backup-2024-10-03.json', 'humeur-backup-2024-10-monthly.json']);
    expect(await readFile(path.join(deps.folder, 'humeur-backup-2024-10-monthly.json'), 'utf8')).toBe(backupOf('2024-10-03').json);
  });

  it('keeps the monthly copy of the first backup of the month and replaces a same-day daily backup', async () => {
    await writeOn('2024-10-03');
    await writeOn('2024-10-04');
    const later = { ...backupOf('2024-10-04'), json: backupOf('2024-10-04').json.replace('"fr":', '"fr": ') };
    await writeOn('2024-10-04', 'daily', later);
    expect(await readFile(path.join(deps.folder, 'humeur-backup-2024-10-monthly.json'), 'utf8')).toBe(backupOf('2024-10-03').json);
    expect(await readFile(path.join(deps.folder, 'humeur-backup-2024-10-04.json'), 'utf8')).toBe(later.json);
  });

  it('names a manual backup after the time and writes no monthly copy for it', async () => {
    const result = await writeOn('2024-10-01', 'manual');
    expect(result.ok && result.value).toMatchObject({ name: 'humeur-backup-2024-10-01-manual-213501.json', kind: 'manual', day: '2024-10-01' });
    expect(await filesIn(deps.folder)).toEqual(['humeur-backup-2024-10-01-manual-213501.json']);
  });

  it('over 40 days keeps the last 30 daily backups, both monthly copies, the manual backup and foreign files', async () => {
    await writeOn('2024-09-10', 'manual');
    await writeFile(path.join(deps.folder, 'notes.txt'), 'mine');
    const days = dayRange('2024-09-10', '2024-10-19');
    expect(days).toHaveLength(40);
    for (const day of days) expect((await writeOn(day)).ok).toBe(true);

    const expectedDailies = dayRange('2024-09-20', '2024-10-19').map((day) => `humeur-backup-${day}.json`);
    expect(await filesIn(deps.folder)).toEqual(
      [
        ...expectedDailies,
        'humeur-backup-2024-09-10-manual-213501.json',
        'humeur-backup-2024-09-monthly.json',
        'humeur-backup-2024-10-monthly.json',
        'notes.txt',
      ].sort(),
    );
    expect(await readFile(path.join(deps.folder, 'humeur-backup-2024-09-monthly.json'), 'utf8')).toBe(backupOf('2024-09-10').json);
    expect(await readFile(path.join(deps.folder, 'humeur-backup-2024-10-monthly.json'), 'utf8')).toBe(backupOf('2024-10-01').json);
  });

  it('over 14 months keeps the 12 most recent monthly backups and the 30 most recent daily ones', async () => {
    const days: string[] = [];
    for (let month = new Date(2023, 8, 1); month <= new Date(2024, 9, 1); month.setMonth(month.getMonth() + 1)) {
      const first = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}-01`;
      days.push(first, addDays(first, 9), addDays(first, 19));
    }
    expect(days).toHaveLength(42);
    for (const day of days) await writeOn(day);

    const names = await filesIn(deps.folder);
    const monthly = names.filter((n) => n.endsWith('-monthly.json'));
    expect(monthly).toHaveLength(12);
    expect(monthly[0]).toBe('humeur-backup-2023-11-monthly.json');
    expect(monthly[11]).toBe('humeur-backup-2024-10-monthly.json');
    const daily = names.filter((n) => !n.endsWith('-monthly.json'));
    expect(daily).toEqual(days.slice(-30).map((day) => `humeur-backup-${day}.json`));
  });

  it('reports a folder it cannot write to as a value and leaves no temporary file', async () => {
    await writeFile(path.join(userData, 'backups'), 'a file where the folder should be');
    const result = await writeOn('2024-10-01');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/EEXIST|ENOTDIR/);
    expect(await filesIn(userData)).toEqual(['backups']);
  });
});

describe('listBackups', () => {
  it('lists Humeur backups newest first with their kind and day, ignoring other files', async () => {
    await writeOn('2024-09-30');
    await writeOn('2024-10-01');
    await writeOn('2024-10-01', 'manual');
    await writeFile(path.join(deps.folder, 'humeur-backup-2024-10-01.json.bak'), 'old');
    await writeFile(path.join(deps.folder, 'readme.md'), 'mine');

    const list = await listBackups(deps);
    expect(list.map((b) => [b.name, b.kind, b.day])).toEqual([
      ['humeur-backup-2024-10-monthly.json', 'monthly', '2024-10-01'],
      ['humeur-backup-2024-10-01.json', 'daily', '2024-10-01'],
      ['humeur-backup-2024-10-01-manual-213501.json', 'manual', '2024-10-01'],
      ['humeur-backup-2024-09-30.json', 'daily', '2024-09-30'],
      // A monthly backup is dated by the first day of its month.
      ['humeur-backup-2024-09-monthly.json', 'monthly', '2024-09-01'],
    ]);
    // Bytes on disk, not characters: the fixture's accents and emoji take more than one byte each.
    expect(list[1].size).toBe(Buffer.byteLength(backupOf('2024-10-01').json, 'utf8'));
    expect(list[1].size).toBeGreaterThan(backupOf('2024-10-01').json.length);
  });

  it('is empty before the first backup', async () => {
    await expect(listBackups(deps)).resolves.toEqual([]);
  });
});

describe('readBackup', () => {
  it('reads a listed backup', async () => {
    await writeOn('2024-10-01');
    await expect(readBackup(deps, 'humeur-backup-2024-10-01.json')).resolves.toEqual({ ok: true, value: backupOf('2024-10-01').json });
  });

  it('refuses path traversal and anything it would not list', async () => {
    await writeOn('2024-10-01');
    await writeFile(path.join(userData, 'humeur-backup-2024-10-02.json'), '{"outside":true}');
    await writeFile(path.join(deps.folder, 'notes.txt'), 'mine');
    for (const name of ['../x', '../humeur-backup-2024-10-02.json', '/etc/passwd', 'notes.txt', '..\\humeur-backup-2024-10-02.json']) {
      await expect(readBackup(deps, name), name).resolves.toEqual({ ok: false, error: 'invalid-name' });
    }
    await expect(readBackup(deps, 'humeur-backup-2024-10-02.json')).resolves.toEqual({ ok: false, error: 'not-found' });
  });
});

describe('openBackupFolder', () => {
  it('creates the folder and opens it', async () => {
    await expect(openBackupFolder(deps)).resolves.toEqual({ ok: true, value: { path: deps.folder } });
    expect(deps.openPath).toHaveBeenCalledWith(deps.folder);
    expect(await readdir(deps.folder)).toEqual([]);
  });

  it('passes on the file manager’s error', async () => {
    deps.openPath = async () => 'Failed to open path';
    await expect(openBackupFolder(deps)).resolves.toEqual({ ok: false, error: 'Failed to open path' });
  });
});

describe('writeBackup trusts the main clock, not the page', () => {
  it('survives the rotation attack: 42 backups dated 9999 leave the 30 real ones in place', async () => {
    const real = dayRange('2024-09-02', '2024-10-01');
    for (const day of real) expect((await writeOn(day)).ok).toBe(true);
    // The page's clock (or a compromised page) says 9999; the main clock says 2024-10-01.
    for (let i = 0; i < 42; i++) {
      const forged = backupOf(addDays('9999-11-01', i % 30));
      await expect(writeBackup(deps, forged)).resolves.toEqual({ ok: false, error: 'wrong-day' });
    }
    const names = await filesIn(deps.folder);
    expect(names.filter((n) => !n.endsWith('-monthly.json'))).toEqual(real.map((day) => `humeur-backup-${day}.json`));
    expect(names.some((n) => n.includes('9999'))).toBe(false);
  });

  it('accepts yesterday and tomorrow (a time zone apart), refuses two days off either way', async () => {
    clock = new Date(2024, 9, 15, 0, 30, 0);
    for (const day of ['2024-10-14', '2024-10-15', '2024-10-16']) expect((await writeBackup(deps, backupOf(day))).ok, day).toBe(true);
    for (const day of ['2024-10-13', '2024-10-17', '2023-10-15']) {
      await expect(writeBackup(deps, backupOf(day)), day).resolves.toEqual({ ok: false, error: 'wrong-day' });
    }
  });

  it('names a manual backup after the main clock’s time', async () => {
    clock = new Date(2024, 9, 15, 8, 5, 9);
    const written = await writeBackup(deps, backupOf('2024-10-15', 'manual'));
    expect(written.ok && written.value.name).toBe('humeur-backup-2024-10-15-manual-080509.json');
  });

  it('refuses a 300 MB payload before writing anything', async () => {
    const big = backupOf('2024-10-01');
    const at = big.json.indexOf('"notes":"') + '"notes":"'.length;
    // A valid backup whose first client's notes hold 300 MB.
    const request = { ...big, json: big.json.slice(0, at) + 'x'.repeat(300 * 1024 * 1024) + big.json.slice(at) };
    expect(request.json.length).toBeGreaterThan(MAX_BACKUP_BYTES);
    await expect(writeOn('2024-10-01', 'daily', request)).resolves.toEqual({ ok: false, error: 'too-large' });
    expect(await filesIn(userData)).toEqual([]);
  }, 30_000);

  it('counts bytes, not characters: 50 M four-byte emoji are refused too', async () => {
    const big = backupOf('2024-10-01');
    const at = big.json.indexOf('"notes":"') + '"notes":"'.length;
    const request = { ...big, json: big.json.slice(0, at) + '😀'.repeat(MAX_BACKUP_BYTES / 4 + 1) + big.json.slice(at) };
    expect(request.json.length).toBeLessThan(MAX_BACKUP_BYTES);
    await expect(writeOn('2024-10-01', 'daily', request)).resolves.toEqual({ ok: false, error: 'too-large' });
  }, 30_000);

  it('refuses what is not a Humeur backup', async () => {
    const wrong = [
      '{"edited":"in the evening"}',
      'not json',
      readFileSync(path.join(__dirname, '../../tests/fixtures/backup/broken-mood-7.json'), 'utf8'),
      readFileSync(path.join(__dirname, '../../tests/fixtures/backup/broken-wrong-format.json'), 'utf8'),
    ];
    for (const json of wrong) {
      await expect(writeOn('2024-10-01', 'daily', { json, kind: 'daily', day: '2024-10-01' }), json.slice(0, 30)).resolves.toEqual({
        ok: false,
        error: 'not-a-backup',
      });
    }
    expect(await filesIn(userData)).toEqual([]);
  });

  it('accepts the encrypted backup of a protected journal, checking its envelope without a key', async () => {
    const made = await createKeyRing('une phrase assez longue', { memoryKiB: 256, iterations: 1, parallelism: 1 });
    const json = await sealBackupText(backupOf('2024-10-01').json, made.ring, await backupKey(made.dataKey));
    const written = await writeOn('2024-10-01', 'daily', { json, kind: 'daily', day: '2024-10-01' });
    expect(written.ok).toBe(true);
    expect(await readFile(path.join(deps.folder, 'humeur-backup-2024-10-01.json'), 'utf8')).toBe(json);
    expect(await readBackup(deps, 'humeur-backup-2024-10-monthly.json')).toEqual({ ok: true, value: json });

    const envelope = JSON.parse(json) as Record<string, unknown> & { keyRing: { passphrase: { kdf: Record<string, unknown> } } };
    const broken = [
      // Cut short, as by a crash of the page mid-write.
      json.slice(0, json.length - 40),
      JSON.stringify({ ...envelope, version: 2 }),
      JSON.stringify({ ...envelope, ciphertext: 'plain text, not base64' }),
      JSON.stringify({ ...envelope, iv: '' }),
      JSON.stringify({ ...envelope, keyRing: undefined }),
      // A key derivation asking for 64 GiB would hang whoever tries the passphrase.
      JSON.stringify({ ...envelope, keyRing: { ...envelope.keyRing, passphrase: { ...envelope.keyRing.passphrase, kdf: { ...envelope.keyRing.passphrase.kdf, memoryKiB: 64 * 1024 * 1024 } } } }),
    ];
    for (const bad of broken) {
      await expect(writeOn('2024-10-02', 'daily', { json: bad, kind: 'daily', day: '2024-10-02' }), bad.slice(-60)).resolves.toEqual({ ok: false, error: 'not-a-backup' });
    }
    expect((await filesIn(deps.folder)).some((n) => n.includes('2024-10-02'))).toBe(false);
  });

  it('refuses an encrypted backup over the size limit before looking into it', async () => {
    const json = `{"format":"humeur-encrypted-backup","version":1,"ciphertext":"${'A'.repeat(MAX_BACKUP_BYTES)}"}`;
    await expect(writeOn('2024-10-01', 'daily', { json, kind: 'daily', day: '2024-10-01' })).resolves.toEqual({ ok: false, error: 'too-large' });
    expect(await filesIn(userData)).toEqual([]);
  }, 30_000);

  it.skipIf(process.platform === 'win32')('writes backups readable by the user alone, in a folder only the user can open', async () => {
    await writeOn('2024-10-01');
    await writeOn('2024-10-01', 'manual');
    expect((await stat(deps.folder)).mode & 0o777).toBe(0o700);
    for (const name of await filesIn(deps.folder)) expect((await stat(path.join(deps.folder, name))).mode & 0o777, name).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('closes up a folder and the backups an older version left open, not the user’s own files', async () => {
    const { mkdir, chmod } = await import('node:fs/promises');
    await mkdir(deps.folder, { mode: 0o755 });
    await chmod(deps.folder, 0o755);
    const old = path.join(deps.folder, 'humeur-backup-2024-09-30.json');
    await writeFile(old, backupOf('2024-09-30').json, { mode: 0o644 });
    await chmod(old, 0o644);
    await writeFile(path.join(deps.folder, 'notes.txt'), 'mine', { mode: 0o644 });
    await chmod(path.join(deps.folder, 'notes.txt'), 0o644);
    await writeOn('2024-10-01');
    expect((await stat(deps.folder)).mode & 0o777).toBe(0o700);
    expect((await stat(old)).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(deps.folder, 'notes.txt'))).mode & 0o777).toBe(0o644);
  });
});
