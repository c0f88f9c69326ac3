import { useId, useState, type FormEvent } from 'react';
import type { Client } from '../../../shared/domain/types';
import type { MessageKey } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { updateClient } from '../../db/clients';
import { ClientNameError, ClientNameInput } from './ClientNameInput';
import { ColorPicker } from './ColorPicker';

/** Rename (duplicates and empty names refused with a message, the text kept) and recolour. */
export function ClientIdentity({ client }: { client: Client }) {
  const db = useDb();
  const { t } = useT();
  const id = useId();
  const [name, setName] = useState(client.name);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    const result = await updateClient(db, client.id, { name });
    if (!result.ok) {
      setError(t(`clients.error.${result.error}` as MessageKey, { name: name.trim() }));
      setDone('');
      return;
    }
    setError(null);
    setName(result.value.name);
    setDone(t('clients.renamed', { name: result.value.name }));
  };

  const recolour = async (color: string) => {
    const result = await updateClient(db, client.id, { color });
    if (result.ok) setDone(t('clients.recoloured'));
  };

  return (
    <section className="card client-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('clients.section.identity')}</h2>
      <form className="rename-form" onSubmit={rename} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('clients.name')}</label>
          <div className="row">
            <ClientNameInput
              id={id}
              value={name}
              error={error}
              onChange={(value) => {
                setName(value);
                setError(null);
              }}
            />
            <button type="submit" className="button" disabled={name === client.name}>
              {t('clients.rename')}
            </button>
          </div>
        </div>
        <ClientNameError id={id} error={error} />
      </form>
      <ColorPicker legend={t('clients.color')} value={client.color} onChange={(c) => void recolour(c)} />
      <p className="visually-hidden" role="status">
        {done}
      </p>
    </section>
  );
}
