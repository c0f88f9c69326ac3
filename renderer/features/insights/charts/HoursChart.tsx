import { CartesianGrid, Legend, Scatter, ScatterChart, XAxis, YAxis, ZAxis } from 'recharts';
import { formatNumber, translate } from '../../../../shared/i18n';
import type { Metric } from '../../../../shared/stats';
import { ChartBox } from './ChartBox';
import type { ChartProps } from './format';
import { chartPalette, FONT_SIZE } from './palette';

export interface HoursChartSeries {
  clientId: string;
  name: string;
  color: string;
  /** Hours with the client that day and the day's score, e.g. { hours: 4.5, value: 2 }. */
  points: readonly { hours: number; value: number }[];
}

export interface HoursChartProps extends ChartProps {
  series: readonly HoursChartSeries[];
  metric: Metric;
}

/**
 * Scores are whole numbers and hours come in halves, so many days fall on the same spot: each dot
 * is nudged by a fixed, repeatable amount (at most ±0.15 of a point, ±0.1 h) so that piles show as
 * clusters. The data table and the readings use the exact values.
 */
function spread<T extends { hours: number; value: number }>(points: readonly T[]): T[] {
  return points.map((pt, i) => ({ ...pt, hours: pt.hours + (((i * 0.4142136) % 1) - 0.5) * 0.2, value: pt.value + (((i * 0.618034) % 1) - 0.5) * 0.3 }));
}

/** One dot per day with a client and hours: hours worked against the day's score, a colour per client. */
export function HoursChart({ series, metric, lang, theme, width, height = 280 }: HoursChartProps) {
  const p = chartPalette(theme);
  const maxHours = Math.ceil(series.reduce((m, s) => s.points.reduce((mm, pt) => Math.max(mm, pt.hours), m), 1));
  const step = maxHours <= 8 ? 1 : 2;
  const ticks = Array.from({ length: Math.ceil(maxHours / step) + 1 }, (_, i) => i * step);
  return (
    <ChartBox width={width} height={height}>
      <ScatterChart margin={{ top: 8, right: 12, bottom: 22, left: -12 }}>
        <CartesianGrid stroke={p.grid} />
        <XAxis
          type="number"
          dataKey="hours"
          domain={[0, ticks[ticks.length - 1]]}
          ticks={ticks}
          tickFormatter={(v: number) => formatNumber(lang, v)}
          stroke={p.axis}
          tick={{ fill: p.muted, fontSize: FONT_SIZE }}
          label={{ value: translate(lang, 'insights.hours.axis'), position: 'insideBottom', offset: -14, fill: p.muted, fontSize: FONT_SIZE }}
        />
        <YAxis type="number" dataKey="value" domain={[0.6, 5.4]} ticks={[1, 2, 3, 4, 5]} stroke={p.axis} tick={{ fill: p.muted, fontSize: FONT_SIZE }} name={translate(lang, `insights.metric.${metric}`)} />
        <ZAxis range={[28, 28]} />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: FONT_SIZE, color: p.text, paddingBottom: 6 }} />
        {series.map((s) => (
          <Scatter key={s.clientId} name={s.name} data={spread(s.points)} fill={s.color} fillOpacity={0.6} isAnimationActive={false} />
        ))}
      </ScatterChart>
    </ChartBox>
  );
}
