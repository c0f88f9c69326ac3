import { useId } from 'react';
import type { Lang } from '../../../shared/domain/types';
import type { Translate } from '../../../shared/i18n';
import type { ClientEffects, Metric } from '../../../shared/stats';
import { comparisonVerdict, effectReading, metricNoun, moodEnergyReading, nextDayReading, verdictLabel } from '../../../shared/stats/readings';
import { ScrollTable } from './ScrollTable';
import { RankingChart, rankingBars } from './charts';
import { EffectCells, EffectHeaderCells } from './EffectCells';
import type { InsightSectionProps } from './sectionProps';

/** The sentences about one client: its effect, then mood against energy and a next-day effect when clear. */
function clientReadings(t: Translate, lang: Lang, name: string, metric: Metric, c: ClientEffects): string[] {
  const out = [effectReading(t, lang, name, metric, c[metric])];
  const both = moodEnergyReading(t, name, c);
  if (both) out.push(both);
  const next = c[metric].nextDay;
  const nextVerdict = comparisonVerdict(next);
  if (nextVerdict === 'drains' || nextVerdict === 'lifts') out.push(nextDayReading(t, lang, name, metric, next));
  return out;
}

/** The headline: clients by effect on the chosen metric, a table with every number and sentence, then who needs more days. */
export function RankingSection({ insights, look, metric, lang, t, theme }: InsightSectionProps) {
  const id = useId();
  const bars = rankingBars(insights.ranking, look);
  const effects = new Map(insights.clients.map((c) => [c.clientId, c]));
  const waiting = insights.ranking.filter((r) => r.effect === null);
  const top = insights.ranking.find((r) => r.verdict === 'drains') ?? insights.ranking.find((r) => r.verdict === 'lifts');
  const title = t(`insights.ranking.title.${metric}`);
  const metricName = metricNoun(t, metric);
  return (
    <section className="card insight-section ranking" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {bars.length === 0 ? (
        <p className="muted">{t('insights.ranking.none')}</p>
      ) : (
        <>
          <figure className="insight-figure" aria-labelledby={`${id}-title`}>
            <div className="insight-chart">
              <RankingChart rows={bars} metric={metric} lang={lang} theme={theme} />
            </div>
            <figcaption>
              {top && <p className="insight-reading">{effectReading(t, lang, look(top.clientId).name, metric, effects.get(top.clientId)![metric])}</p>}
              <p className="insight-note">{t('insights.ranking.caption', { metric: metricName })}</p>
            </figcaption>
          </figure>
          <ScrollTable label={title}>
            <table className="data ranking-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.col.client')}</th>
                  <th scope="col">{t('insights.col.verdict')}</th>
                  <EffectHeaderCells t={t} />
                  <th scope="col">{t('insights.col.reading')}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <span className="swatch" style={{ background: row.color }} aria-hidden="true" /> {row.name}
                    </th>
                    <td>
                      <span className={`verdict verdict-${row.verdict}`}>{verdictLabel(t, row.verdict)}</span>
                    </td>
                    <EffectCells row={insights.ranking.find((r) => r.clientId === row.id)!} lang={lang} t={t} />
                    <td className="reading-cell">
                      {clientReadings(t, lang, row.name, metric, effects.get(row.id)!).map((s) => (
                        <p key={s}>{s}</p>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
      {waiting.length > 0 && (
        <div className="ranking-waiting">
          <h3>{t('insights.ranking.insufficient')}</h3>
          <ul>
            {waiting.map((r) => (
              <li key={r.clientId}>
                <span className="swatch" style={{ background: look(r.clientId).color }} aria-hidden="true" />{' '}
                {effectReading(t, lang, look(r.clientId).name, metric, effects.get(r.clientId)![metric])}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
