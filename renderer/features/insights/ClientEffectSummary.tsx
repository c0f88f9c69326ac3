import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { computeClientEffects, feltDisagreement, feltReading, feltSummary, otherMetric, preferredMetric, ratedCounts } from '../../../shared/stats';
import { effectReading, moodEnergyReading, trendReading, verdictLabel } from '../../../shared/stats/readings';
import { useDb } from '../../app/DbContext';
import { hrefFor } from '../../app/route';
import { useSettings } from '../../app/settings';
import { loadDaySummaries } from '../../db/days';
import { getClient } from '../../db/clients';
import { HowWeKnow } from './HowWeKnow';
import './insights.css';

/**
 * One client's effect on mood and on energy over the whole journal, for the Clients screen's
 * detail view (its `summary` slot): the user's own felt rating first, then each score — the one
 * with data first, as Insights opens on it — with its verdict, reading, "How do we know?" and the
 * sentence that says when the felt rating and the measure disagree. Reads only the `days` and
 * `clients` tables; every client of the journal enters the model, so the numbers match Insights'
 * "all time" view with all clients.
 */
export function ClientEffectSummary({ clientId }: { clientId: string }) {
  const db = useDb();
  const { t, lang, settings } = useSettings();
  const data = useLiveQuery(async () => {
    const [days, client] = await Promise.all([loadDaySummaries(db), getClient(db, clientId)]);
    return { days, clientName: client?.name ?? null };
  }, [db, clientId]);
  const computed = useMemo(() => {
    if (!data) return undefined;
    const first = preferredMetric(ratedCounts(data.days), settings.insightsMetric ?? null);
    return { effects: computeClientEffects(data.days, { clientIds: [clientId] })[0], metrics: [first, otherMetric(first)] as const };
  }, [data, clientId, settings.insightsMetric]);

  if (!data || !computed) return <p className="loading">{t('app.loading')}</p>;
  const { effects, metrics } = computed;
  const name = data.clientName ?? t('insights.unknownClient');
  const both = moodEnergyReading(t, name, effects);
  const felt = feltSummary(effects.felt);
  const lead = metrics[0];
  return (
    <div className="client-effect-summary">
      <h2>{t('insights.summary.title')}</h2>
      {effects.daysWith === 0 ? (
        <p className="muted">{t('insights.summary.none')}</p>
      ) : (
        <>
          <p className="muted">{t('insights.summary.days', { count: effects.daysWith })}</p>
          <div className="summary-felt">
            <h3>{t('explain.felt.title')}</h3>
            <p>{feltReading(t, lang, name, felt)}</p>
          </div>
          <dl className="effect-list">
            {metrics.map((metric) => {
              const disagree = feltDisagreement(t, lang, metric, felt, effects[metric].decision.verdict);
              return (
                <div key={metric}>
                  <dt>
                    {t(`insights.metric.${metric}`)}{' '}
                    <span className={`verdict verdict-${effects[metric].decision.verdict}`}>{verdictLabel(t, effects[metric].decision.verdict)}</span>
                  </dt>
                  <dd>
                    <p>{effectReading(t, lang, name, metric, effects[metric], effects)}</p>
                    {disagree && <p className="felt-disagree">{disagree}</p>}
                    <HowWeKnow client={name} metric={metric} effects={effects[metric]} lang={lang} t={t} />
                  </dd>
                </div>
              );
            })}
          </dl>
          {both && <p>{both}</p>}
          {effects[lead].decision.verdict !== 'insufficient' && <p>{trendReading(t, lang, name, lead, effects[lead].trend)}</p>}
        </>
      )}
      <p>
        <a href={hrefFor({ screen: 'insights' })}>{t('insights.title')}</a>
      </p>
    </div>
  );
}
