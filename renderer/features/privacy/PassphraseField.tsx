import { useId, useState, type RefObject } from 'react';
import { useSettings } from '../../app/settings';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  hint?: string;
  autoFocus?: boolean;
  autoComplete: 'current-password' | 'new-password' | 'off';
  inputRef?: RefObject<HTMLInputElement | null>;
}

/** A passphrase input with "show what I type", its hint and its error announced with it. */
export function PassphraseField({ label, value, onChange, error, hint, autoFocus, autoComplete, inputRef }: Props) {
  const { t } = useSettings();
  const id = useId();
  const [shown, setShown] = useState(false);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field passphrase-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type={shown ? 'text' : 'password'}
        value={value}
        autoFocus={autoFocus}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
      />
      <label className="choice passphrase-show">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
        <span>{t('privacy.field.show')}</span>
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
