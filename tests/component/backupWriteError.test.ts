/** A backup the desktop shell refused is explained in the UI language, not shown as a code. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n';
import { BACKUP_REFUSALS } from '../../shared/ipc/backupRefusal';
import { backupWriteDetail } from '../../renderer/features/backups/writeError';

describe('backupWriteDetail', () => {
  it('words each refusal in French and English', () => {
    expect(backupWriteDetail('wrong-day', translator('en'))).toBe('the date of the backup is not today’s date on this computer');
    expect(backupWriteDetail('too-large', translator('fr'))).toBe('le journal dépasse la taille permise pour une sauvegarde (128\u00a0Mo)');
    for (const code of BACKUP_REFUSALS) {
      for (const lang of ['fr', 'en'] as const) expect(backupWriteDetail(code, translator(lang)), `${lang} ${code}`).not.toContain(code);
    }
  });

  it('passes a system message through', () => {
    expect(backupWriteDetail('ENOSPC: no space left on device', translator('fr'))).toBe('ENOSPC: no space left on device');
  });
});
