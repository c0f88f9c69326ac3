import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, XAxis, YAxis } from 'recharts';
import { weekdayName } from '../../../../shared/domain/dates';
import { formatNumber } from '../../../../shared/i18n';
import type { Metric, WeekdayRow } from '../../../../shared/stats';
import { ChartBox } from './ChartBox';
import type { ChartProps } from './format';
import { chartPalette, FONT_SIZE } from './palette';

export interface WeekdayChartProps extends ChartProps {
  /** Seven rows in display order from the week's first day (computeInsights().weekdays). */
  rows: readonly WeekdayRow[];
  metric: Metric;
}

/** The average score per weekday with its 95% whiskers and the number of rated days under each bar. */
export function WeekdayChart({ rows, metric, lang, theme, width, height = 240 }: WeekdayChartProps) {
  const p = chartPalette(theme);
  const color = metric === 'energy' ? p.energy : p.mood;
  const data = rows.map((r) => {
    const mean = r[metric];
    const low = r[`${metric}Low`];
    const high = r[`${metric}High`];
    return {
      name: weekdayName(r.weekday, lang, 'short'),
      mean,
      whisker: mean !== null && low !== null && high !== null ? [mean - Math.max(0, low), Math.min(5, high) - mean] : null,
      // No-break spaces: recharts wraps label text at ordinary spaces, and a narrow bar would split it.
      n: `n\u00a0=\u00a0${formatNumber(lang, r[`${metric}N`])}`,
    };
  });
  return (
    <ChartBox width={width} height={height}>
      <BarChart data={data} margin={{ top: 10, right: 8, bottom: 4, left: -16 }}>
        <CartesianGrid vertical={false} stroke={p.grid} />
        <XAxis dataKey="name" stroke={p.axis} tick={{ fill: p.text, fontSize: FONT_SIZE }} interval={0} />
        <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} stroke={p.axis} tick={{ fill: p.muted, fontSize: FONT_SIZE }} />
        <Bar dataKey="mean" fill={color} fillOpacity={0.75} isAnimationActive={false} maxBarSize={46}>
          <ErrorBar dataKey="whisker" direction="y" width={8} stroke={p.ink} strokeWidth={1.4} />
          <LabelList dataKey="n" position="insideBottom" fill={p.surface} fontSize={FONT_SIZE - 1} fontWeight={600} />
        </Bar>
      </BarChart>
    </ChartBox>
  );
}
