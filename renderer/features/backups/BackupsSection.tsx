import { lazy, Suspense, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatLongDay, todayKey } from '../../../shared/domain/dates';
import type { DayKey, Lang } from '../../../shared/domain/types';
import type { BackupInfo, DesktopApi } from '../../../shared/ipc/contract';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { readMeta } from '../../db/settings';
import { platform } from '../../platform';
import { LAST_AUTO_BACKUP_KEY } from './automaticBackup';
import { BackupList } from './BackupList';
import { useBackupList } from './useBackupList';
import './backups.css';
import { backupWriteDetail } from './writeError';

// Reading and checking a backup needs its schema (zod): loaded when a restore is asked for.
const BackupRestore = lazy(() => import('./BackupRestore').then((m) => ({ default: m.BackupRestore })));

type Notice = { tone: 'info' | 'error'; text: string } | null;

/**
 * Backups in Settings. Desktop: the backup folder's files, "Back up now", "Open backup folder",
 * and "Restore" on each. Web: there is no folder; "Back up now" downloads the journal.
 * `api` is the platform bridge, passed in by tests.
 */
export function BackupsSection({ api = platform() }: { api?: DesktopApi }) {
  const db = useDb();
  const { t, lang } = useT();
  const desktop = api.platform === 'desktop';
  const { state, reload } = useBackupList(api);
  const lastAuto = useLiveQuery(() => readMeta<DayKey>(db, LAST_AUTO_BACKUP_KEY).then((d) => d ?? null), [db]);
  const [working, setWorking] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const backUpNow = async () => {
    setWorking(true);
    setNotice(null);
    try {
      const { exportFullBackup } = await import('../../db/backupIo');
      const written = await api.writeBackup({ json: await exportFullBackup(db, Date.now()), kind: 'manual', day: todayKey() });
      if (written.ok) {
        setNotice({ tone: 'info', text: t(desktop ? 'backups.written.desktop' : 'backups.written.web', { name: written.value.name }) });
        if (desktop) await reload();
      } else setNotice({ tone: 'error', text: t('backups.write.error', { detail: backupWriteDetail(written.error, t) }) });
    } catch (error) {
      setNotice({ tone: 'error', text: t('backups.write.error', { detail: await writeErrorDetail(error, lang) }) });
    } finally {
      setWorking(false);
    }
  };

  const openFolder = async () => {
    const opened = await api.openBackupFolder().catch((error: unknown) => ({ ok: false as const, error: String(error) }));
    setNotice(opened.ok ? null : { tone: 'error', text: t('backups.folder.error', { detail: opened.error }) });
  };

  return (
    <section className="card stack backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('backups.title')}</h2>
      <p>{t(desktop ? 'backups.intro.desktop' : 'backups.intro.web')}</p>
      {desktop && lastAuto !== undefined && (
        <p className="muted">{lastAuto ? t('backups.last', { date: formatLongDay(lastAuto, lang) }) : t('backups.last.never')}</p>
      )}
      <div className="row">
        <button type="button" className="button button-primary" disabled={working} onClick={() => void backUpNow()}>
          {t('backups.action.now')}
        </button>
        {desktop && (
          <button type="button" className="button" onClick={() => void openFolder()}>
            {t('backups.action.folder')}
          </button>
        )}
      </div>
      <div role="status" className={notice?.tone === 'error' ? 'error-text' : 'backup-notice'}>
        {working ? t('backups.working') : notice?.text}
      </div>
      {desktop ? (
        <BackupList state={state} onRestore={setRestoring} />
      ) : (
        <p>
          {t('backups.web.restore')} <a href="#/import">{t('backups.web.restoreLink')}</a>
        </p>
      )}
      {restoring && (
        <Suspense fallback={<p className="muted">{t('backups.read.loading')}</p>}>
          <BackupRestore
            key={restoring.name}
            info={restoring}
            api={api}
            onClose={() => setRestoring(null)}
            onRestored={(text) => {
              setRestoring(null);
              setNotice({ tone: 'info', text });
              void reload();
            }}
          />
        </Suspense>
      )}
    </section>
  );
}

/** A backup refused before writing (its reader would not restore it) says which record, in the UI language. */
async function writeErrorDetail(error: unknown, lang: Lang): Promise<string> {
  if (error instanceof Error && error.name === 'UnrestorableBackupError' && 'error' in error) {
    const { backupErrorMessage } = await import('../../../shared/import/humeurBackup');
    return backupErrorMessage(error.error as Parameters<typeof backupErrorMessage>[0], lang);
  }
  return String(error);
}
