import { useId, useRef, useState, type KeyboardEvent } from 'react';

export interface InlineAddProps {
  /** The field's accessible name, e.g. "New client". */
  label: string;
  buttonLabel: string;
  /** Adds the trimmed-or-not text; resolves to an error message to show, or null on success. */
  onAdd(text: string): Promise<string | null>;
  /** Shown after a success in a polite live region, e.g. "Acme added and picked." */
  successMessage?(text: string): string;
  onCancel?(): void;
  autoFocus?: boolean;
  className?: string;
}

/** The field's text once `submitted` was added, e.g. "Acme Béa" after adding "Acme" → "Béa". */
export function afterAdding(now: string, submitted: string): string {
  if (now === submitted) return '';
  return now.startsWith(submitted) ? now.slice(submitted.length).trimStart() : now;
}

/**
 * A text field and its button: Enter adds, Escape cancels. On an error the text stays in the
 * field (nothing typed is lost) and the message is linked to the field and announced.
 */
export function InlineAdd({ label, buttonLabel, onAdd, successMessage, onCancel, autoFocus, className }: InlineAddProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    const submitted = text;
    try {
      const message = await onAdd(submitted);
      setError(message);
      if (message === null) {
        setDone(successMessage?.(submitted.trim()) ?? '');
        // Only what was added leaves the field: words typed while it was saving stay.
        setText((now) => afterAdding(now, submitted));
      } else setDone('');
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      onCancel();
    }
  };

  return (
    <div className={`inline-add ${className ?? ''}`.trim()}>
      <div className="inline-add-row">
        <label className="visually-hidden" htmlFor={`${id}-input`}>
          {label}
        </label>
        <input
          id={`${id}-input`}
          ref={input}
          type="text"
          value={text}
          placeholder={label}
          autoFocus={autoFocus}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="button" className="button button-small" onClick={() => void submit()} disabled={busy}>
          {buttonLabel}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="error-text inline-add-message" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {done}
      </p>
    </div>
  );
}
