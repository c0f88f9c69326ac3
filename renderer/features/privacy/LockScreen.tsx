import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { readPrivacy, unlock } from '../../db/vault/protection';
import { PassphraseField } from './PassphraseField';

/** The journal is protected and locked: only its passphrase or recovery key opens it. Keyboard first: the field has focus, Enter unlocks. */
export function LockScreen() {
  const db = useDb();
  const { t } = useSettings();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [resuming, setResuming] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void readPrivacy(db).then((p) => live && setResuming(p !== undefined && p.state !== 'on'));
    return () => {
      live = false;
    };
  }, [db]);

  useEffect(() => input.current?.focus(), [mode]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (working || text === '') return;
    setWorking(true);
    setError(null);
    const result = await unlock(db, { kind: mode, text });
    if (!result.ok) {
      setWorking(false);
      setError(t(mode === 'passphrase' ? 'privacy.lock.wrong' : 'privacy.lock.wrongRecovery'));
      input.current?.select();
    }
  }

  function switchMode() {
    setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
    setText('');
    setError(null);
  }

  return (
    <main className="lock-screen" id="main">
      <form className="card stack lock-card" onSubmit={(e) => void submit(e)} aria-labelledby="lock-title" aria-busy={working}>
        <div className="brand" aria-hidden="true">
          <span className="brand-mark" />
          {t('app.name')}
        </div>
        <h1 id="lock-title">{t('privacy.lock.title')}</h1>
        <p>{t(mode === 'passphrase' ? 'privacy.lock.body' : 'privacy.lock.bodyRecovery')}</p>
        {resuming && <p className="muted">{t('privacy.lock.resume')}</p>}
        <PassphraseField
          key={mode}
          label={t(mode === 'passphrase' ? 'privacy.field.passphrase' : 'privacy.lock.field.recovery')}
          value={text}
          onChange={setText}
          error={error}
          autoFocus
          autoComplete={mode === 'passphrase' ? 'current-password' : 'off'}
          inputRef={input}
        />
        <div className="lock-actions">
          <button type="submit" className="button button-primary" disabled={working || text === ''}>
            {working ? t('privacy.lock.working') : t('privacy.lock.unlock')}
          </button>
          <button type="button" className="link-button" onClick={switchMode}>
            {t(mode === 'passphrase' ? 'privacy.lock.useRecovery' : 'privacy.lock.usePassphrase')}
          </button>
        </div>
      </form>
    </main>
  );
}
