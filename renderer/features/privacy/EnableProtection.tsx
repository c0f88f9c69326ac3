import { useState, type FormEvent } from 'react';
import { checkNewPassphrase } from '../../../shared/privacy/passphrase';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { useToasts } from '../../components/Toasts';
import { enableProtection, prepareProtection, type PreparedProtection } from '../../db/vault/protection';
import { FormActions } from './FormActions';
import { PassphraseField } from './PassphraseField';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';
import { PROBLEM_KEYS } from './passphraseMessages';

/** Turning protection on: choose a passphrase (twice), see the recovery key, then encrypt. */
export function EnableProtection({ onClose }: { onClose(): void }) {
  const db = useDb();
  const { t } = useSettings();
  const { notify } = useToasts();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<{ field: 'passphrase' | 'confirm'; key: string } | null>(null);
  const [prepared, setPrepared] = useState<PreparedProtection | null>(null);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const wrong = checkNewPassphrase(passphrase, confirm);
    if (wrong) return setProblem({ field: wrong.field === 'new' ? 'passphrase' : 'confirm', key: wrong.problem });
    setProblem(null);
    setWorking(true);
    const result = await prepareProtection(passphrase);
    setWorking(false);
    if (!result.ok) return setProblem({ field: 'passphrase', key: result.error });
    setPrepared(result.value);
  }

  async function encrypt() {
    if (!prepared) return;
    setWorking(true);
    setFailure(null);
    const result = await enableProtection(db, prepared);
    setWorking(false);
    if (!result.ok) return setFailure(t(PROBLEM_KEYS[result.error]));
    notify({ message: t('privacy.enabled') });
    onClose();
  }

  if (prepared) {
    return (
      <>
        <RecoveryKeyPanel recoveryKey={prepared.recoveryKey} working={working} onConfirm={() => void encrypt()} onCancel={onClose} />
        {failure && (
          <p className="error-text" role="alert">
            {failure}
          </p>
        )}
      </>
    );
  }

  return (
    <form className="stack privacy-form" onSubmit={(e) => void submit(e)} noValidate>
      <PassphraseField
        label={t('privacy.field.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        hint={t('privacy.hint')}
        error={problem?.field === 'passphrase' ? t(PROBLEM_KEYS[problem.key]) : null}
        autoComplete="new-password"
        autoFocus
      />
      <PassphraseField
        label={t('privacy.field.confirm')}
        value={confirm}
        onChange={setConfirm}
        error={problem?.field === 'confirm' ? t(PROBLEM_KEYS[problem.key]) : null}
        autoComplete="new-password"
      />
      <FormActions label={t('privacy.enable.continue')} workingLabel={t('privacy.enable.working')} working={working} onCancel={onClose} />
    </form>
  );
}
