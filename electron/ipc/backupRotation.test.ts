import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../shared/domain/dates';
import {
  compareNewestFirst,
  dailyBackupName,
  manualBackupName,
  monthlyBackupName,
  parseBackupName,
  planBackupRotation,
  type BackupName,
} from './backupRotation';

describe('backup names', () => {
  it('round-trips the three kinds', () => {
    expect(parseBackupName(dailyBackupName('2024-10-01'))).toEqual({ name: 'humeur-backup-2024-10-01.json', kind: 'daily', day: '2024-10-01' });
    expect(parseBackupName(manualBackupName('2024-10-01', '213501'))).toEqual({
      name: 'humeur-backup-2024-10-01-manual-213501.json',
      kind: 'manual',
      day: '2024-10-01',
    });
    expect(monthlyBackupName('2024-10-17')).toBe('humeur-backup-2024-10-monthly.json');
    expect(parseBackupName('humeur-backup-2024-10-monthly.json')).toEqual({ name: 'humeur-backup-2024-10-monthly.json', kind: 'monthly', day: '2024-10-01' });
  });

  it('ignores files Humeur did not write', () => {
    for (const name of [
      'notes.txt',
      'humeur-backup-2024-10-01.json.bak',
      'humeur-backup-2024-02-30.json',
      'humeur-backup-2024-13-monthly.json',
      'humeur-backup-2024-10-01-manual-246000.json',
      '.humeur-backup-2024-10-01.json.5f1c.tmp',
      '../humeur-backup-2024-10-01.json',
      'HUMEUR-BACKUP-2024-10-01.JSON',
    ]) {
      expect(parseBackupName(name), name).toBeNull();
    }
  });

  it('sorts newest first, later manual backups of a day first', () => {
    const names = [
      'humeur-backup-2024-09-30.json',
      'humeur-backup-2024-10-01-manual-090000.json',
      'humeur-backup-2024-10-02.json',
      'humeur-backup-2024-10-01-manual-213501.json',
    ];
    const sorted = names.map((n) => parseBackupName(n) as BackupName).sort(compareNewestFirst).map((b) => b.name);
    expect(sorted).toEqual([
      'humeur-backup-2024-10-02.json',
      'humeur-backup-2024-10-01-manual-213501.json',
      'humeur-backup-2024-10-01-manual-090000.json',
      'humeur-backup-2024-09-30.json',
    ]);
  });
});

describe('planBackupRotation', () => {
  const dailies = (from: string, count: number) => Array.from({ length: count }, (_, i) => dailyBackupName(addDays(from, i)));
  const monthlies = (from: string, count: number) => Array.from({ length: count }, (_, i) => monthlyBackupName(addMonths(from, i)));

  it('keeps nothing to delete while there are 30 daily and 12 monthly backups or fewer', () => {
    expect(planBackupRotation([...dailies('2024-09-20', 30), ...monthlies('2023-11-01', 12)], '2024-10-19')).toEqual([]);
    expect(planBackupRotation([], '2024-10-19')).toEqual([]);
  });

  it('deletes the daily backups beyond the 30 most recent', () => {
    const files = dailies('2024-09-10', 40);
    expect(planBackupRotation(files, '2024-10-19').sort()).toEqual(dailies('2024-09-10', 10));
  });

  it('counts backups, not days: after three months away the last 30 are still there', () => {
    const files = dailies('2024-06-01', 35);
    expect(planBackupRotation(files, '2024-10-19').sort()).toEqual(dailies('2024-06-01', 5));
  });

  it('deletes the monthly backups beyond the 12 most recent', () => {
    const files = monthlies('2023-09-01', 14);
    expect(planBackupRotation(files, '2024-10-19').sort()).toEqual(['humeur-backup-2023-09-monthly.json', 'humeur-backup-2023-10-monthly.json']);
  });

  it('never deletes manual backups nor foreign files, and leaves backups dated in the future alone', () => {
    const manual = Array.from({ length: 50 }, (_, i) => manualBackupName(addDays('2024-01-01', i), '120000'));
    const future = dailies('2030-01-01', 3);
    const files = [...manual, ...future, 'notes.txt', 'humeur-backup-old.json', ...dailies('2024-09-20', 30)];
    expect(planBackupRotation(files, '2024-10-19')).toEqual([]);
  });
});
