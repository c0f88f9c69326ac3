import { useId } from 'react';
import type { ScaleSummary } from '../../../shared/import/mapping';
import { useT } from '../../app/settings';

interface Props {
  scales: readonly ScaleSummary[];
  /** The key of the scale that gives the energy; null for none. */
  value: string | null;
  onChange(key: string | null): void;
}

/**
 * Daylio's scales ("Energy: 4", "Sleep Quality: 8/10 points", "Sleep Time: 7:30"): one can feed
 * the energy level (suggested for a scale named like energy), the others are listed as not imported.
 */
export function ScaleMapping({ scales, value, onChange }: Props) {
  const { t } = useT();
  const id = useId();
  const usable = scales.filter((s) => !s.duration);
  const ignored = scales.filter((s) => s.key !== value).map((s) => s.name);
  const label = (s: ScaleSummary) => (s.max !== undefined ? t('importMore.scales.outOf', { name: s.name, max: s.max }) : s.name);
  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <div>
        <h3 id={`${id}-title`}>{t('importMore.scales.title')}</h3>
        <p className="field-hint">{t('importMore.scales.hint')}</p>
      </div>
      {usable.length > 0 && (
        <div className="field scale-energy">
          <label htmlFor={`${id}-energy`}>{t('importMore.scales.energy')}</label>
          <select id={`${id}-energy`} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
            <option value="">{t('importMore.scales.none')}</option>
            {usable.map((s) => (
              <option key={s.key} value={s.key}>
                {label(s)}
              </option>
            ))}
          </select>
        </div>
      )}
      {ignored.length > 0 && <p className="muted">{t('importMore.scales.ignored', { names: ignored.join(', ') })}</p>}
    </section>
  );
}
