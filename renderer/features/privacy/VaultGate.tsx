import { useState, type ReactNode } from 'react';
import { formatLongDay } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { LockScreen } from './LockScreen';
import { useAutoLock } from './useAutoLock';
import { useVault } from './useVault';
import './privacy.css';

/** Shows the lock screen instead of the app while a protected journal is locked. */
export function VaultGate({ children }: { children: ReactNode }) {
  const db = useDb();
  const { status } = useVault();
  useAutoLock(db, status === 'unlocked');
  if (status === 'locked') return <LockScreen />;
  return (
    <>
      {status === 'unlocked' && <DamagedNotice />}
      {children}
    </>
  );
}

/** After an unlock, says which records failed authentication; the rest of the journal is open. */
function DamagedNotice() {
  const { vault } = useVault();
  const { t, lang } = useSettings();
  const [dismissed, setDismissed] = useState(false);
  const damaged = [...vault.damaged.values()];
  if (dismissed || damaged.length === 0) return null;
  return (
    <div className="damaged-notice" role="alert">
      <p>{t('privacy.damaged', { count: damaged.length })}</p>
      <ul>
        {damaged.slice(0, 10).map((d) => (
          <li key={`${d.table}:${d.id}`}>
            {d.table === 'entries' && d.day
              ? t('privacy.damaged.entry', { date: formatLongDay(d.day, lang) })
              : t(d.table === 'clients' ? 'privacy.damaged.client' : d.table === 'settings' ? 'privacy.damaged.settings' : 'privacy.damaged.signal')}{' '}
            <code>{d.id.slice(0, 8)}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={() => setDismissed(true)}>
        {t('privacy.damaged.dismiss')}
      </button>
    </div>
  );
}
