import { useT } from '../../app/settings';
import { formatNumber } from '../../../shared/i18n';
import type { JournalCounts } from '../../db/backupIo';

const ROWS = ['entries', 'days', 'clients', 'signals'] as const;
const ROW_KEYS = {
  entries: 'backups.counts.entries',
  days: 'backups.counts.days',
  clients: 'backups.counts.clients',
  signals: 'backups.counts.signals',
} as const;

/** "Now → After" for a restore, e.g. Entries 120 → 45; with `after` only, what a backup holds. */
export function CountsTable({ now, after, caption }: { now?: JournalCounts; after: JournalCounts; caption: string }) {
  const { t, lang } = useT();
  return (
    <table className="data counts-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backups.counts.item')}</th>
          {now && (
            <th scope="col" className="num">
              {t('backups.counts.now')}
            </th>
          )}
          <th scope="col" className="num">
            {now ? t('backups.counts.after') : t('importing.backup.contents')}
          </th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row}>
            <th scope="row">{t(ROW_KEYS[row])}</th>
            {now && <td className="num">{formatNumber(lang, now[row])}</td>}
            <td className={now && now[row] !== after[row] ? 'num changed' : 'num'}>{formatNumber(lang, after[row])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
