import { useId } from 'react';
import { signalLabel } from '../../../shared/domain/signals';
import type { Client, Signal } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/i18n';
import type { TagSummary } from '../../../shared/import/mapping';
import { useT } from '../../app/settings';
import type { TagChoice, TagRowState } from './mappingState';

interface Props {
  tags: readonly TagSummary[];
  rows: Record<string, TagRowState>;
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
    <section className="stack" aria-labelledby={`${id}-title`}>
      <div>
        <h3 id={`${id}-title`}>{t('importing.mapping.tags.title')}</h3>
        <p className="field-hint">{t('importing.mapping.tags.hint')}</p>
      </div>
      <table className="data mapping-table">
        <thead>
          <tr>
            <th scope="col">{t('importing.mapping.column.tag')}</th>
            <th scope="col" className="num">
              {t('importing.mapping.column.count')}
            </th>
            <th scope="col">{t('importing.mapping.column.target')}</th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag, i) => {
            const row = rows[tag.key];
            if (!row) return null;
            const selectId = `${id}-tag-${i}`;
            const creating = row.choice === 'newClient' || row.choice === 'newSignal';
            return (
              <tr key={tag.key}>
                <th scope="row">
                  <label htmlFor={selectId}>{tag.name}</label>
                </th>
                <td className="num">{formatNumber(lang, tag.count)}</td>
                <td>
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
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
