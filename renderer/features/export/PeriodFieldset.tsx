import { useId } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import { describePeriod } from '../../../shared/export/model';
import { useT } from '../../app/settings';
import { customStart, PERIOD_PRESETS, resolvePeriod, type PeriodChoice } from './period';

interface Props {
  value: PeriodChoice;
  today: DayKey;
  onChange(value: PeriodChoice): void;
}

/** Presets as radio buttons (arrow keys move between them), custom dates as two date fields. */
export function PeriodFieldset({ value, today, onChange }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const resolved = resolvePeriod(value, today);
  const errorId = `${id}-error`;
  const invalid = !resolved.ok;
  return (
    <fieldset className="export-fieldset">
      <legend>{t('exporting.period.legend')}</legend>
      <div className="export-options">
        {PERIOD_PRESETS.map((preset) => (
          <label key={preset} className="choice">
            <input
              type="radio"
              name={`${id}-period`}
              checked={value.preset === preset}
              onChange={() => onChange(preset === 'custom' ? customStart(value, today) : { ...value, preset })}
            />
            <span>{t(`exporting.period.${preset}`)}</span>
          </label>
        ))}
      </div>
      {value.preset === 'custom' && (
        <div className="export-dates">
          {(['from', 'to'] as const).map((side) => (
            <div className="field" key={side}>
              <label htmlFor={`${id}-${side}`}>{t(`exporting.period.${side}`)}</label>
              <input
                id={`${id}-${side}`}
                type="date"
                value={value[side]}
                max={side === 'to' ? undefined : value.to || undefined}
                aria-invalid={invalid}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(e) => onChange({ ...value, [side]: e.target.value })}
              />
            </div>
          ))}
        </div>
      )}
      {resolved.ok ? (
        <p className="field-hint">{describePeriod(resolved.value, lang)}</p>
      ) : (
        <p id={errorId} className="error-text" role="alert">
          {t(resolved.error === 'order' ? 'exporting.period.error.order' : 'exporting.period.error.missing')}
        </p>
      )}
    </fieldset>
  );
}
