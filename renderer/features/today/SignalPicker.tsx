import { useId, useRef, useState } from 'react';
import type { Signal } from '../../../shared/domain/types';
import { signalLabel } from '../../../shared/domain/signals';
import type { MessageKey } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { addSignal, sortSignals } from '../../db/signals';
import { InlineAdd } from '../../components/InlineAdd';

interface Props {
  /** The group's accessible name, e.g. "Signals with Acme". */
  label: string;
  selected: string[];
  signals: Signal[];
  /** Functional, so an inline add that resolves later never overwrites a newer change. */
  onChange(change: (selected: string[]) => string[]): void;
}

/** Signals as toggle chips, plus the user's own added inline (and picked at once). */
export function SignalPicker({ label, selected, signals, onChange }: Props) {
  const db = useDb();
  const { t, lang } = useT();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const picked = new Set(selected);
  const shown = sortSignals(
    signals.filter((s) => !s.archived || picked.has(s.id)),
    lang,
  );

  const toggle = (signalId: string) =>
    onChange((current) => (current.includes(signalId) ? current.filter((s) => s !== signalId) : [...current, signalId]));

  const add = async (text: string) => {
    const result = await addSignal(db, text, lang);
    if (!result.ok) return t(`today.signals.error.${result.error}` as MessageKey);
    onChange((current) => [...current, result.value.id]);
    return null;
  };

  return (
    <div className="signal-picker">
      <div className="chips" role="group" aria-label={label} id={id}>
        {shown.map((s) => (
          <button key={s.id} type="button" className="chip chip-small" aria-pressed={picked.has(s.id)} onClick={() => toggle(s.id)}>
            {signalLabel(s, lang)}
          </button>
        ))}
        {!adding && (
          <button type="button" ref={moreButton} className="chip chip-small chip-add" onClick={() => setAdding(true)} aria-label={`${t('today.signals.more')} (${label})`}>
            <span aria-hidden="true">+</span> {t('today.signals.more')}
          </button>
        )}
      </div>
      {adding && (
        <InlineAdd
          className="signal-add"
          label={t('today.signals.new')}
          buttonLabel={t('today.signals.add')}
          onAdd={add}
          autoFocus
          onCancel={() => {
            setAdding(false);
            setTimeout(() => moreButton.current?.focus(), 0);
          }}
        />
      )}
    </div>
  );
}
