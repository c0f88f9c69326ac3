import { Fragment, useId } from 'react';
import type { Lang } from '../../../shared/domain/types';
import { formatSigned, type Translate } from '../../../shared/i18n';
import { feltDisagreement, feltReading, feltSummary, type ClientEffects, type Metric } from '../../../shared/stats';
import { comparisonVerdict, effectReading, metricNoun, moodEnergyReading, nextDayReading, verdictLabel } from '../../../shared/stats/readings';
import { ScrollTable } from './ScrollTable';
import { RankingChart, rankingBars } from './charts';
import { EffectCells, EffectHeaderCells } from './EffectCells';
import { FeltCell } from './FeltCell';
import { HowWeKnow } from './HowWeKnow';
import type { InsightSectionProps } from './sectionProps';

/** The sentences about one client: its effect, mood against energy, a next-day effect when clear, and where the user's own rating disagrees. */
export function clientReadings(t: Translate, lang: Lang, name: string, metric: Metric, c: ClientEffects): string[] {
  const out = [effectReading(t, lang, name, metric, c[metric], c)];
  const both = moodEnergyReading(t, name, c);
  if (both) out.push(both);
  const next = c[metric].nextDay;
  const nextVerdict = comparisonVerdict(next);
  if (nextVerdict === 'drains' || nextVerdict === 'lifts') out.push(nextDayReading(t, lang, name, metric, next));
  const disagree = feltDisagreement(t, lang, metric, feltSummary(c.felt), c[metric].decision.verdict);
  if (disagree) out.push(disagree);
  return out;
}

/** The headline: clients by effect on the chosen metric, a table with every number and sentence, then who needs more days. */
export function RankingSection({ insights, look, metric, lang, t, theme }: InsightSectionProps) {
  const id = useId();
  const effects = new Map(insights.clients.map((c) => [c.clientId, c]));
  const feltLabel = (clientId: string) => {
    const felt = effects.get(clientId)?.felt;
    return felt && felt.mean !== null ? t('explain.felt.chart', { mean: formatSigned(lang, felt.mean) }) : undefined;
  };
  const bars = rankingBars(insights.ranking, look, feltLabel);
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
              <p className="insight-note">{t('explain.felt.scale')}</p>
            </figcaption>
          </figure>
          <ScrollTable label={title}>
            <table className="data ranking-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.col.client')}</th>
                  <th scope="col">{t('insights.col.verdict')}</th>
                  <th scope="col" className="num">{t('explain.felt.col')}</th>
                  <EffectHeaderCells t={t} />
                </tr>
              </thead>
              <tbody>
                {bars.map((row) => {
                  const c = effects.get(row.id)!;
                  const headerId = `${id}-row-${row.id}`;
                  // The reading gets a full-width row under the client's figures, so the table
                  // keeps every column in view down to 1024 px (and reflows below).
                  return (
                    <Fragment key={row.id}>
                      <tr className="ranking-figures">
                        <th scope="row" id={headerId}>
                          <span className="swatch" style={{ background: row.color }} aria-hidden="true" /> {row.name}
                        </th>
                        <td>
                          <span className={`verdict verdict-${row.verdict}`}>{verdictLabel(t, row.verdict)}</span>
                        </td>
                        <FeltCell felt={feltSummary(c.felt)} lang={lang} t={t} />
                        <EffectCells row={insights.ranking.find((r) => r.clientId === row.id)!} lang={lang} t={t} />
                      </tr>
                      <tr className="ranking-reading" data-reading-for={row.id}>
                        <td className="reading-cell" colSpan={7} headers={headerId}>
                          {clientReadings(t, lang, row.name, metric, c).map((s) => (
                            <p key={s}>{s}</p>
                          ))}
                          <HowWeKnow client={row.name} metric={metric} effects={c[metric]} lang={lang} t={t} />
                        </td>
                      </tr>
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
      {waiting.length > 0 && (
        <div className="ranking-waiting">
          <h3>{t('insights.ranking.insufficient')}</h3>
          <ul>
            {waiting.map((r) => {
              const c = effects.get(r.clientId)!;
              const name = look(r.clientId).name;
              const felt = feltSummary(c.felt);
              return (
                <li key={r.clientId}>
                  <span className="swatch" style={{ background: look(r.clientId).color }} aria-hidden="true" /> {effectReading(t, lang, name, metric, c[metric], c)}
                  {felt.mean !== null && <span className="waiting-felt"> {feltReading(t, lang, name, felt)}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
