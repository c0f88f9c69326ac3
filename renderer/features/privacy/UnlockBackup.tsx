import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { HumeurBackup } from '../../../shared/export/backup';
import { openEncryptedBackupTyped, type EncryptedBackup } from '../../../shared/export/encryptedBackup';
import { backupErrorMessage, parseBackup } from '../../../shared/import/humeurBackup';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { readPrivacy } from '../../db/vault/protection';
import { PassphraseField } from './PassphraseField';
import './privacy.css';

interface Props {
  envelope: EncryptedBackup;
  onOpened(backup: HumeurBackup): void;
  /** Shown as a Cancel button when given (Settings); the Import screen offers another file instead. */
  onCancel?(): void;
  /** The prompt's heading level in its page: 2 on the Import screen, 4 inside the Settings restore panel. */
  headingLevel?: 2 | 4;
}

/**
 * An encrypted backup chosen for a restore (Settings › Backups or Import): asks for the passphrase
 * or the recovery key of the journal that made it, then hands over the plain backup, which goes
 * through the same checks and preview as any other. Keyboard first: the field has focus, Enter
 * opens; a wrong secret says so and keeps the field, selected, for another try.
 */
export function UnlockBackup({ envelope, onOpened, onCancel, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  const db = useDb();
  const { t, lang } = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [otherJournal, setOtherJournal] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void readPrivacy(db).then((p) => live && setOtherJournal(p?.ring.journalId !== envelope.keyRing.journalId));
    return () => {
      live = false;
    };
  }, [db, envelope]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (working) return;
    if (text === '') {
      setError(t('privacy.backupOpen.empty'));
      input.current?.focus();
      return;
    }
    setWorking(true);
    setError(null);
    const opened = await openEncryptedBackupTyped(envelope, text);
    if (!opened.ok) {
      setWorking(false);
      setError(t(opened.error === 'wrong-secret' ? 'privacy.backupOpen.wrong' : 'privacy.backupOpen.damaged'));
      input.current?.select();
      return;
    }
    const parsed = parseBackup(opened.value);
    setWorking(false);
    if (!parsed.ok) return setError(backupErrorMessage(parsed.error, lang));
    onOpened(parsed.value);
  }

  return (
    <form className="stack unlock-backup privacy-form" onSubmit={(e) => void submit(e)} aria-labelledby="unlock-backup-title" aria-busy={working} noValidate>
      <Heading id="unlock-backup-title">{t('privacy.backupOpen.title')}</Heading>
      <p>{t('privacy.backupOpen.body')}</p>
      {otherJournal && <p className="muted">{t('privacy.backupOpen.other')}</p>}
      <PassphraseField
        label={t('privacy.backupOpen.field')}
        value={text}
        onChange={setText}
        error={error}
        autoFocus
        autoComplete="current-password"
        inputRef={input}
      />
      <div className="row">
        <button type="submit" className="button button-primary" disabled={working}>
          {working ? t('privacy.backupOpen.working') : t('privacy.backupOpen.open')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={working}>
            {t('privacy.action.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
