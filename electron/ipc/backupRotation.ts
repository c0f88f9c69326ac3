/**
 * Backup file names and which of them to delete: pure, so the retention rules are tested on
 * names alone. Three kinds live in the backup folder:
 *   humeur-backup-2024-10-01.json                 daily, the last 30 are kept
 *   humeur-backup-2024-10-monthly.json            monthly, the last 12 are kept
 *   humeur-backup-2024-10-01-manual-213501.json   manual (21:35:01), never deleted
 * Any other file in the folder is someone else's and is neither listed nor deleted.
 */
import { isDayKey } from '../../shared/domain/dates';
import type { DayKey } from '../../shared/domain/types';
import type { BackupInfo } from '../../shared/ipc/contract';

export const DAILY_BACKUPS_KEPT = 30;
export const MONTHLY_BACKUPS_KEPT = 12;

export interface BackupName {
  name: string;
  kind: BackupInfo['kind'];
  /** The backup's day; for a monthly backup the first day of its month, e.g. "2024-10-01". */
  day: DayKey;
}

const PREFIX = 'humeur-backup-';
const DAILY = /^humeur-backup-(\d{4}-\d{2}-\d{2})\.json$/;
const MANUAL = /^humeur-backup-(\d{4}-\d{2}-\d{2})-manual-([01]\d|2[0-3])([0-5]\d)([0-5]\d)\.json$/;
const MONTHLY = /^humeur-backup-(\d{4}-\d{2})-monthly\.json$/;

export function dailyBackupName(day: DayKey): string {
  return `${PREFIX}${day}.json`;
}

/** `time` is the local "HHmmss" of the backup, e.g. "213501". */
export function manualBackupName(day: DayKey, time: string): string {
  return `${PREFIX}${day}-manual-${time}.json`;
}

/** The monthly backup of the month that contains `day`, e.g. "2024-10-17" → "humeur-backup-2024-10-monthly.json". */
export function monthlyBackupName(day: DayKey): string {
  return `${PREFIX}${day.slice(0, 7)}-monthly.json`;
}

/** What a file name says about a backup; null for a name Humeur did not write. */
export function parseBackupName(name: string): BackupName | null {
  const daily = DAILY.exec(name);
  if (daily && isDayKey(daily[1])) return { name, kind: 'daily', day: daily[1] };
  const manual = MANUAL.exec(name);
  if (manual && isDayKey(manual[1])) return { name, kind: 'manual', day: manual[1] };
  const monthly = MONTHLY.exec(name);
  if (monthly && isDayKey(`${monthly[1]}-01`)) return { name, kind: 'monthly', day: `${monthly[1]}-01` };
  return null;
}

/** Newest day first; on the same day, the later name first ("…-manual-213501" before "…-manual-090000"). */
export function compareNewestFirst(a: BackupName, b: BackupName): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}

/**
 * The file names to delete so that the 30 most recent daily and the 12 most recent monthly
 * backups remain. Counting files rather than days means a user back from three months away
 * still finds their last 30 daily backups. Backups dated after `today` (a clock that was wrong)
 * are left alone and not counted, manual backups and foreign files are never returned.
 */
export function planBackupRotation(files: readonly string[], today: DayKey): string[] {
  const parsed = files.map(parseBackupName).filter((b): b is BackupName => b !== null && b.day <= today);
  const newest = (kind: BackupName['kind']) => parsed.filter((b) => b.kind === kind).sort(compareNewestFirst);
  return [...newest('daily').slice(DAILY_BACKUPS_KEPT), ...newest('monthly').slice(MONTHLY_BACKUPS_KEPT)].map((b) => b.name);
}
