import { useId } from 'react';
import { MIN_DAYS_WITH, MIN_DAYS_WITHOUT, feltReading, feltSummary } from '../../../shared/stats';
import type { InsightSectionProps } from './sectionProps';

/**
 * The first days of a journal: what can already be said honestly, the thresholds for a client's
 * measured effect, and how far each client is from them — with the user's own felt ratings, which
 * mean something from the first rated day.
 */
export function EarlySection({ insights, look, metric, lang, t, allDays }: InsightSectionProps & { allDays: number }) {
  const id = useId();
  const clients = insights.clients.filter((c) => c.daysWith > 0);
  const metricIn = t(`explain.metricIn.${metric}`);
  return (
    <section className="card insight-section early" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('explain.early.title')}</h2>
      <p>{t('explain.early.body', { count: allDays })}</p>
      <p className="insight-note">{t('explain.early.thresholds', { minWith: MIN_DAYS_WITH, minWithout: MIN_DAYS_WITHOUT })}</p>
      {clients.length === 0 ? (
        <p className="muted">{t('explain.early.none')}</p>
      ) : (
        <ul className="early-clients">
          {clients.map((c) => {
            const { name, color } = look(c.clientId);
            const w = c[metric].withWithout;
            const ready = c[metric].decision.verdict !== 'insufficient';
            return (
              <li key={c.clientId}>
                <p className="early-client-name">
                  <span className="swatch" style={{ background: color }} aria-hidden="true" /> <strong>{name}</strong>
                </p>
                <p>
                  {t('explain.early.client', { metricIn, with: w.daysWith, without: w.daysWithout, minWith: MIN_DAYS_WITH, minWithout: MIN_DAYS_WITHOUT })}
                  {ready && ` — ${t('explain.early.ready')}`}
                </p>
                <progress max={MIN_DAYS_WITH} value={Math.min(MIN_DAYS_WITH, w.daysWith)} aria-label={`${name} — ${t('explain.early.client', { metricIn, with: w.daysWith, without: w.daysWithout, minWith: MIN_DAYS_WITH, minWithout: MIN_DAYS_WITHOUT })}`} />
                <p className="muted">{feltReading(t, lang, name, feltSummary(c.felt))}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
