import { useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Client, ClientStatus, DayKey } from '../../../shared/domain/types';
import { formatShortDay, todayKey } from '../../../shared/domain/dates';
import { validateEndDay } from '../../../shared/domain/clientEnd';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { firstDayOfClient, setClientStatus } from '../../db/clients';
import { statusText } from './clientStatus';

/** Pause, end (after a confirmation, on today or a day picked; the history is kept) or reactivate. */
export function ClientStatusSection({ client }: { client: Client }) {
  const db = useDb();
  const { t, lang } = useT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [today] = useState(() => todayKey());
  const [endDay, setEndDay] = useState(today);
  const [tried, setTried] = useState(false);
  const endButton = useRef<HTMLButtonElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const firstDay = useLiveQuery(() => firstDayOfClient(db, client.id), [db, client.id]);
  const checked = validateEndDay(endDay, today, firstDay ?? null);
  const endError = tried && !checked.ok ? checked.error : null;

  const change = async (status: ClientStatus, endedOn?: DayKey) => {
    await setClientStatus(db, client.id, status, today, Date.now(), endedOn);
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
          <div className="field end-day">
            <label htmlFor={`${id}-end`}>{t('frictions.end.date')}</label>
            <input
              id={`${id}-end`}
              type="date"
              autoFocus
              value={endDay}
              min={firstDay ?? undefined}
              max={today}
              aria-invalid={endError ? true : undefined}
              aria-describedby={endError ? `${id}-end-error` : undefined}
              onChange={(e) => {
                setEndDay(e.target.value);
                setTried(false);
              }}
            />
            {endError && (
              <span id={`${id}-end-error`} className="field-hint error-text" role="alert">
                {t(`frictions.end.error.${endError}`, { date: firstDay ? formatShortDay(firstDay, lang) : '' })}
              </span>
            )}
          </div>
          <div className="row">
            <button
              type="button"
              className="button button-danger"
              onClick={async () => {
                setTried(true);
                // Checked against the first day together, read now if the live query has not answered yet.
                const first = firstDay === undefined ? await firstDayOfClient(db, client.id) : firstDay;
                const valid = validateEndDay(endDay, today, first);
                if (valid.ok) void change('ended', valid.value);
              }}
            >
              {t(endDay === today ? 'clients.status.confirmYes' : 'frictions.end.confirm')}
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
