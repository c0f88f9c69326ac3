/**
 * Replacing the journal with a backup, safely: a backup of the current journal is written first
 * (desktop: to the backup folder; web: downloaded), and only if that worked is the journal
 * replaced, in one transaction.
 */
import type { DayKey, Result } from '../../../shared/domain/types';
import type { HumeurBackup } from '../../../shared/export/backup';
import type { BackupInfo, DesktopApi } from '../../../shared/ipc/contract';
import { exportFullBackup, journalCounts, replaceJournalWithBackup } from '../../db/backupIo';
import type { HumeurDb } from '../../db/schema';

export type ReplaceError = { code: 'safety-backup-failed' | 'write-failed'; detail: string };

export interface ReplaceOutcome {
  /** The backup of the journal as it was; null when it was empty (nothing to keep). */
  safetyBackup: BackupInfo | null;
}

/**
 * Saves the current journal as a manual backup for `today`, then makes the journal `backup`
 * (settings included). Nothing is replaced when the safety backup fails; nothing changes when
 * the replacement fails.
 */
export async function replaceWithSafetyBackup(
  db: HumeurDb,
  backup: HumeurBackup,
  api: DesktopApi,
  clock: { today: DayKey; now: number },
): Promise<Result<ReplaceOutcome, ReplaceError>> {
  let safetyBackup: BackupInfo | null = null;
  const counts = await journalCounts(db);
  if (counts.entries > 0 || counts.clients > 0) {
    const json = await exportFullBackup(db, clock.now);
    const written = await api.writeBackup({ json, kind: 'manual', day: clock.today }).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (!written.ok) return { ok: false, error: { code: 'safety-backup-failed', detail: written.error } };
    safetyBackup = written.value;
  }
  try {
    await replaceJournalWithBackup(db, backup);
  } catch (error) {
    return { ok: false, error: { code: 'write-failed', detail: error instanceof Error ? error.message : String(error) } };
  }
  return { ok: true, value: { safetyBackup } };
}
