import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { todayKey } from '../../../shared/domain/dates';
import type { HumeurBackup } from '../../../shared/export/backup';
import type { DesktopApi } from '../../../shared/ipc/contract';
import type { Translate } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { backupCounts, journalCounts } from '../../db/backupIo';
import { CountsTable } from './CountsTable';
import { replaceWithSafetyBackup, type ReplaceOutcome } from './restore';
import './backups.css';
import { backupWriteDetail } from './writeError';

interface Props {
  backup: HumeurBackup;
  api: DesktopApi;
  onDone(outcome: ReplaceOutcome): void;
  onCancel?(): void;
}

type Phase = { name: 'idle' } | { name: 'confirming' } | { name: 'working' } | { name: 'failed'; message: string };

/**
 * The "replace" restore, shared by the Import screen and the Settings backup list: what changes
 * (counts now → after), an explicit confirmation, then the safety backup and the replacement.
 */
export function ReplaceJournal({ backup, api, onDone, onCancel }: Props) {
  const db = useDb();
  const { t } = useT();
  const now = useLiveQuery(() => journalCounts(db), [db]);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (phase.name === 'confirming') confirmHeading.current?.focus();
  }, [phase.name]);

  const replace = async () => {
    setPhase({ name: 'working' });
    const result = await replaceWithSafetyBackup(db, backup, api, { today: todayKey(), now: Date.now() });
    if (result.ok) onDone(result.value);
    else {
      const key = result.error.code === 'safety-backup-failed' ? 'backups.replace.error.safety' : 'backups.replace.error.write';
      setPhase({ name: 'failed', message: t(key, { detail: backupWriteDetail(result.error.detail, t) }) });
    }
  };

  const cancel = () => {
    setPhase({ name: 'idle' });
    onCancel?.();
  };

  return (
    <div className="stack replace-journal">
      {now && <CountsTable now={now} after={backupCounts(backup)} caption={t('backups.counts.caption')} />}
      {phase.name === 'failed' && (
        <p className="error-text" role="alert">
          {phase.message}
        </p>
      )}
      {phase.name === 'confirming' || phase.name === 'working' ? (
        <div className="confirm-panel stack" role="group" aria-labelledby="replace-confirm-title">
          <h3 id="replace-confirm-title" tabIndex={-1} ref={confirmHeading}>
            {t('backups.replace.confirmTitle')}
          </h3>
          <p>{t(api.platform === 'desktop' ? 'backups.replace.confirmBody.desktop' : 'backups.replace.confirmBody.web')}</p>
          {phase.name === 'working' ? (
            <p role="status" className="busy">
              <span className="spinner" aria-hidden="true" />
              {t('backups.replace.working')}
            </p>
          ) : (
            <div className="row">
              <button type="button" className="button button-danger" onClick={() => void replace()}>
                {t('backups.replace.confirm')}
              </button>
              <button type="button" className="button" onClick={cancel}>
                {t('backups.replace.cancel')}
              </button>
            </div>
          )}
        </div>
      ) : (
        <div className="row">
          <button type="button" className="button button-danger" onClick={() => setPhase({ name: 'confirming' })}>
            {t('backups.replace.action')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The sentence after a successful replace, naming where the previous journal went. */
export function replacedMessage(t: Translate, api: DesktopApi, outcome: ReplaceOutcome): string {
  const done = t('backups.replace.done');
  if (!outcome.safetyBackup) return done;
  const key = api.platform === 'desktop' ? 'backups.replace.safety.desktop' : 'backups.replace.safety.web';
  return `${done} ${t(key, { name: outcome.safetyBackup.name })}`;
}
