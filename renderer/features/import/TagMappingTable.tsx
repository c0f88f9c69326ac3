import { useId } from 'react';
import { signalLabel } from '../../../shared/domain/signals';
import type { Client, Signal } from '../../../shared/domain/types';
import type { TagSummary } from '../../../shared/import/mapping';
import { useT } from '../../app/settings';
import { MappingRow, MappingTable } from './MappingTable';
import type { TagChoice, TagRowState } from './mappingState';

interface Props {
  tags: readonly TagSummary[];
  rows: ReadonlyMap<string, TagRowState>;
  clients: readonly Client[];
  signals: readonly Signal[];
  onChange(key: string, row: TagRowState): void;
}

/**
 * One row per activity or tag, most used first: a select labelled by the tag's name (ignore,
 * new client, new signal, or an existing one), and the new one's name when creating.
 */
export function TagMappingTable({ tags, rows, clients, signals, onChange }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const clientOptions = [...clients].sort((a, b) => a.name.localeCompare(b.name, lang));
  const signalOptions = signals
    .filter((s) => !s.archived)
    .map((s) => ({ id: s.id, label: signalLabel(s, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

  return (
    <MappingTable id={id} title={t('importing.mapping.tags.title')} hint={t('importing.mapping.tags.hint')}>
      {tags.map((tag, i) => {
        const row = rows.get(tag.key);
        if (!row) return null;
        const selectId = `${id}-tag-${i}`;
        const creating = row.choice === 'newClient' || row.choice === 'newSignal';
        return (
          <MappingRow key={tag.key} selectId={selectId} name={tag.name} count={tag.count}>
            <div className="mapping-target">
              <select id={selectId} value={row.choice} onChange={(e) => onChange(tag.key, { ...row, choice: e.target.value as TagChoice })}>
                <option value="ignore">{t('importing.mapping.option.ignore')}</option>
                <option value="newClient">{t('importing.mapping.option.newClient')}</option>
                <option value="newSignal">{t('importing.mapping.option.newSignal')}</option>
                {clientOptions.length > 0 && (
                  <optgroup label={t('importing.mapping.group.clients')}>
                    {clientOptions.map((c) => (
                      <option key={c.id} value={`client:${c.id}`}>
                        {c.name}
                      </option>
                    ))}
                  </optgroup>
                )}
                <optgroup label={t('importing.mapping.group.signals')}>
                  {signalOptions.map((s) => (
                    <option key={s.id} value={`signal:${s.id}`}>
                      {s.label}
                    </option>
                  ))}
                </optgroup>
              </select>
              {creating && (
                <input
                  type="text"
                  value={row.newName}
                  aria-label={t(row.choice === 'newClient' ? 'importing.mapping.newClient.label' : 'importing.mapping.newSignal.label', { tag: tag.name })}
                  aria-invalid={row.newName.trim() === '' ? true : undefined}
                  onChange={(e) => onChange(tag.key, { ...row, newName: e.target.value })}
                />
              )}
            </div>
          </MappingRow>
        );
      })}
    </MappingTable>
  );
}
