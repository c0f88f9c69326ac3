import { CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { translate } from '../../../../shared/i18n';
import type { DailyPoint } from '../../../../shared/stats';
import { ChartBox } from './ChartBox';
import { dayAxisProps, type ChartProps } from './format';
import { ChartLegend, type LegendItem } from './Legend';
import { chartPalette, FONT_SIZE } from './palette';

export interface MoodEnergyChartProps extends ChartProps {
  /** One row per calendar day, nulls on days without an entry (computeInsights().series). */
  series: readonly DailyPoint[];
  /** The client whose days are ringed (its days are the series' clientMark), or null. */
  focus?: { name: string; color: string } | null;
  /** Which score the client's rings sit on: the metric the series was computed for. */
  metric?: 'mood' | 'energy';
}

/** Daily dots sit a hair apart (±0.08) so that a day's mood and energy of equal value both show. */
const DODGE = 0.08;
const shift = (v: number | null, by: number) => (v === null ? null : v + by);

/** Mood and energy day by day (dots) with their 7-day averages (lines), a client's days ringed. */
export function MoodEnergyChart({ series, focus = null, metric = 'energy', lang, theme, width, height = 300 }: MoodEnergyChartProps) {
  const p = chartPalette(theme);
  const data = series.map((d) => ({
    day: d.day,
    energyDot: shift(d.energy, -DODGE),
    moodDot: shift(d.mood, DODGE),
    energyAvg7: d.energyAvg7,
    moodAvg7: d.moodAvg7,
    mark: focus ? shift(d.clientMark, metric === 'energy' ? -DODGE : DODGE) : null,
  }));
  const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate(lang, key, vars);
  const legend: LegendItem[] = [
    { label: t('insights.series.energy'), color: p.energy, shape: 'dot' },
    { label: t('insights.series.energyAvg'), color: p.energy, shape: 'line' },
    { label: t('insights.series.mood'), color: p.mood, shape: 'dot' },
    { label: t('insights.series.moodAvg'), color: p.mood, shape: 'dashed' },
    ...(focus ? [{ label: t('insights.series.clientDays', { client: focus.name }), color: focus.color, shape: 'ring' as const }] : []),
  ];
  return (
    <div>
    <ChartBox width={width} height={height}>
      <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: -12 }}>
        <CartesianGrid vertical={false} stroke={p.grid} />
        <XAxis {...dayAxisProps(data, lang, p)} />
        <YAxis domain={[0.6, 5.4]} ticks={[1, 2, 3, 4, 5]} stroke={p.axis} tick={{ fill: p.muted, fontSize: FONT_SIZE }} />
        <Line name={t('insights.series.energy')} dataKey="energyDot" stroke="none" legendType="circle" dot={{ r: 2.2, fill: p.energy, fillOpacity: 0.45, stroke: 'none' }} activeDot={false} isAnimationActive={false} color={p.energy} />
        <Line name={t('insights.series.mood')} dataKey="moodDot" stroke="none" legendType="circle" dot={{ r: 2.2, fill: p.mood, fillOpacity: 0.45, stroke: 'none' }} activeDot={false} isAnimationActive={false} color={p.mood} />
        <Line name={t('insights.series.energyAvg')} dataKey="energyAvg7" stroke={p.energy} strokeWidth={2.4} dot={false} isAnimationActive={false} />
        <Line name={t('insights.series.moodAvg')} dataKey="moodAvg7" stroke={p.mood} strokeWidth={2.4} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        {focus && (
          <Line
            name={t('insights.series.clientDays', { client: focus.name })}
            dataKey="mark"
            stroke="none"
            legendType="circle"
            color={focus.color}
            dot={{ r: 4.5, fill: 'none', stroke: focus.color, strokeWidth: 2 }}
            activeDot={false}
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ChartBox>
    <ChartLegend items={legend} palette={p} />
    </div>
  );
}
