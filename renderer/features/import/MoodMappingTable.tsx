import { useId } from 'react';
import type { MoodSummary } from '../../../shared/import/mapping';
import { useT } from '../../app/settings';
import { MappingRow, MappingTable } from './MappingTable';

const LEVELS = [1, 2, 3, 4, 5] as const;
const LEVEL_KEYS = { 1: 'today.mood.1', 2: 'today.mood.2', 3: 'today.mood.3', 4: 'today.mood.4', 5: 'today.mood.5' } as const;

interface Props {
  moods: readonly MoodSummary[];
  levels: ReadonlyMap<string, number | null>;
  onChange(key: string, level: number | null): void;
}

/** Daylio's mood names → levels 1–5; a name Humeur does not know ("épuisé") starts unchosen. */
export function MoodMappingTable({ moods, levels, onChange }: Props) {
  const { t } = useT();
  const id = useId();
  return (
    <MappingTable id={id} title={t('importing.mapping.moods.title')} hint={t('importing.mapping.moods.hint')}>
      {moods.map((mood, i) => {
        const level = levels.get(mood.key) ?? null;
        const selectId = `${id}-mood-${i}`;
        return (
          <MappingRow
            key={mood.key}
            selectId={selectId}
            name={mood.name}
            count={mood.count}
            note={level === null && <span className="badge badge-warning">{t('importing.mapping.mood.unknown')}</span>}
          >
            <select
              id={selectId}
              value={level ?? ''}
              aria-invalid={level === null ? true : undefined}
              onChange={(e) => onChange(mood.key, e.target.value === '' ? null : Number(e.target.value))}
            >
              {level === null && <option value="">{t('importing.mapping.mood.choose')}</option>}
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t('today.rating.option', { value: l, label: t(LEVEL_KEYS[l]) })}
                </option>
              ))}
            </select>
          </MappingRow>
        );
      })}
    </MappingTable>
  );
}
