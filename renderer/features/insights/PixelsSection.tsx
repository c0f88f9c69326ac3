import { useId } from 'react';
import { formatDate, parseDayKey } from '../../../shared/domain/dates';
import type { Lang } from '../../../shared/domain/types';
import { formatNumber, type Translate } from '../../../shared/i18n';
import type { Insights, Metric, PixelCell } from '../../../shared/stats';
import { ChartFigure } from './ChartFigure';
import { YearPixels, type ChartTheme } from './charts';

interface Props {
  insights: Insights;
  years: number[];
  onYear(year: number): void;
  weekStartsOn: 0 | 1;
  metric: Metric;
  lang: Lang;
  t: Translate;
  theme: ChartTheme;
}

const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/** The same numbers as the picture: one row per month, one column per day of the month. */
function PixelsTable({ cells, metric, lang, t }: { cells: readonly PixelCell[]; metric: Metric; lang: Lang; t: Translate }) {
  const byMonth = new Map<number, Map<number, number | null>>();
  for (const c of cells) {
    if (!byMonth.has(c.month)) byMonth.set(c.month, new Map());
    byMonth.get(c.month)!.set(c.dayOfMonth, c[metric]);
  }
  return (
    <table className="data pixels-table">
      <thead>
        <tr>
          <th scope="col">{t('insights.col.month')}</th>
          {DAYS.map((d) => (
            <th key={d} scope="col" className="num">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...byMonth].map(([month, days]) => (
          <tr key={month}>
            <th scope="row">{formatDate(parseDayKey(`2024-${String(month).padStart(2, '0')}-01`), 'LLLL', lang)}</th>
            {DAYS.map((d) => {
              const v = days.get(d);
              return (
                <td key={d} className="num">
                  {v === undefined ? '' : v === null ? '·' : formatNumber(lang, v)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A year as coloured squares, with a year selector. */
export function PixelsSection({ insights, years, onYear, weekStartsOn, metric, lang, t, theme }: Props) {
  const id = useId();
  const year = insights.year;
  if (year === null) return null;
  const recorded = insights.pixels.filter((c) => c[metric] !== null).length;
  const metricName = t(`insights.metric.noun.${metric}`);
  const title = t('insights.pixels.title');
  const selector = (
    <div className="field field-inline">
      <label htmlFor={`${id}-year`}>{t('insights.pixels.year')}</label>
      <select id={`${id}-year`} value={year} onChange={(e) => onYear(Number(e.target.value))}>
        {(years.includes(year) ? years : [...years, year].sort()).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <ChartFigure
      title={title}
      tools={selector}
      reading={t('insights.pixels.caption', { metric: metricName, count: recorded, year: String(year) })}
      table={() => <PixelsTable cells={insights.pixels} metric={metric} lang={lang} t={t} />}
    >
      <YearPixels cells={insights.pixels} metric={metric} weekStartsOn={weekStartsOn} label={`${title} ${year}`} lang={lang} theme={theme} />
    </ChartFigure>
  );
}
