import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { Client } from '../../../shared/domain/types';
import type { MessageKey } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { createClient, nextClientColor } from '../../db/clients';
import { ClientNameError, ClientNameInput } from './ClientNameInput';
import { ColorPicker } from './ColorPicker';

/** Name and colour of a new client; the colour defaults to the first one no client uses yet. */
export function NewClientForm({ clients, nameRef }: { clients: Client[]; nameRef?: RefObject<HTMLInputElement | null> }) {
  const db = useDb();
  const { t } = useT();
  const id = useId();
  const ownRef = useRef<HTMLInputElement>(null);
  const input = nameRef ?? ownRef;
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await createClient(db, { name, color: color ?? nextClientColor(clients) });
    if (!result.ok) {
      setError(t(`clients.error.${result.error}` as MessageKey, { name: name.trim() }));
      setDone('');
    } else {
      setError(null);
      setDone(t('clients.created', { name: result.value.name }));
      setName('');
      setColor(null);
    }
    input.current?.focus();
  };

  return (
    <form className="card new-client" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('clients.new.title')}</h2>
      <div className="new-client-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('clients.name')}</label>
          <ClientNameInput
            id={id}
            inputRef={input}
            value={name}
            error={error}
            onChange={(value) => {
              setName(value);
              setError(null);
            }}
          />
        </div>
        <ColorPicker legend={t('clients.color')} value={color ?? nextClientColor(clients)} onChange={setColor} />
        <button type="submit" className="button button-primary">
          {t('clients.create')}
        </button>
      </div>
      <ClientNameError id={id} error={error} />
      <p className="visually-hidden" role="status">
        {done}
      </p>
    </form>
  );
}
