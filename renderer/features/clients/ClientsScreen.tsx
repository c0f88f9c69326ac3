import { useEffect, useRef, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Client } from '../../../shared/domain/types';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { hrefFor } from '../../app/route';
import { listClients } from '../../db/clients';
import { ClientDetail } from './ClientDetail';
import { ClientList } from './ClientList';
import { NewClientForm } from './NewClientForm';
import './clients.css';

export interface ClientsScreenProps {
  /** From the route "#/clients/<id>": show that client's detail. */
  clientId?: string;
  /** Renders the "effect on mood and energy" summary for a client's detail view (wired by Insights). */
  renderSummary?(client: Client): ReactNode;
}

export function ClientsScreen({ clientId, renderSummary }: ClientsScreenProps) {
  const db = useDb();
  const { t } = useT();
  const clients = useLiveQuery(() => listClients(db), [db]);
  const nameField = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasDetail = useRef(false);
  useEffect(() => {
    // Back from a client's detail: focus the list's heading, as a screen change would.
    if (!clientId && wasDetail.current) heading.current?.focus({ preventScroll: true });
    wasDetail.current = Boolean(clientId);
  }, [clientId]);

  if (!clients) return <p className="loading">{t('app.loading')}</p>;

  if (clientId) {
    const client = clients.find((c) => c.id === clientId);
    if (!client) {
      return (
        <section className="clients">
          <h1 tabIndex={-1}>{t('clients.title')}</h1>
          <p>{t('clients.notFound.body')}</p>
          <a href={hrefFor({ screen: 'clients' })}>{t('clients.back')}</a>
        </section>
      );
    }
    return <ClientDetail key={client.id} client={client} summary={renderSummary?.(client)} />;
  }

  return (
    <section className="clients">
      <header className="clients-header">
        <h1 tabIndex={-1} ref={heading}>
          {t('clients.title')}
        </h1>
        <p className="muted">{t('clients.intro')}</p>
      </header>
      <NewClientForm clients={clients} nameRef={nameField} />
      <ClientList clients={clients} onAddFirst={() => nameField.current?.focus()} />
    </section>
  );
}
