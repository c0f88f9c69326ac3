import { useId } from 'react';
import type { Client } from '../../../shared/domain/types';
import { useT } from '../../app/settings';
import type { ExportChoices } from './selection';

interface Props {
  clients: readonly Client[];
  choices: ExportChoices;
  onChange(patch: Partial<ExportChoices>): void;
}

/** All clients, or a ticked few (each with its colour); and whether Markdown gets one file per client. */
export function ClientFieldset({ clients, choices, onChange }: Props) {
  const { t } = useT();
  const id = useId();
  const ticked = new Set(choices.clientIds);
  const toggle = (clientId: string, on: boolean) =>
    onChange({ clientIds: on ? [...choices.clientIds, clientId] : choices.clientIds.filter((c) => c !== clientId) });
  return (
    <fieldset className="export-fieldset">
      <legend>{t('exporting.clients.legend')}</legend>
      {clients.length === 0 ? (
        <p className="field-hint">{t('exporting.clients.none')}</p>
      ) : (
        <>
          <div className="export-options">
            {(['all', 'some'] as const).map((mode) => (
              <label key={mode} className="choice">
                <input type="radio" name={`${id}-mode`} checked={choices.clientMode === mode} onChange={() => onChange({ clientMode: mode })} />
                <span>{t(mode === 'all' ? 'exporting.clients.all' : 'exporting.clients.some')}</span>
              </label>
            ))}
          </div>
          {choices.clientMode === 'some' && (
            <ul className="export-checklist" aria-label={t('exporting.clients.listLabel')}>
              {clients.map((client) => (
                <li key={client.id}>
                  <label className="choice">
                    <input type="checkbox" checked={ticked.has(client.id)} onChange={(e) => toggle(client.id, e.target.checked)} />
                    <span className="swatch" style={{ background: client.color }} aria-hidden="true" />
                    <span>{client.name}</span>
                    {client.status !== 'active' && <span className="badge">{t(`clients.status.${client.status}`)}</span>}
                  </label>
                </li>
              ))}
            </ul>
          )}
          <label className="choice">
            <input type="checkbox" checked={choices.perClient} onChange={(e) => onChange({ perClient: e.target.checked })} />
            <span>{t('exporting.clients.perClient')}</span>
          </label>
        </>
      )}
    </fieldset>
  );
}
