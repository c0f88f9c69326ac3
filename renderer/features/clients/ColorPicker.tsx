import { useId } from 'react';
import { CLIENT_COLORS } from '../../../shared/domain/signals';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../app/settings';

/** The palette as a radio group of swatches (arrow keys move), plus a free colour input. */
export function ColorPicker({ value, onChange, legend }: { value: string; onChange(color: string): void; legend: string }) {
  const { t } = useT();
  const name = useId();
  const inPalette = (CLIENT_COLORS as readonly string[]).includes(value.toLowerCase());
  return (
    <fieldset className="color-picker">
      <legend className="label">{legend}</legend>
      <div className="color-options">
        {CLIENT_COLORS.map((color, i) => (
          <label key={color} className="color-option" title={t(`clients.color.${i}` as MessageKey)}>
            <input
              type="radio"
              name={name}
              value={color}
              checked={value.toLowerCase() === color}
              onChange={() => onChange(color)}
              aria-label={t(`clients.color.${i}` as MessageKey)}
            />
            <span style={{ background: color }} aria-hidden="true" />
          </label>
        ))}
        <label className={`color-custom ${inPalette ? '' : 'is-selected'}`.trim()}>
          <span className="visually-hidden">{t('clients.color.custom')}</span>
          <input type="color" value={value} onChange={(e) => onChange(e.target.value)} />
        </label>
      </div>
    </fieldset>
  );
}
