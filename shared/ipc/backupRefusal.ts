/**
 * Why the desktop shell refused to write a backup (electron/ipc/backups.ts), as the error of the
 * writeBackup result; the renderer words each one for the user (renderer/features/backups/writeError.ts).
 */
export const BACKUP_REFUSALS = ['wrong-day', 'too-large', 'not-a-backup'] as const;
export type BackupRefusal = (typeof BACKUP_REFUSALS)[number];

export function isBackupRefusal(error: string): error is BackupRefusal {
  return (BACKUP_REFUSALS as readonly string[]).includes(error);
}
