import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, XAxis, YAxis } from 'recharts';
import { weekdayName } from '../../../../shared/domain/dates';
import { formatNumber, translate } from '../../../../shared/i18n';
import { MIN_DAYS_WITH, type Metric, type WeekdayRow } from '../../../../shared/stats';
import { ChartBox } from './ChartBox';
import type { ChartProps } from './format';
import { chartPalette, FONT_SIZE } from './palette';

export interface WeekdayChartProps extends ChartProps {
  /** Seven rows in display order from the week's first day (computeInsights().weekdays). */
  rows: readonly WeekdayRow[];
  metric: Metric;
}

/**
 * The average score per weekday with its plausible-range whiskers and the number of rated days
 * under each bar. A weekday below the one minimum (MIN_DAYS_WITH rated days) is drawn pale, with
 * no whisker, and labelled "too few": the reading beside the chart leaves it out the same way.
 */
export function WeekdayChart({ rows, metric, lang, theme, width, height = 240 }: WeekdayChartProps) {
  const p = chartPalette(theme);
  const color = metric === 'energy' ? p.energy : p.mood;
  const data = rows.map((r) => {
    const mean = r[metric];
    const low = r[`${metric}Low`];
    const high = r[`${metric}High`];
    const n = r[`${metric}N`];
    const enough = n >= MIN_DAYS_WITH;
    return {
      name: weekdayName(r.weekday, lang, 'short'),
      mean,
      enough,
      whisker: enough && mean !== null && low !== null && high !== null ? [mean - Math.max(0, low), Math.min(5, high) - mean] : null,
      // No-break spaces: recharts wraps label text at ordinary spaces, and a narrow bar would split it.
      n: `n\u00a0=\u00a0${formatNumber(lang, n)}`,
      few: enough || n === 0 ? '' : translate(lang, 'insights.weekday.few'),
    };
  });
  return (
    <ChartBox width={width} height={height}>
      <BarChart data={data} margin={{ top: 10, right: 8, bottom: 4, left: -16 }}>
        <CartesianGrid vertical={false} stroke={p.grid} />
        <XAxis dataKey="name" stroke={p.axis} tick={{ fill: p.text, fontSize: FONT_SIZE }} interval={0} />
        <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} stroke={p.axis} tick={{ fill: p.muted, fontSize: FONT_SIZE }} />
        <Bar dataKey="mean" fill={color} fillOpacity={0.75} isAnimationActive={false} maxBarSize={46}>
          {data.map((d) => (
            <Cell key={d.name} fillOpacity={d.enough ? 0.75 : 0.22} stroke={d.enough ? undefined : color} strokeDasharray={d.enough ? undefined : '3 3'} />
          ))}
          <ErrorBar dataKey="whisker" direction="y" width={8} stroke={p.ink} strokeWidth={1.4} isAnimationActive={false} />
          <LabelList
            dataKey="n"
            content={(props) => {
              const { x, y, width, height, index } = props as { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number };
              const row = data[index ?? -1];
              if (!row) return null;
              // Inside a solid bar the count reads in the surface colour; on a pale bar, in ink.
              return (
                <text x={Number(x) + Number(width) / 2} y={Number(y) + Number(height) - 6} textAnchor="middle" fill={row.enough ? p.surface : p.text} fontSize={FONT_SIZE - 1} fontWeight={600}>
                  {row.n}
                </text>
              );
            }}
          />
          <LabelList dataKey="few" position="top" fill={p.muted} fontSize={FONT_SIZE - 1} />
        </Bar>
      </BarChart>
    </ChartBox>
  );
}
