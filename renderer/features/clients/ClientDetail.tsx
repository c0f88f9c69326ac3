import { useEffect, useRef, type ReactNode } from 'react';
import type { Client } from '../../../shared/domain/types';
import { useT } from '../../app/settings';
import { hrefFor } from '../../app/route';
import { statusText } from './clientStatus';
import { ClientIdentity } from './ClientIdentity';
import { ClientStatusSection } from './ClientStatusSection';
import { ClientNotes } from './ClientNotes';
import { ClientRate } from './ClientRate';
import { IdealCriteria } from './IdealCriteria';

export interface ClientDetailProps {
  client: Client;
  /**
   * The slot for the client's effect on mood and energy, rendered by Insights, e.g.
   * `<ClientDetail client={c} summary={<ClientEffectSummary clientId={c.id} />} />`.
   */
  summary?: ReactNode;
}

/** One client: name and colour, status, the Insights summary, notes, rate and the ideal-client checklist. */
export function ClientDetail({ client, summary }: ClientDetailProps) {
  const { t, lang } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Opening a client from the list keeps the Clients section: move focus to the new heading.
    heading.current?.focus({ preventScroll: true });
  }, [client.id]);

  return (
    <article className="client-detail">
      <a className="back-link" href={hrefFor({ screen: 'clients' })}>
        <span aria-hidden="true">←</span> {t('clients.back')}
      </a>
      <header className="client-header">
        <span className="swatch swatch-large" style={{ background: client.color }} aria-hidden="true" />
        <h1 tabIndex={-1} ref={heading}>
          {client.name}
        </h1>
        <span className={`status-pill status-${client.status}`}>{statusText(client, t, lang)}</span>
      </header>
      {summary && (
        <section className="card client-section client-summary" data-slot="client-summary" aria-label={t('clients.summary.title')}>
          {summary}
        </section>
      )}
      <div className="client-grid">
        <div className="client-main">
          <ClientNotes client={client} />
          <IdealCriteria client={client} />
        </div>
        <div className="client-side">
          <ClientIdentity client={client} />
          <ClientStatusSection client={client} />
          <ClientRate client={client} />
        </div>
      </div>
    </article>
  );
}
