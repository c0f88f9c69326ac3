import { memo, useState } from 'react';
import type { Signal } from '../../../shared/domain/types';
import { useT } from '../../app/settings';
import { SignalPicker } from './SignalPicker';

interface Props {
  selected: string[];
  signals: Signal[];
  /** How often each signal was used, most used shown first. */
  usage: Readonly<Record<string, number>>;
  onChange(change: (selected: string[]) => string[]): void;
}

/** Signals of the day not tied to one client, folded away until needed (open when some are set). */
export const DaySignals = memo(function DaySignals({ selected, signals, usage, onChange }: Props) {
  const { t } = useT();
  const [open, setOpen] = useState(selected.length > 0);
  return (
    <details className="entry-section day-signals" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="day-signals-title">{t('today.signals.day')}</span>
        <span className="field-hint">
          {' '}
          · {t('today.signals.dayHint')}
          {selected.length > 0 && <span className="badge">{selected.length}</span>}
        </span>
      </summary>
      <SignalPicker label={t('today.signals.day')} selected={selected} signals={signals} counts={usage} onChange={onChange} />
    </details>
  );
});
