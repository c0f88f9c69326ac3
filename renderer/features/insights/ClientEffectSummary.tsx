import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { METRICS, computeClientEffects } from '../../../shared/stats';
import { effectReading, moodEnergyReading, trendReading, verdictLabel } from '../../../shared/stats/readings';
import { useDb } from '../../app/DbContext';
import { hrefFor } from '../../app/route';
import { useT } from '../../app/settings';
import { loadDaySummaries } from '../../db/days';
import { getClient } from '../../db/clients';
import './insights.css';

/**
 * One client's effect on mood and on energy over the whole journal: verdicts, readings and day
 * counts, for the Clients screen's detail view (its `summary` slot). Reads only the `days` and
 * `clients` tables; every client of the journal enters the model, so the numbers match Insights'
 * "all time" view with all clients.
 */
export function ClientEffectSummary({ clientId }: { clientId: string }) {
  const db = useDb();
  const { t, lang } = useT();
  const data = useLiveQuery(async () => {
    const [days, client] = await Promise.all([loadDaySummaries(db), getClient(db, clientId)]);
    return { days, clientName: client?.name ?? null };
  }, [db, clientId]);
  const effects = useMemo(() => (data ? computeClientEffects(data.days, { clientIds: [clientId] })[0] : undefined), [data, clientId]);

  if (!data || !effects) return <p className="loading">{t('app.loading')}</p>;
  const name = data.clientName ?? t('insights.unknownClient');
  const both = moodEnergyReading(t, name, effects);
  return (
    <div className="client-effect-summary">
      <h2>{t('insights.summary.title')}</h2>
      {effects.daysWith === 0 ? (
        <p className="muted">{t('insights.summary.none')}</p>
      ) : (
        <>
          <p className="muted">{t('insights.summary.days', { count: effects.daysWith })}</p>
          <dl className="effect-list">
            {[...METRICS].reverse().map((metric) => (
              <div key={metric}>
                <dt>
                  {t(`insights.metric.${metric}`)}{' '}
                  <span className={`verdict verdict-${effects[metric].decision.verdict}`}>{verdictLabel(t, effects[metric].decision.verdict)}</span>
                </dt>
                <dd>{effectReading(t, lang, name, metric, effects[metric])}</dd>
              </div>
            ))}
          </dl>
          {both && <p>{both}</p>}
          {effects.energy.decision.verdict !== 'insufficient' && <p>{trendReading(t, lang, name, 'energy', effects.energy.trend)}</p>}
        </>
      )}
      <p>
        <a href={hrefFor({ screen: 'insights' })}>{t('insights.title')}</a>
      </p>
    </div>
  );
}
