import { useId, useRef, useState } from 'react';
import type { Signal } from '../../../shared/domain/types';
import { signalLabel } from '../../../shared/domain/signals';
import { rankSignals, splitSignals } from '../../../shared/domain/signalUsage';
import type { MessageKey } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { addSignal } from '../../db/signals';
import { ChipToolbar } from '../../components/ChipToolbar';
import { InlineAdd } from '../../components/InlineAdd';

/** How many signals a card shows before "More signals" (plus any already picked). */
export const SHOWN_SIGNALS = 4;

const NONE: Readonly<Record<string, number>> = {};

interface Props {
  /** The group's accessible name, e.g. "Signals with Acme". */
  label: string;
  selected: string[];
  signals: Signal[];
  /** How often each signal was used here (e.g. with this client), most used shown first. */
  counts?: Readonly<Record<string, number>>;
  /** Breaks ties, e.g. use across the whole journal. */
  fallback?: Readonly<Record<string, number>>;
  /** Functional, so an inline add that resolves later never overwrites a newer change. */
  onChange(change: (selected: string[]) => string[]): void;
}

/**
 * Signals as toggle chips, one Tab stop (arrow keys move between them): the most used first, the
 * rest behind "More signals", where the user's own can be added inline (and picked at once).
 */
export function SignalPicker({ label, selected, signals, counts = NONE, fallback = NONE, onChange }: Props) {
  const db = useDb();
  const { t, lang } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const picked = new Set(selected);
  const ranked = rankSignals(signals, picked, counts, fallback, lang);
  const { shown, more } = splitSignals(ranked, picked, SHOWN_SIGNALS);
  const visible = open ? ranked : shown;
  const canAdd = open || more.length === 0;

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
      <div className="signal-row">
        <ChipToolbar className="chips" label={label} id={`${id}-chips`}>
          {visible.map((s) => (
            <button key={s.id} type="button" className="chip chip-small" aria-pressed={picked.has(s.id)} onClick={() => toggle(s.id)}>
              {signalLabel(s, lang)}
            </button>
          ))}
        </ChipToolbar>
        {more.length > 0 && (
          <button
            type="button"
            className="chip chip-small chip-quiet signal-more"
            aria-expanded={open}
            aria-controls={`${id}-chips`}
            aria-label={`${t(open ? 'signalsAdmin.today.fewer' : 'signalsAdmin.today.more', { count: more.length })} (${label})`}
            onClick={() => setOpen(!open)}
          >
            {t(open ? 'signalsAdmin.today.fewer' : 'signalsAdmin.today.more', { count: more.length })}
          </button>
        )}
        {canAdd && !adding && (
          <button type="button" ref={addButton} className="chip chip-small chip-add" onClick={() => setAdding(true)} aria-label={`${t('today.signals.more')} (${label})`}>
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
            setTimeout(() => addButton.current?.focus(), 0);
          }}
        />
      )}
    </div>
  );
}
