import { useLiveQuery } from 'dexie-react-hooks';
import type { Client } from '../../../shared/domain/types';
import { formatShortDay } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { criteriaList, idealScore } from '../../../shared/domain/criteria';
import { hrefFor } from '../../app/route';
import { dayCountByClient, lastSeenByClient, sortClients } from '../../db/clients';
import { statusText } from './clientStatus';

/** Every client with colour, status, the last day seen and the number of days in the journal. */
export function ClientList({ clients, onAddFirst }: { clients: Client[]; onAddFirst(): void }) {
  const db = useDb();
  const { t, lang, settings } = useSettings();
  const criteria = criteriaList(settings.idealCriteria);
  const lastSeen = useLiveQuery(() => lastSeenByClient(db), [db]);
  const dayCounts = useLiveQuery(() => dayCountByClient(db), [db]);

  if (clients.length === 0) {
    return (
      <div className="empty-state clients-empty">
        <h2>{t('clients.empty.title')}</h2>
        <p>{t('emptyStates.clients.body')}</p>
        <button type="button" className="button button-primary" onClick={onAddFirst}>
          {t('clients.empty.add')}
        </button>
      </div>
    );
  }

  return (
    <div className="table-scroll" role="region" aria-label={t('clients.list.label')} tabIndex={0}>
    <table className="data client-table">
      <caption className="visually-hidden">{t('clients.list.label')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('clients.col.name')}</th>
          <th scope="col">{t('clients.col.status')}</th>
          <th scope="col">{t('clients.col.lastSeen')}</th>
          <th scope="col" className="num">
            {t('clients.col.days')}
          </th>
          <th scope="col" className="num">
            {t('idealCriteria.column')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sortClients(clients, lang).map((c) => {
          const seen = lastSeen?.[c.id];
          const score = idealScore(criteria, c);
          return (
            <tr key={c.id} className={`client-row client-${c.status}`}>
              <th scope="row">
                <a href={hrefFor({ screen: 'clients', param: c.id })} className="client-link">
                  <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                  {c.name}
                </a>
              </th>
              <td>
                <span className={`status-pill status-${c.status}`}>{statusText(c, t, lang)}</span>
              </td>
              <td>{seen ? formatShortDay(seen, lang) : <span className="muted">{t('clients.lastSeen.never')}</span>}</td>
              <td className="num">{dayCounts?.[c.id] ?? 0}</td>
              <td className="num">
                <span aria-hidden="true">{t('idealCriteria.score', score)}</span>
                <span className="visually-hidden">{t('idealCriteria.scoreLabel', score)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
