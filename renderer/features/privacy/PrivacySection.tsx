import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { lock, readPrivacy } from '../../db/vault/protection';
import { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES, setAutoLockMinutes } from '../../db/vault/autoLock';
import { EnableProtection } from './EnableProtection';
import { ChangePassphrase, DisableProtection } from './ProtectedActions';
import { useVault } from './useVault';
import './privacy.css';

type Panel = 'none' | 'enable' | 'change' | 'disable';

/** Settings › "Protect my journal with a passphrase". */
export function PrivacySection() {
  const db = useDb();
  const { t } = useSettings();
  const { status } = useVault();
  const privacy = useLiveQuery(() => readPrivacy(db), [db, status]);
  const [panel, setPanel] = useState<Panel>('none');
  const on = status === 'unlocked';
  const minutes = privacy?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES;
  const close = () => setPanel('none');

  return (
    <section className="card stack privacy-section" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacy.title')}</h2>
      <p>{on ? (minutes === 0 ? t('privacy.intro.onNever') : t('privacy.intro.on', { minutes })) : t('privacy.intro.off')}</p>
      {!on && panel === 'none' && (
        <div className="row">
          <button type="button" className="button button-primary" onClick={() => setPanel('enable')}>
            {t('privacy.action.enable')}
          </button>
        </div>
      )}
      {!on && panel === 'enable' && <EnableProtection onClose={close} />}
      {on && (
        <>
          <div className="field">
            <label htmlFor="auto-lock">{t('privacy.autolock.label')}</label>
            <select id="auto-lock" value={minutes} onChange={(e) => void setAutoLockMinutes(db, Number(e.target.value))}>
              {AUTO_LOCK_CHOICES.map((m) => (
                <option key={m} value={m}>
                  {m === 0 ? t('privacy.autolock.never') : t('privacy.autolock.minutes', { minutes: m })}
                </option>
              ))}
            </select>
          </div>
          <p className="muted">{t('privacy.backup.encrypted')}</p>
          {panel === 'none' && (
            <div className="row">
              <button type="button" className="button button-primary" onClick={() => void lock(db)}>
                {t('privacy.action.lock')}
              </button>
              <button type="button" className="button" onClick={() => setPanel('change')}>
                {t('privacy.action.change')}
              </button>
              <button type="button" className="button button-danger" onClick={() => setPanel('disable')}>
                {t('privacy.action.disable')}
              </button>
            </div>
          )}
          {panel === 'change' && <ChangePassphrase onClose={close} />}
          {panel === 'disable' && <DisableProtection onClose={close} />}
        </>
      )}
    </section>
  );
}
