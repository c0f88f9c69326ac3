import { useId, useRef, useState } from 'react';
import type { Client, ClientStatus } from '../../../shared/domain/types';
import { todayKey } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { setClientStatus } from '../../db/clients';
import { statusText } from './clientStatus';

/** Pause, end (after a confirmation; the date is recorded and the history kept) or reactivate. */
export function ClientStatusSection({ client }: { client: Client }) {
  const db = useDb();
  const { t, lang } = useT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);

  const change = async (status: ClientStatus) => {
    await setClientStatus(db, client.id, status, todayKey());
    setConfirming(false);
    // The button pressed may disappear with the new status; keep focus on the section.
    statusLine.current?.focus();
  };

  return (
    <section className="card client-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('clients.section.status')}</h2>
      <p ref={statusLine} tabIndex={-1} role="status" className="status-line">
        <span className={`status-pill status-${client.status}`}>{statusText(client, t, lang)}</span>
      </p>
      <p className="field-hint">{t('clients.status.hint')}</p>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('clients.status.confirm', { name: client.name })}</p>
          <div className="row">
            <button type="button" className="button button-danger" autoFocus onClick={() => void change('ended')}>
              {t('clients.status.confirmYes')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => endButton.current?.focus(), 0);
              }}
            >
              {t('app.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          {client.status === 'active' && (
            <button type="button" className="button" onClick={() => void change('paused')}>
              {t('clients.status.pause')}
            </button>
          )}
          {client.status !== 'active' && (
            <button type="button" className="button" onClick={() => void change('active')}>
              {t('clients.status.reactivate')}
            </button>
          )}
          {client.status !== 'ended' && (
            <button type="button" ref={endButton} className="button button-danger" onClick={() => setConfirming(true)}>
              {t('clients.status.end')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
