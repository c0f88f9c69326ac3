import { formatLongDay } from '../../../shared/domain/dates';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { useT } from '../../app/settings';
import { sizeParts, type BackupListState } from './useBackupList';

const KIND_KEYS = { daily: 'backups.kind.daily', monthly: 'backups.kind.monthly', manual: 'backups.kind.manual' } as const;

/** The desktop backup folder as a table: kind, date in the UI language, size, and "Restore". */
export function BackupList({ state, onRestore }: { state: BackupListState; onRestore(backup: BackupInfo): void }) {
  const { t, lang } = useT();
  if (state.status === 'loading') return <p className="muted">{t('backups.list.loading')}</p>;
  if (state.status === 'error') {
    return (
      <p className="error-text" role="alert">
        {t('backups.list.error', { detail: state.detail })}
      </p>
    );
  }
  if (state.backups.length === 0) return <p className="empty-state">{t('backups.list.empty')}</p>;
  return (
    <div className="backup-list">
      <table className="data">
        <caption className="visually-hidden">{t('backups.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backups.list.date')}</th>
            <th scope="col">{t('backups.list.kind')}</th>
            <th scope="col" className="num">
              {t('backups.list.size')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('backups.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {state.backups.map((backup) => {
            const date = formatLongDay(backup.day, lang);
            const kind = t(KIND_KEYS[backup.kind]);
            const size = sizeParts(backup.size);
            return (
              <tr key={backup.name}>
                <th scope="row">{date}</th>
                <td>{kind}</td>
                <td className="num">{t(size.unit === 'kb' ? 'backups.size.kb' : 'backups.size.mb', { size: size.size })}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('backups.action.restoreLabel', { date, kind })}
                    onClick={() => onRestore(backup)}
                  >
                    {t('backups.action.restore')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
