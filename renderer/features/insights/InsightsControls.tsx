import { useId } from 'react';
import { useT } from '../../app/settings';
import type { Metric } from '../../../shared/stats';
import type { InsightsChoice, RangePreset } from './useInsightsData';

const PRESETS: RangePreset[] = ['3m', '12m', 'all', 'custom'];

interface Props {
  choice: InsightsChoice;
  /** The score shown (choice.metric, or the one Insights opened on). */
  metric: Metric;
  onChange(patch: Partial<InsightsChoice>): void;
  invalid: boolean;
}

/** Metric (radio group), period (presets or custom dates) and which clients: every figure follows them. */
export function InsightsControls({ choice, metric, onChange, invalid }: Props) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="insights-controls card" role="group" aria-label={t('insights.controls.label')}>
      <fieldset className="segmented">
        <legend>{t('insights.metric.legend')}</legend>
        <div className="segmented-options">
          {(['energy', 'mood'] as const).map((m) => (
            <label key={m} className="segmented-option">
              <input type="radio" name={`${id}-metric`} value={m} checked={metric === m} onChange={() => onChange({ metric: m })} />
              <span>{t(`insights.metric.${m}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-range`}>{t('insights.range.label')}</label>
        <select id={`${id}-range`} value={choice.preset} onChange={(e) => onChange({ preset: e.target.value as RangePreset })}>
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`insights.range.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {choice.preset === 'custom' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('insights.range.from')}</label>
            <input id={`${id}-from`} type="date" value={choice.customFrom} max={choice.customTo || undefined} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} onChange={(e) => onChange({ customFrom: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('insights.range.to')}</label>
            <input id={`${id}-to`} type="date" value={choice.customTo} min={choice.customFrom || undefined} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} onChange={(e) => onChange({ customTo: e.target.value })} />
          </div>
        </>
      )}
      <fieldset className="segmented">
        <legend>{t('insights.clients.legend')}</legend>
        <div className="segmented-options">
          {(['active', 'all'] as const).map((f) => (
            <label key={f} className="segmented-option">
              <input type="radio" name={`${id}-clients`} value={f} checked={choice.clientFilter === f} onChange={() => onChange({ clientFilter: f })} />
              <span>{t(`insights.clients.${f}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {invalid && (
        <p id={`${id}-error`} className="error-text insights-controls-error" role="alert">
          {t('insights.range.invalid')}
        </p>
      )}
    </div>
  );
}
