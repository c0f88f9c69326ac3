/**
 * The automatic daily backup of the desktop app: once a day, while the journal has entries,
 * the whole journal goes to the backup folder (the desktop shell rotates the files).
 */
import { useEffect } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import { todayKey } from '../../../shared/domain/dates';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { useDb } from '../../app/DbContext';
import { readMeta, writeMeta } from '../../db/settings';
import type { HumeurDb } from '../../db/schema';
import { platform } from '../../platform';

/** Meta key of the last day an automatic backup was written, e.g. "2024-10-01". */
export const LAST_AUTO_BACKUP_KEY = 'lastAutoBackupDay';

export const AUTO_BACKUP_INTERVAL_MS = 60 * 60 * 1000;

/** Due when the journal has entries and no automatic backup was written today (or ever). */
export function isAutomaticBackupDue(lastDay: DayKey | undefined, today: DayKey, entryCount: number): boolean {
  return entryCount > 0 && (lastDay === undefined || lastDay < today);
}

export type AutomaticBackupResult = 'written' | 'not-due' | 'empty' | 'unsupported' | 'failed';

/**
 * Writes today's automatic backup if it is due, and records the day. "Today" and "now" are
 * parameters, e.g. { today: "2024-10-01", now: Date.now() }. The web build has no backup
 * folder: nothing happens there.
 */
export async function runAutomaticBackup(
  db: HumeurDb,
  api: DesktopApi,
  clock: { today: DayKey; now: number },
): Promise<AutomaticBackupResult> {
  if (api.platform !== 'desktop') return 'unsupported';
  const [lastDay, entryCount] = await Promise.all([readMeta<DayKey>(db, LAST_AUTO_BACKUP_KEY), db.entries.count()]);
  if (entryCount === 0) return 'empty';
  if (!isAutomaticBackupDue(lastDay, clock.today, entryCount)) return 'not-due';
  // Loaded only when a backup is due: the writer and its schema are not needed at start-up.
  const { exportFullBackup } = await import('../../db/backupIo');
  const json = await exportFullBackup(db, clock.now);
  const written = await api.writeBackup({ json, kind: 'daily', day: clock.today });
  if (!written.ok) {
    console.warn('[humeur] automatic backup failed', written.error);
    return 'failed';
  }
  await writeMeta(db, LAST_AUTO_BACKUP_KEY, clock.today);
  return 'written';
}

/** One run at a time per journal, even when React mounts the scheduler twice (StrictMode). */
const running = new WeakMap<HumeurDb, Promise<AutomaticBackupResult>>();

function runOnce(db: HumeurDb, api: DesktopApi): Promise<AutomaticBackupResult> {
  const current = running.get(db);
  if (current) return current;
  const next = runAutomaticBackup(db, api, { today: todayKey(), now: Date.now() })
    .catch((error: unknown) => {
      console.warn('[humeur] automatic backup failed', error);
      return 'failed' as const;
    })
    .finally(() => running.delete(db));
  running.set(db, next);
  return next;
}

/** On app start and then every hour while the app is open (a window left open past midnight). */
export function useAutomaticBackups(api: DesktopApi = platform()): void {
  const db = useDb();
  useEffect(() => {
    if (api.platform !== 'desktop') return;
    void runOnce(db, api);
    const timer = setInterval(() => void runOnce(db, api), AUTO_BACKUP_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [db, api]);
}

/** Mounted once by the app shell; renders nothing. */
export function BackupScheduler() {
  useAutomaticBackups();
  return null;
}
