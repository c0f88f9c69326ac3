import type { Translate } from '../../../shared/i18n';
import { isBackupRefusal } from '../../../shared/ipc/backupRefusal';

/**
 * The {detail} of a failed backup write in the UI language when the desktop shell refused it
 * ("wrong-day", "too-large", "not-a-backup"); a system message (a full disk…) as it came.
 */
export function backupWriteDetail(error: string, t: Translate): string {
  return isBackupRefusal(error) ? t(`shell.backupRefused.${error}`) : error;
}
