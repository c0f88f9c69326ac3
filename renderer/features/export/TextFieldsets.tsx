import { useId } from 'react';
import type { Signal } from '../../../shared/domain/types';
import { signalLabel } from '../../../shared/domain/signals';
import type { TextLanguages } from '../../../shared/export';
import { useT } from '../../app/settings';

/** Optional signal filter: ticked signals keep only the entries carrying one of them. */
export function SignalFieldset({ signals, selected, onChange }: { signals: readonly Signal[]; selected: readonly string[]; onChange(ids: string[]): void }) {
  const { t, lang } = useT();
  const id = useId();
  const ticked = new Set(selected);
  const shown = signals.filter((s) => !s.archived || ticked.has(s.id));
  return (
    <fieldset className="export-fieldset" aria-describedby={`${id}-hint`}>
      <legend>{t('exporting.signals.legend')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('exporting.signals.hint')}
      </p>
      <ul className="export-checklist export-signals">
        {shown.map((signal) => (
          <li key={signal.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={ticked.has(signal.id)}
                onChange={(e) => onChange(e.target.checked ? [...selected, signal.id] : selected.filter((s) => s !== signal.id))}
              />
              <span>{signalLabel(signal, lang)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

const LANGUAGES: TextLanguages[] = ['both', 'fr', 'en'];

/** Which entry texts go into the export: French, English, or both side by side. */
export function LanguageFieldset({ value, onChange }: { value: TextLanguages; onChange(value: TextLanguages): void }) {
  const { t } = useT();
  const id = useId();
  return (
    <fieldset className="export-fieldset">
      <legend>{t('exporting.languages.legend')}</legend>
      <div className="export-options">
        {LANGUAGES.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={`${id}-languages`} checked={value === option} onChange={() => onChange(option)} />
            <span>{t(`exporting.languages.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
