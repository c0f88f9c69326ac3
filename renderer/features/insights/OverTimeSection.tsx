import { useId } from 'react';
import { formatShortDay } from '../../../shared/domain/dates';
import type { Lang } from '../../../shared/domain/types';
import { formatNumber, formatSigned, type Translate } from '../../../shared/i18n';
import { TREND_WINDOW_WEEKS, type DailyPoint, type Insights, type Metric } from '../../../shared/stats';
import { formatInterval, periodReading, trendReading } from '../../../shared/stats/readings';
import { ChartFigure } from './ChartFigure';
import { MoodEnergyChart, TrendChart, type ChartTheme, type ClientLook } from './charts';

interface Props {
  insights: Insights;
  series: DailyPoint[];
  focusClientId: string | null;
  onFocus(clientId: string | null): void;
  look: (clientId: string) => ClientLook;
  metric: Metric;
  lang: Lang;
  t: Translate;
  theme: ChartTheme;
}

const num = (lang: Lang, v: number | null) => (v === null ? '—' : formatNumber(lang, v, 2));

/** Mood and energy day by day with a client's days ringed, and that client's effect over time. */
export function OverTimeSection({ insights, series, focusClientId, onFocus, look, metric, lang, t, theme }: Props) {
  const id = useId();
  const candidates = insights.clients.filter((c) => c.daysWith > 0);
  const focus = focusClientId ? look(focusClientId) : null;
  const effects = insights.clients.find((c) => c.clientId === focusClientId);
  const trend = effects?.[metric].trend ?? [];
  const metricName = t(`insights.metric.noun.${metric}`);
  const picker = (
    <div className="field field-inline">
      <label htmlFor={`${id}-client`}>{t('insights.time.client')}</label>
      <select id={`${id}-client`} value={focusClientId ?? ''} onChange={(e) => onFocus(e.target.value || null)}>
        <option value="">{t('insights.time.noClient')}</option>
        {candidates.map((c) => (
          <option key={c.clientId} value={c.clientId}>
            {look(c.clientId).name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <ChartFigure
        title={t('insights.time.title')}
        level={2}
        tools={picker}
        reading={periodReading(t, lang, series)}
        note={t('insights.time.caption')}
        table={() => (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('insights.col.day')}</th>
                <th scope="col" className="num">{t('insights.series.energy')}</th>
                <th scope="col" className="num">{t('insights.series.mood')}</th>
                <th scope="col" className="num">{t('insights.series.energyAvg')}</th>
                <th scope="col" className="num">{t('insights.series.moodAvg')}</th>
                {focus && <th scope="col">{t('insights.col.withClient', { client: focus.name })}</th>}
              </tr>
            </thead>
            <tbody>
              {series.filter((d) => d.mood !== null || d.energy !== null).map((d) => (
                <tr key={d.day}>
                  <th scope="row">{formatShortDay(d.day, lang)}</th>
                  <td className="num">{num(lang, d.energy)}</td>
                  <td className="num">{num(lang, d.mood)}</td>
                  <td className="num">{num(lang, d.energyAvg7)}</td>
                  <td className="num">{num(lang, d.moodAvg7)}</td>
                  {focus && <td>{d.withClient ? t('insights.yes') : t('insights.no')}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      >
        <MoodEnergyChart series={series} focus={focus} metric={metric} lang={lang} theme={theme} />
      </ChartFigure>
      {focusClientId && focus && (
        <ChartFigure
          title={`${t('insights.trend.title')} — ${focus.name}`}
          level={2}
          reading={trendReading(t, lang, focus.name, metric, trend)}
          note={t('insights.trend.caption', { metric: metricName, weeks: TREND_WINDOW_WEEKS })}
          table={() => (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('insights.col.windowEnd')}</th>
                  <th scope="col" className="num">{t('insights.col.effect')}</th>
                  <th scope="col" className="num">{t('insights.col.ci')}</th>
                  <th scope="col" className="num">{t('insights.col.daysWith')}</th>
                  <th scope="col" className="num">{t('insights.col.daysWithout')}</th>
                </tr>
              </thead>
              <tbody>
                {trend.map((r) => (
                  <tr key={r.day}>
                    <th scope="row">{formatShortDay(r.day, lang)}</th>
                    <td className="num">{r.effect === null ? '—' : formatSigned(lang, r.effect)}</td>
                    <td className="num nowrap">{r.low === null || r.high === null ? '—' : formatInterval(t, lang, r.low, r.high)}</td>
                    <td className="num">{r.daysWith}</td>
                    <td className="num">{r.daysWithout}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        >
          <TrendChart rows={trend} metric={metric} color={focus.color} lang={lang} theme={theme} />
        </ChartFigure>
      )}
    </>
  );
}
