/** Backups: the Settings section, the automatic daily backup, and the restore flow. */
export { BackupsSection } from './BackupsSection';
export { BackupScheduler, useAutomaticBackups, runAutomaticBackup, isAutomaticBackupDue, LAST_AUTO_BACKUP_KEY } from './automaticBackup';
