import { useId, useState } from 'react';
import type { Client, ClientLink, Felt, Signal } from '../../../shared/domain/types';
import type { SignalUsage } from '../../../shared/domain/signalUsage';
import { formatNumber } from '../../../shared/i18n';
import { useT } from '../../app/settings';
import { RatingScale } from '../../components/RatingScale';
import { parseHours, type HoursError } from '../../../shared/domain/hours';
import { feltOptions } from './ratings';
import { SignalPicker } from './SignalPicker';

interface Props {
  client: Pick<Client, 'id' | 'name' | 'color'>;
  link: ClientLink;
  signals: Signal[];
  usage: SignalUsage;
  onChange(change: (link: ClientLink) => ClientLink): void;
}

/** One picked client of an entry: how it felt, hours, and signals. */
export function ClientLinkPanel({ client, link, signals, usage, onChange }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const [hoursText, setHoursText] = useState(() => (link.hours === undefined ? '' : formatNumber(lang, link.hours, 2)));
  const [hoursError, setHoursError] = useState<HoursError | null>(null);
  const hoursInvalid = hoursError !== null;
  const vars = { client: client.name };

  const onHours = (text: string) => {
    setHoursText(text);
    const parsed = parseHours(text);
    // "30" stays on screen, flagged, but is never stored: the entry holds no hours until it is fixed,
    // so the rest of the entry keeps saving.
    setHoursError(parsed.ok ? null : parsed.error);
    onChange((current) => {
      const next: ClientLink = { ...current };
      if (!parsed.ok || parsed.value === null) delete next.hours;
      else next.hours = parsed.value;
      return next;
    });
  };

  return (
    <section className="client-panel" aria-labelledby={`${id}-name`} style={{ borderLeftColor: client.color }}>
      <h3 id={`${id}-name`} className="client-panel-name">
        <span className="swatch" style={{ background: client.color }} aria-hidden="true" />
        {client.name}
      </h3>
      <div className="client-panel-grid">
        <RatingScale<Felt>
          className="rating-compact"
          legend={t('today.felt.label', vars)}
          value={link.felt}
          options={feltOptions(t)}
          onChange={(felt) => onChange((current) => ({ ...current, felt }))}
          clearLabel={t('today.felt.clear', vars)}
          ends={[t('today.felt.m2'), t('today.felt.p2')]}
        />
        <div className="field hours-field">
          <label htmlFor={`${id}-hours`}>{t('today.hours.label', vars)}</label>
          <input
            id={`${id}-hours`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={hoursText}
            onChange={(e) => onHours(e.target.value)}
            aria-invalid={hoursInvalid || undefined}
            aria-describedby={hoursInvalid ? `${id}-hours-error` : `${id}-hours-hint`}
          />
          {hoursInvalid ? (
            <span id={`${id}-hours-error`} className="field-hint error-text" role="alert">
              {hoursError && t(`frictions.hours.error.${hoursError}`)}
            </span>
          ) : (
            <span id={`${id}-hours-hint`} className="field-hint">
              {t('frictions.hours.hint')}
            </span>
          )}
        </div>
      </div>
      <SignalPicker
        label={t('today.signals.client', vars)}
        selected={link.signals}
        signals={signals}
        counts={usage.byClient[client.id]}
        fallback={usage.overall}
        onChange={(change) => onChange((current) => ({ ...current, signals: change(current.signals) }))} />
    </section>
  );
}
