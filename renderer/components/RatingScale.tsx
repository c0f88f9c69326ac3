import { useId, useRef, type KeyboardEvent } from 'react';
import './rating-scale.css';

export interface RatingOption<V extends number> {
  value: V;
  /** The accessible name, e.g. "4 – Good" / "4 – Bien". */
  label: string;
  /** What the button shows, e.g. "4" or "+2". */
  short: string;
  /** A word under the number, e.g. "Good"; omitted for a compact scale. */
  caption?: string;
}

export interface RatingScaleProps<V extends number> {
  /** The group's accessible name, e.g. "Mood" or "How did Acme feel?". */
  legend: string;
  value: V | null;
  options: ReadonlyArray<RatingOption<V>>;
  onChange(value: V | null): void;
  /** Accessible name of the clear button, e.g. "Clear mood". */
  clearLabel: string;
  /** Words shown under the first and last options when options carry no caption, e.g. "Drained" … "Energised". */
  ends?: [string, string];
  className?: string;
}

/**
 * A rating as a native radio group: Tab enters it, arrow keys move and choose, Space picks the
 * focused option, Delete or Backspace clears it, and a × button clears it for pointer users
 * (out of the Tab order: the keyboard already has Delete, and Today stays short to tab through).
 */
export function RatingScale<V extends number>({ legend, value, options, onChange, clearLabel, ends, className }: RatingScaleProps<V>) {
  const name = useId();
  const group = useRef<HTMLDivElement>(null);

  const clear = () => {
    onChange(null);
    // The clear button disables itself; keep the keyboard user inside the scale.
    group.current?.querySelector<HTMLInputElement>('input')?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onChange(null);
    }
  };

  return (
    <fieldset className={`rating ${className ?? ''}`.trim()}>
      <legend className="rating-legend">{legend}</legend>
      <div className="rating-body">
        <div className="rating-options" ref={group}>
          {options.map((o) => (
            <label className="rating-option" key={o.value}>
              <input
                type="radio"
                name={name}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                onKeyDown={onKeyDown}
                aria-label={o.label}
                aria-keyshortcuts="Delete Backspace"
              />
              <span aria-hidden="true">
                <strong>{o.short}</strong>
                {o.caption && <small>{o.caption}</small>}
              </span>
            </label>
          ))}
        </div>
        <button type="button" tabIndex={-1} className="icon-button rating-clear" onClick={clear} disabled={value === null} aria-label={clearLabel} title={clearLabel}>
          ×
        </button>
      </div>
      {ends && (
        <div className="rating-ends" aria-hidden="true">
          <span>{ends[0]}</span>
          <span>{ends[1]}</span>
        </div>
      )}
    </fieldset>
  );
}
