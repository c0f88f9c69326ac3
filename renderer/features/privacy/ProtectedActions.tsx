import { useState, type FormEvent } from 'react';
import { checkNewPassphrase } from '../../../shared/privacy/passphrase';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { useToasts } from '../../components/Toasts';
import { changePassphrase, disableProtection } from '../../db/vault/protection';
import { FormActions } from './FormActions';
import { PassphraseField } from './PassphraseField';
import { PROBLEM_KEYS } from './passphraseMessages';

/** "Change passphrase…": the current one, then the new one twice. The key is re-wrapped at once. */
export function ChangePassphrase({ onClose }: { onClose(): void }) {
  const db = useDb();
  const { t } = useSettings();
  const { notify } = useToasts();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<{ field: 'current' | 'next' | 'confirm'; key: string } | null>(null);
  const [working, setWorking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const wrong = checkNewPassphrase(next, confirm);
    if (wrong) return setProblem({ field: wrong.field === 'new' ? 'next' : 'confirm', key: wrong.problem });
    setWorking(true);
    const result = await changePassphrase(db, { kind: 'passphrase', text: current }, next);
    setWorking(false);
    if (!result.ok) return setProblem({ field: result.error === 'wrong-secret' ? 'current' : 'next', key: result.error });
    notify({ message: t('privacy.changed') });
    onClose();
  }

  const error = (field: 'current' | 'next' | 'confirm') => (problem?.field === field ? t(PROBLEM_KEYS[problem.key]) : null);
  return (
    <form className="stack privacy-form" onSubmit={(e) => void submit(e)} noValidate>
      <PassphraseField label={t('privacy.field.current')} value={current} onChange={setCurrent} error={error('current')} autoComplete="current-password" autoFocus />
      <PassphraseField label={t('privacy.field.new')} value={next} onChange={setNext} hint={t('privacy.hint')} error={error('next')} autoComplete="new-password" />
      <PassphraseField label={t('privacy.field.confirm')} value={confirm} onChange={setConfirm} error={error('confirm')} autoComplete="new-password" />
      <FormActions label={t('privacy.action.change').replace('…', '')} workingLabel={t('privacy.enable.working')} working={working} onCancel={onClose} />
    </form>
  );
}

/** "Turn protection off…": asks for the passphrase (or the recovery key) again, then decrypts in place. */
export function DisableProtection({ onClose }: { onClose(): void }) {
  const db = useDb();
  const { t } = useSettings();
  const { notify } = useToasts();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text) return setProblem('empty');
    setWorking(true);
    // A recovery key is 32 characters of its own alphabet; anything else is tried as the passphrase.
    let result = await disableProtection(db, { kind: 'passphrase', text });
    if (!result.ok && result.error === 'wrong-secret') result = await disableProtection(db, { kind: 'recovery', text });
    setWorking(false);
    if (!result.ok) return setProblem(result.error);
    notify({ message: t('privacy.disabled') });
    onClose();
  }

  return (
    <form className="stack privacy-form" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('privacy.disable.body')}</p>
      <PassphraseField
        label={t('privacy.field.passphrase')}
        value={text}
        onChange={setText}
        error={problem ? t(PROBLEM_KEYS[problem]) : null}
        autoComplete="current-password"
        autoFocus
      />
      <FormActions label={t('privacy.disable.confirm')} workingLabel={t('privacy.lock.working')} working={working} danger onCancel={onClose} />
    </form>
  );
}
