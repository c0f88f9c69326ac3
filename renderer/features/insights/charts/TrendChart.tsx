import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatSigned } from '../../../../shared/i18n';
import type { Metric, TrendRow } from '../../../../shared/stats';
import { ChartBox } from './ChartBox';
import { dayAxisProps, symmetricAxis, type ChartProps } from './format';
import { chartPalette, FONT_SIZE } from './palette';

export interface TrendChartProps extends ChartProps {
  /** A client's rolling effect, oldest window first (ClientEffects[metric].trend). */
  rows: readonly TrendRow[];
  metric: Metric;
  /** The client's colour. */
  color: string;
}

/** A client's effect over a rolling window: the line with its 95% band, 0 marked; gaps where too few days. */
export function TrendChart({ rows, color, lang, theme, width, height = 240 }: TrendChartProps) {
  const p = chartPalette(theme);
  const data = rows.map((r) => ({ day: r.day, effect: r.effect, band: r.low !== null && r.high !== null ? [r.low, r.high] : null }));
  const extent = rows.reduce((m, r) => Math.max(m, Math.abs(r.low ?? 0), Math.abs(r.high ?? 0)), 1);
  const { edge, ticks } = symmetricAxis(extent);
  return (
    <ChartBox width={width} height={height}>
      <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke={p.grid} />
        <XAxis {...dayAxisProps(data, lang, p)} />
        <YAxis
          domain={[-edge, edge]}
          ticks={ticks}
          tickFormatter={(v: number) => (v === 0 ? '0' : formatSigned(lang, v))}
          stroke={p.axis}
          tick={{ fill: p.muted, fontSize: FONT_SIZE }}
          width={44}
        />
        <ReferenceLine y={0} stroke={p.ink} strokeWidth={1.2} />
        <Area dataKey="band" stroke="none" fill={color} fillOpacity={0.22} connectNulls={false} isAnimationActive={false} activeDot={false} />
        <Line dataKey="effect" stroke={color} strokeWidth={2.4} dot={{ r: 2.5, fill: color, stroke: 'none' }} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartBox>
  );
}
