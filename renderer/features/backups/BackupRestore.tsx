import { useEffect, useRef, useState } from 'react';
import { formatLongDay } from '../../../shared/domain/dates';
import type { HumeurBackup } from '../../../shared/export/backup';
import { looksLikeEncryptedBackup, readEncryptedBackup, type EncryptedBackup } from '../../../shared/export/encryptedBackup';
import { backupErrorMessage, parseBackup, type BackupError } from '../../../shared/import/humeurBackup';
import type { BackupInfo, DesktopApi } from '../../../shared/ipc/contract';
import { useT } from '../../app/settings';
import { UnlockBackup } from '../privacy/UnlockBackup';
import { ReplaceJournal, replacedMessage } from './ReplaceJournal';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; backup: HumeurBackup }
  | { status: 'encrypted'; envelope: EncryptedBackup }
  | { status: 'unreadable'; detail: string }
  | { status: 'invalid'; error: BackupError };

interface Props {
  info: BackupInfo;
  api: DesktopApi;
  onClose(): void;
  onRestored(message: string): void;
}

/** Restoring one backup of the folder: read and check it (asking for its passphrase when it is encrypted), then the same confirm + safety backup + replace as Import. */
export function BackupRestore({ info, api, onClose, onRestored }: Props) {
  const { t, lang } = useT();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void api
      .readBackup(info.name)
      .catch((error: unknown) => ({ ok: false as const, error: String(error) }))
      .then((read) => {
        if (!live) return;
        if (!read.ok) return setLoaded({ status: 'unreadable', detail: read.error });
        if (looksLikeEncryptedBackup(read.value)) {
          const envelope = readEncryptedBackup(read.value);
          return setLoaded(envelope.ok ? { status: 'encrypted', envelope: envelope.value } : { status: 'invalid', error: envelope.error });
        }
        const parsed = parseBackup(read.value);
        setLoaded(parsed.ok ? { status: 'ready', backup: parsed.value } : { status: 'invalid', error: parsed.error });
      });
    return () => {
      live = false;
    };
  }, [api, info.name]);

  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="restore-panel stack" aria-labelledby="restore-title">
      <h3 id="restore-title" tabIndex={-1} ref={heading}>
        {t('backups.restore.title', { date: formatLongDay(info.day, lang) })}
      </h3>
      {loaded.status === 'loading' && <p className="muted">{t('backups.read.loading')}</p>}
      {(loaded.status === 'unreadable' || loaded.status === 'invalid') && (
        <>
          <p className="error-text" role="alert">
            {loaded.status === 'unreadable' ? t('backups.read.error', { detail: loaded.detail }) : backupErrorMessage(loaded.error, lang)}
          </p>
          <div className="row">
            <button type="button" className="button" onClick={onClose}>
              {t('backups.replace.cancel')}
            </button>
          </div>
        </>
      )}
      {loaded.status === 'encrypted' && (
        <UnlockBackup envelope={loaded.envelope} headingLevel={4} onCancel={onClose} onOpened={(backup) => setLoaded({ status: 'ready', backup })} />
      )}
      {loaded.status === 'ready' && (
        <ReplaceJournal backup={loaded.backup} api={api} onCancel={onClose} onDone={(outcome) => onRestored(replacedMessage(t, api, outcome))} />
      )}
    </section>
  );
}
