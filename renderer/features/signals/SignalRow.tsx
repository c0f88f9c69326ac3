import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang, Signal } from '../../../shared/domain/types';
import { signalLabel } from '../../../shared/domain/signals';
import type { MessageKey } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { useToasts } from '../../components/Toasts';
import { deleteSignal, renameSignal, setSignalHidden, undoSignalChange, type SignalEditError } from '../../db/signalAdmin';
import { MergeSignal } from './MergeSignal';

interface Props {
  signal: Signal;
  /** Days the signal is used on. */
  days: number;
  all: Signal[];
}

/** One signal: its French and English labels (saved on Enter or leaving the field), use, hide, merge, delete. */
export function SignalRow({ signal, days, all }: Props) {
  const db = useDb();
  const { t, lang } = useT();
  const { notify } = useToasts();
  const id = useId();
  const [draft, setDraft] = useState(signal.label);
  const [error, setError] = useState<SignalEditError | null>(null);
  const [merging, setMerging] = useState(false);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const name = signalLabel(signal, lang);
  const deletable = !signal.builtin && days === 0;
  const why = signal.builtin ? 'signalsAdmin.delete.why.builtin' : days > 0 ? 'signalsAdmin.delete.why.used' : null;

  const commit = async () => {
    if (draft.fr === signal.label.fr && draft.en === signal.label.en) return setError(null);
    const result = await renameSignal(db, signal.id, draft);
    if (!result.ok) return setError(result.error);
    setError(null);
    setDraft(result.value.label);
    const before = signal.label;
    notify({
      message: t('signalsAdmin.renamed', { name: signalLabel(result.value, lang) }),
      action: { label: t('signalsAdmin.undo'), run: () => void renameSignal(db, signal.id, before).then(() => setDraft(before)) },
    });
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') void commit();
    if (e.key === 'Escape') {
      setDraft(signal.label);
      setError(null);
    }
  };

  const toggleHidden = async () => {
    const hide = !signal.archived;
    await setSignalHidden(db, signal.id, hide);
    notify({
      message: t(hide ? 'signalsAdmin.hide.done' : 'signalsAdmin.show.done', { name }),
      action: { label: t('signalsAdmin.undo'), run: () => setSignalHidden(db, signal.id, !hide) },
    });
  };

  const remove = async () => {
    const result = await deleteSignal(db, signal.id);
    if (!result.ok) return setError(result.error);
    notify({ message: t('signalsAdmin.delete.done', { name }), action: { label: t('signalsAdmin.undo'), run: () => undoSignalChange(db, result.value) }, focusAction: true });
  };

  const field = (l: Lang) => (
    <div className="field">
      <label htmlFor={`${id}-${l}`} className="signal-admin-lang">
        {t(l === 'fr' ? 'signalsAdmin.label.fr' : 'signalsAdmin.label.en')}
      </label>
      <input
        id={`${id}-${l}`}
        type="text"
        lang={l}
        value={draft[l]}
        aria-label={t(l === 'fr' ? 'signalsAdmin.label.frOf' : 'signalsAdmin.label.enOf', { name })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft({ ...draft, [l]: e.target.value })}
        onBlur={() => void commit()}
        onKeyDown={onKey}
      />
    </div>
  );

  return (
    <li className={`signal-admin${signal.archived ? ' signal-admin-hidden' : ''}`}>
      <div className="signal-admin-labels">
        {field('fr')}
        {field('en')}
      </div>
      <div className="signal-admin-meta">
        <span className="muted">{days > 0 ? t('signalsAdmin.used', { count: days }) : t('signalsAdmin.unused')}</span>
        {signal.builtin && <span className="badge">{t('signalsAdmin.builtin')}</span>}
        {signal.archived && <span className="badge badge-warn">{t('signalsAdmin.hidden')}</span>}
      </div>
      <div className="row signal-admin-actions">
        <button type="button" className="button button-small" aria-label={t(signal.archived ? 'signalsAdmin.showOf' : 'signalsAdmin.hideOf', { name })} onClick={() => void toggleHidden()}>
          {t(signal.archived ? 'signalsAdmin.show' : 'signalsAdmin.hide')}
        </button>
        <button
          type="button"
          ref={mergeButton}
          className="button button-small"
          aria-expanded={merging}
          aria-label={t('signalsAdmin.mergeOf', { name })}
          onClick={() => setMerging(!merging)}
        >
          {t('signalsAdmin.merge')}
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          aria-label={t('signalsAdmin.deleteOf', { name })}
          disabled={!deletable}
          aria-describedby={why ? `${id}-why` : undefined}
          onClick={() => void remove()}
        >
          {t('signalsAdmin.delete')}
        </button>
        {why && (
          <span id={`${id}-why`} className="field-hint">
            {t(why)}
          </span>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="error-text signal-admin-error" role="alert">
          {t(`signalsAdmin.error.${error}` as MessageKey)}
        </p>
      )}
      {merging && (
        <MergeSignal
          signal={signal}
          days={days}
          all={all}
          onClose={() => {
            setMerging(false);
            setTimeout(() => mergeButton.current?.focus(), 0);
          }}
        />
      )}
    </li>
  );
}
