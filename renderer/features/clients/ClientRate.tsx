import { useId, useState } from 'react';
import type { Client } from '../../../shared/domain/types';
import { formatNumber, localeTag } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { updateClient } from '../../db/clients';

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'] as const;

/** Reads "65", "62,50" or "62.50"; null for an empty field, NaN for anything else. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  if (t === '') return null;
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return NaN;
  return Number(t);
}

/** An optional hourly rate and its currency (EUR unless chosen otherwise). */
export function ClientRate({ client }: { client: Client }) {
  const db = useDb();
  const { t, lang } = useT();
  const id = useId();
  const [text, setText] = useState(client.hourlyRate === undefined ? '' : formatNumber(lang, client.hourlyRate, 2));
  const [invalid, setInvalid] = useState(false);
  const currency = client.currency ?? 'EUR';
  const codes: string[] = CURRENCIES.includes(currency as (typeof CURRENCIES)[number]) ? [...CURRENCIES] : [...CURRENCIES, currency];
  const names = new Intl.DisplayNames(localeTag(lang), { type: 'currency' });

  const saveRate = async () => {
    const value = parseAmount(text);
    if (Number.isNaN(value)) return setInvalid(true);
    setInvalid(false);
    if ((value ?? undefined) === client.hourlyRate) return;
    await updateClient(db, client.id, { hourlyRate: value ?? undefined, currency });
  };

  return (
    <section className="card client-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('clients.section.money')}</h2>
      <div className="rate-fields">
        <div className="field">
          <label htmlFor={`${id}-rate`}>{t('clients.rate')}</label>
          <input
            id={`${id}-rate`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setInvalid(false);
            }}
            onBlur={() => void saveRate()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void saveRate();
            }}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-rate-note`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-currency`}>{t('clients.currency')}</label>
          <select id={`${id}-currency`} value={currency} onChange={(e) => void updateClient(db, client.id, { currency: e.target.value })}>
            {codes.map((code) => (
              <option key={code} value={code}>
                {code} · {names.of(code)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {invalid ? (
        <p id={`${id}-rate-note`} className="field-hint error-text" role="alert">
          {t('clients.rate.invalid')}
        </p>
      ) : (
        <p id={`${id}-rate-note`} className="field-hint">
          {t('clients.rate.hint')}
        </p>
      )}
    </section>
  );
}
