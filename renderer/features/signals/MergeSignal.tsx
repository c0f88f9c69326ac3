import { useId, useState } from 'react';
import type { Signal } from '../../../shared/domain/types';
import { signalLabel } from '../../../shared/domain/signals';
import type { MessageKey } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { useToasts } from '../../components/Toasts';
import { sortSignals } from '../../db/signals';
import { mergeSignals, undoSignalChange } from '../../db/signalAdmin';

interface Props {
  signal: Signal;
  days: number;
  all: Signal[];
  onClose(): void;
}

/** "Merge “sport” into [Sport]": every day with the first carries the second; undo puts them back. */
export function MergeSignal({ signal, days, all, onClose }: Props) {
  const db = useDb();
  const { t, lang } = useT();
  const { notify } = useToasts();
  const id = useId();
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = signalLabel(signal, lang);
  const targets = sortSignals(
    all.filter((s) => s.id !== signal.id),
    lang,
  );

  const merge = async () => {
    if (!into) return setError(t('signalsAdmin.merge.error.missing'));
    const target = all.find((s) => s.id === into);
    const result = await mergeSignals(db, signal.id, into);
    if (!result.ok) return setError(t(`signalsAdmin.error.${result.error}` as MessageKey));
    onClose();
    notify({
      message: t('signalsAdmin.merge.done', { from: name, into: target ? signalLabel(target, lang) : '' }),
      action: { label: t('signalsAdmin.undo'), run: () => undoSignalChange(db, result.value) },
      focusAction: true,
    });
  };

  return (
    <div className="signal-merge" role="group" aria-labelledby={`${id}-label`}>
      <div className="field">
        <label id={`${id}-label`} htmlFor={`${id}-into`}>
          {t('signalsAdmin.merge.into', { name })}
        </label>
        <select
          id={`${id}-into`}
          autoFocus
          value={into}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-explain`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          onChange={(e) => {
            setInto(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
          }}
        >
          <option value="">{t('signalsAdmin.merge.choose')}</option>
          {targets.map((s) => (
            <option key={s.id} value={s.id}>
              {signalLabel(s, lang)}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-explain`} className="field-hint">
        {t('signalsAdmin.merge.explain', { count: days, name })}
      </p>
      {error && (
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" className="button button-primary button-small" onClick={() => void merge()}>
          {t('signalsAdmin.merge.confirm')}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('app.cancel')}
        </button>
      </div>
    </div>
  );
}
