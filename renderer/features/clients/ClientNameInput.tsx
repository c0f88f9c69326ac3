import type { Ref } from 'react';

interface Props {
  /** From the form's useId(): the input is `${id}-name`, its error `${id}-error`. */
  id: string;
  value: string;
  error: string | null;
  onChange(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A client's name field, marked invalid and described by the error below it while there is one. */
export function ClientNameInput({ id, value, error, onChange, inputRef }: Props) {
  return (
    <input
      id={`${id}-name`}
      ref={inputRef}
      type="text"
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
    />
  );
}

/** Why the name was refused, e.g. "A client named “acme” already exists.", announced as it appears. */
export function ClientNameError({ id, error }: { id: string; error: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="error-text form-message" role="alert">
      {error}
    </p>
  );
}
