import { formatDate, formatShortDay, parseDayKey, weekdayNames } from '../../../../shared/domain/dates';
import { formatNumber, translate } from '../../../../shared/i18n';
import type { Metric, PixelCell } from '../../../../shared/stats';
import type { ChartProps } from './format';
import { chartPalette, FONT_SIZE, scoreColor } from './palette';

export interface YearPixelsProps extends Omit<ChartProps, 'height'> {
  /** Every day of one year (computeInsights().pixels). */
  cells: readonly PixelCell[];
  metric: Metric;
  /** First row of each week column: 1 = Monday, 0 = Sunday. */
  weekStartsOn: 0 | 1;
  /** The accessible name of the picture, e.g. "Year in pixels 2025". */
  label: string;
}

const PITCH = 16;
const CELL = 13;
const LEFT = 34;
const TOP = 18;
const LEGEND = 30;

/**
 * A year as 53 (or 54) week columns of 7 days, each square coloured by the day's score; an SVG so it
 * prints and goes into the PDF as drawn. The legend is part of the picture.
 */
export function YearPixels({ cells, metric, weekStartsOn, label, lang, theme, width }: YearPixelsProps) {
  const p = chartPalette(theme);
  const columns = cells.reduce((m, c) => Math.max(m, c.week + 1), 53);
  const naturalWidth = LEFT + columns * PITCH;
  const naturalHeight = TOP + 7 * PITCH + LEGEND;
  const names = weekdayNames(lang, weekStartsOn);
  const months = cells.filter((c) => c.dayOfMonth === 1);
  const legend = [1, 2, 3, 4, 5];
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${naturalWidth} ${naturalHeight}`}
      width={width ?? '100%'}
      height={width ? (width * naturalHeight) / naturalWidth : undefined}
      style={width ? undefined : { maxWidth: naturalWidth, display: 'block' }}
      fontSize={FONT_SIZE - 1}
    >
      {months.map((c) => (
        <text key={c.day} x={LEFT + c.week * PITCH} y={TOP - 6} fill={p.muted}>
          {formatDate(parseDayKey(c.day), 'MMM', lang)}
        </text>
      ))}
      {[0, 2, 4, 6].map((row) => (
        <text key={row} x={LEFT - 6} y={TOP + row * PITCH + CELL - 2} fill={p.muted} textAnchor="end">
          {names[row]}
        </text>
      ))}
      {cells.map((c) => {
        const value = c[metric];
        const row = (c.weekday - weekStartsOn + 7) % 7;
        const day = formatShortDay(c.day, lang);
        const title = value === null ? translate(lang, 'insights.pixels.cellNone', { day }) : translate(lang, 'insights.pixels.cell', { day, value: formatNumber(lang, value) });
        return (
          <rect key={c.day} x={LEFT + c.week * PITCH} y={TOP + row * PITCH} width={CELL} height={CELL} rx={2.5} fill={scoreColor(p, value)}>
            <title>{title}</title>
          </rect>
        );
      })}
      <g transform={`translate(${LEFT}, ${TOP + 7 * PITCH + 10})`}>
        {legend.map((score, i) => (
          <g key={score} transform={`translate(${i * 34}, 0)`}>
            <rect width={CELL} height={CELL} rx={2.5} fill={scoreColor(p, score)} />
            <text x={CELL + 4} y={CELL - 2} fill={p.text}>
              {score}
            </text>
          </g>
        ))}
        <g transform={`translate(${legend.length * 34 + 8}, 0)`}>
          <rect width={CELL} height={CELL} rx={2.5} fill={p.empty} />
          <text x={CELL + 4} y={CELL - 2} fill={p.text}>
            {translate(lang, 'insights.pixels.noEntry')}
          </text>
        </g>
      </g>
    </svg>
  );
}
