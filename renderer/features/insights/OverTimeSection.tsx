import { useId } from 'react';
import { formatShortDay } from '../../../shared/domain/dates';
import type { Lang } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/i18n';
import { TREND_WINDOW_WEEKS, feltReading, feltSummary, type DailyPoint } from '../../../shared/stats';
import { metricNoun, periodReading, trendReading } from '../../../shared/stats/readings';
import { ChartFigure } from './ChartFigure';
import { MoodEnergyChart, TrendChart } from './charts';
import { EffectCells, EffectHeaderCells } from './EffectCells';
import type { InsightSectionProps } from './sectionProps';

interface Props extends InsightSectionProps {
  series: DailyPoint[];
  focusClientId: string | null;
  onFocus(clientId: string | null): void;
  /** The client's effect over time below the series; off in a journal's first days, when no window has enough days. */
  showTrend?: boolean;
}

const num = (lang: Lang, v: number | null) => (v === null ? '—' : formatNumber(lang, v, 2));

/** Mood and energy day by day with a client's days ringed, and that client's effect over time. */
export function OverTimeSection({ insights, series, focusClientId, onFocus, look, metric, lang, t, theme, showTrend = true }: Props) {
  const id = useId();
  const candidates = insights.clients.filter((c) => c.daysWith > 0);
  const focus = focusClientId ? look(focusClientId) : null;
  const effects = insights.clients.find((c) => c.clientId === focusClientId);
  const trend = effects?.[metric].trend ?? [];
  const metricName = metricNoun(t, metric);
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
      {showTrend && focusClientId && focus && (
        <ChartFigure
          title={`${t('insights.trend.title')} — ${focus.name}`}
          level={2}
          reading={
            <>
              <span className="reading-line">{trendReading(t, lang, focus.name, metric, trend)}</span>
              {effects && <span className="reading-line">{feltReading(t, lang, focus.name, feltSummary(effects.felt))}</span>}
            </>
          }
          note={t('insights.trend.caption', { metric: metricName, weeks: TREND_WINDOW_WEEKS })}
          table={() => (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('insights.col.windowEnd')}</th>
                  <EffectHeaderCells t={t} />
                </tr>
              </thead>
              <tbody>
                {trend.map((r) => (
                  <tr key={r.day}>
                    <th scope="row">{formatShortDay(r.day, lang)}</th>
                    <EffectCells row={r} lang={lang} t={t} />
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
