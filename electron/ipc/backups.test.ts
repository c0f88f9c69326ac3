import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, dayRange } from '../../shared/domain/dates';
import type { BackupWriteRequest } from '../../shared/ipc/contract';
import { backupFolder, listBackups, openBackupFolder, readBackup, writeBackup, type BackupsDeps } from './backups';

let userData: string;
let deps: BackupsDeps;

/** A backup as the renderer writes it: the whole journal as JSON, here with the day in it. */
function backupOf(day: string, kind: BackupWriteRequest['kind'] = 'daily'): BackupWriteRequest {
  const journal = { format: 'humeur-backup', version: 1, exportedOn: day, entries: [{ day, mood: 4, energy: 3, text: { fr: 'Journée calme', en: '' } }] };
  return { json: JSON.stringify(journal), kind, day };
}

async function filesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort();
}

beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'humeur-backups-test-'));
  deps = { folder: backupFolder(userData), now: () => new Date(2024, 9, 1, 21, 35, 1), openPath: vi.fn(async () => ''), log: vi.fn() };
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('writeBackup', () => {
  it('writes the daily backup and, the first time in a month, the monthly copy', async () => {
    const result = await writeBackup(deps, backupOf('2024-10-03'));
    expect(result).toEqual({
      ok: true,
      value: { name: 'humeur-backup-2024-10-03.json', kind: 'daily', day: '2024-10-03', size: Buffer.byteLength(backupOf('2024-10-03').json, 'utf8'), modifiedAt: expect.any(Number) },
    });
    expect(await filesIn(deps.folder)).toEqual(['humeur-backup-2024-10-03.json', 'humeur-backup-2024-10-monthly.json']);
    expect(await readFile(path.join(deps.folder, 'humeur-backup-2024-10-monthly.json'), 'utf8')).toBe(backupOf('2024-10-03').json);
  });

  it('keeps the monthly copy of the first backup of the month and replaces a same-day daily backup', async () => {
    await writeBackup(deps, backupOf('2024-10-03'));
    await writeBackup(deps, backupOf('2024-10-04'));
    const later = { ...backupOf('2024-10-04'), json: '{"edited":"in the evening"}' };
    await writeBackup(deps, later);
    expect(await readFile(path.join(deps.folder, 'humeur-backup-2024-10-monthly.json'), 'utf8')).toBe(backupOf('2024-10-03').json);
    expect(await readFile(path.join(deps.folder, 'humeur-backup-2024-10-04.json'), 'utf8')).toBe(later.json);
  });

  it('names a manual backup after the time and writes no monthly copy for it', async () => {
    const result = await writeBackup(deps, backupOf('2024-10-01', 'manual'));
    expect(result.ok && result.value).toMatchObject({ name: 'humeur-backup-2024-10-01-manual-213501.json', kind: 'manual', day: '2024-10-01' });
    expect(await filesIn(deps.folder)).toEqual(['humeur-backup-2024-10-01-manual-213501.json']);
  });

  it('over 40 days keeps the last 30 daily backups, both monthly copies, the manual backup and foreign files', async () => {
    await writeBackup(deps, backupOf('2024-09-10', 'manual'));
    await writeFile(path.join(deps.folder, 'notes.txt'), 'mine');
    const days = dayRange('2024-09-10', '2024-10-19');
    expect(days).toHaveLength(40);
    for (const day of days) expect((await writeBackup(deps, backupOf(day))).ok).toBe(true);

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
    for (const day of days) await writeBackup(deps, backupOf(day));

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
    const result = await writeBackup(deps, backupOf('2024-10-01'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/EEXIST|ENOTDIR/);
    expect(await filesIn(userData)).toEqual(['backups']);
  });
});

describe('listBackups', () => {
  it('lists Humeur backups newest first with their kind and day, ignoring other files', async () => {
    await writeBackup(deps, backupOf('2024-09-30'));
    await writeBackup(deps, backupOf('2024-10-01'));
    await writeBackup(deps, backupOf('2024-10-01', 'manual'));
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
    // Bytes on disk: "Journée" takes one byte more than its length.
    expect(list[1].size).toBe(backupOf('2024-10-01').json.length + 1);
  });

  it('is empty before the first backup', async () => {
    await expect(listBackups(deps)).resolves.toEqual([]);
  });
});

describe('readBackup', () => {
  it('reads a listed backup', async () => {
    await writeBackup(deps, backupOf('2024-10-01'));
    await expect(readBackup(deps, 'humeur-backup-2024-10-01.json')).resolves.toEqual({ ok: true, value: backupOf('2024-10-01').json });
  });

  it('refuses path traversal and anything it would not list', async () => {
    await writeBackup(deps, backupOf('2024-10-01'));
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
