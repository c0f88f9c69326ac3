import { weekdayName } from '../../../shared/domain/dates';
import { formatNumber, formatSigned } from '../../../shared/i18n';
import { MIN_DAYS_WITH } from '../../../shared/stats';
import { formatInterval, hoursReading, metricNoun, weekdayReading } from '../../../shared/stats/readings';
import { ChartFigure } from './ChartFigure';
import { HoursChart, WeekdayChart } from './charts';
import type { InsightSectionProps } from './sectionProps';

/** The weekday pattern. */
export function WeekdaySection({ insights, metric, lang, t, theme }: Omit<InsightSectionProps, 'look'>) {
  const metricName = metricNoun(t, metric);
  return (
    <ChartFigure
      title={t('insights.weekday.title')}
      reading={weekdayReading(t, lang, metric, insights.weekdays)}
      note={t('insights.weekday.caption', { metric: metricName, min: MIN_DAYS_WITH })}
      table={() => (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('insights.col.weekday')}</th>
              <th scope="col" className="num">{t('insights.col.mean')}</th>
              <th scope="col" className="num">{t('insights.col.ci')}</th>
              <th scope="col" className="num">{t('insights.col.days')}</th>
            </tr>
          </thead>
          <tbody>
            {insights.weekdays.map((r) => {
              const low = r[`${metric}Low`];
              const high = r[`${metric}High`];
              return (
                <tr key={r.weekday}>
                  <th scope="row">{weekdayName(r.weekday, lang)}</th>
                  <td className="num">{r[metric] === null ? '—' : formatNumber(lang, r[metric]!, 2)}</td>
                  <td className="num nowrap">{low === null || high === null ? '—' : `${formatNumber(lang, low, 1)} – ${formatNumber(lang, high, 1)}`}</td>
                  <td className="num">{r[`${metric}N`]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    >
      <WeekdayChart rows={insights.weekdays} metric={metric} lang={lang} theme={theme} />
    </ChartFigure>
  );
}

/** Hours worked with each client against the day's score; only clients with hours. */
export function HoursSection({ insights, look, metric, lang, t, theme }: InsightSectionProps) {
  const withHours = insights.hours.filter((h) => h.points.length > 0);
  const metricName = metricNoun(t, metric);
  const series = withHours.map((h) => ({
    clientId: h.clientId,
    ...look(h.clientId),
    points: h.points.filter((pt) => pt[metric] !== null).map((pt) => ({ hours: pt.hours, value: pt[metric]! })),
  }));
  const readings = withHours.map((h) => hoursReading(t, lang, look(h.clientId).name, metric, h));
  return (
    <ChartFigure
      title={t('insights.hours.title', { metric: metricName })}
      reading={withHours.length === 0 ? t('insights.hours.none') : readings.map((r) => <span key={r} className="reading-line">{r}</span>)}
      table={
        withHours.length === 0
          ? undefined
          : () => (
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('insights.col.client')}</th>
                    <th scope="col" className="num">{t('insights.col.days')}</th>
                    <th scope="col" className="num">{t('insights.col.totalHours')}</th>
                    <th scope="col" className="num">{t('insights.col.slope')}</th>
                    <th scope="col" className="num">{t('insights.col.ci')}</th>
                  </tr>
                </thead>
                <tbody>
                  {withHours.map((h) => (
                    <tr key={h.clientId}>
                      <th scope="row">{look(h.clientId).name}</th>
                      <td className="num">{h.n}</td>
                      <td className="num">{formatNumber(lang, h.totalHours)}</td>
                      <td className="num">{h.slope === null ? '—' : formatSigned(lang, h.slope, 2)}</td>
                      <td className="num nowrap">{h.low === null || h.high === null ? '—' : formatInterval(t, lang, h.low, h.high)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
      }
    >
      {withHours.length > 0 && <HoursChart series={series} metric={metric} lang={lang} theme={theme} />}
    </ChartFigure>
  );
}
