import { useId } from 'react';
import type { Lang } from '../../../shared/domain/types';
import { formatMoney, formatNumber, type Translate } from '../../../shared/i18n';
import type { MoneyRow } from '../../../shared/stats';
import type { ClientLook } from './charts';
import { ScrollTable } from './ScrollTable';

/** Hours and, where a rate is known, earnings per client; shown only when some hours exist. */
export function MoneySection({ rows, look, lang, t }: { rows: readonly MoneyRow[]; look: (clientId: string) => ClientLook; lang: Lang; t: Translate }) {
  const id = useId();
  if (rows.length === 0) return null;
  const money = (v: number | null, currency: string | null) => (v === null || currency === null ? '—' : formatMoney(lang, v, currency));
  return (
    <section className="card insight-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('insights.money.title')}</h2>
      <p className="insight-note">{t('insights.money.caption')}</p>
      <ScrollTable label={t('insights.money.title')}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('insights.col.client')}</th>
              <th scope="col" className="num">{t('insights.col.hours')}</th>
              <th scope="col" className="num">{t('insights.col.hoursPerWeek')}</th>
              <th scope="col" className="num">{t('insights.col.rate')}</th>
              <th scope="col" className="num">{t('insights.col.earned')}</th>
              <th scope="col" className="num">{t('insights.col.perDay')}</th>
              <th scope="col" className="num">{t('insights.col.perPoint')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.clientId}>
                <th scope="row">
                  <span className="swatch" style={{ background: look(r.clientId).color }} aria-hidden="true" /> {look(r.clientId).name}
                </th>
                <td className="num">{formatNumber(lang, r.hours)}</td>
                <td className="num">{formatNumber(lang, r.hoursPerWeek)}</td>
                <td className="num">{money(r.rate, r.currency)}</td>
                <td className="num">{money(r.earned, r.currency)}</td>
                <td className="num">{money(r.earnedPerDay, r.currency)}</td>
                <td className="num">{money(r.earnedPerEnergyPoint, r.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
