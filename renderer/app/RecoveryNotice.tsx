import { useState } from 'react';
import type { RecoveryReason } from '../../shared/ipc/appOrigin';
import { useT } from './settings';
import { startupRecovery } from './recovery';
import './recovery.css';

/**
 * Tells the user, in their language, that the window was reopened after a crash or a hang and that
 * their typing was kept; it stays until dismissed, because it explains a jump they did not ask for.
 */
export function RecoveryNotice({ reason = startupRecovery }: { reason?: RecoveryReason | null }) {
  const { t } = useT();
  const [shown, setShown] = useState(reason !== null);
  if (!shown || reason === null) return null;
  return (
    <div className="recovery-notice" role="alert">
      <p>{t(reason === 'crash' ? 'shell.recovered.crash' : 'shell.recovered.unresponsive')}</p>
      <button type="button" className="button" onClick={() => setShown(false)}>
        {t('shell.recovered.dismiss')}
      </button>
    </div>
  );
}
