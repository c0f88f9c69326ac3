import { CartesianGrid, Legend, Scatter, ScatterChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
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

/** The dots' area in px², recharts' scatter symbol size (a radius of about 4.5 px). */
const DOT_AREA = 64;
const DOT_R = Math.sqrt(DOT_AREA / Math.PI);
const NOTHING = () => <g />;

/**
 * The dots themselves, drawn from the chart's own scales as plain circles: a year of days with
 * hours is a thousand dots or more, which recharts' Scatter draws as as many components, the
 * heaviest part of the Insights page. Same place, size, colour and opacity (overlaps still darken).
 */
function HourDots({ series }: { series: readonly HoursChartSeries[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="hours-dots" aria-hidden="true">
      {series.map((s) => (
        <g key={s.clientId} fill={s.color} fillOpacity={0.6}>
          {spread(s.points).map((pt, i) => (
            <circle key={i} cx={x(pt.hours)} cy={y(pt.value)} r={DOT_R} />
          ))}
        </g>
      ))}
    </g>
  );
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
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: FONT_SIZE, color: p.text, paddingBottom: 6 }} />
        {/* Empty scatters: the legend's entries; HourDots draws their points. The axes need some
            data to be drawn at all: two corners of the plot, in a scatter that draws nothing. */}
        {series.map((s) => (
          <Scatter key={s.clientId} name={s.name} data={[]} fill={s.color} fillOpacity={0.6} isAnimationActive={false} />
        ))}
        <Scatter data={[{ hours: 0, value: 1 }, { hours: ticks[ticks.length - 1], value: 5 }]} legendType="none" shape={NOTHING} isAnimationActive={false} />
        <HourDots series={series} />
      </ScatterChart>
    </ChartBox>
  );
}
