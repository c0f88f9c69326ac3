/**
 * The Insights charts as presentational components: rows already computed by shared/stats, a UI
 * language and a theme in, a picture out; no data loading. The PDF report draws them at a fixed
 * size by passing `width` and `height`; on screen they fill their box.
 */
export { RankingChart, EffectBarsChart } from './EffectBarsChart';
export type { EffectBarRow, EffectBarsChartProps } from './EffectBarsChart';
export { MoodEnergyChart } from './MoodEnergyChart';
export type { MoodEnergyChartProps } from './MoodEnergyChart';
export { TrendChart } from './TrendChart';
export type { TrendChartProps } from './TrendChart';
export { YearPixels } from './YearPixels';
export type { YearPixelsProps } from './YearPixels';
export { WeekdayChart } from './WeekdayChart';
export type { WeekdayChartProps } from './WeekdayChart';
export { HoursChart } from './HoursChart';
export type { HoursChartProps, HoursChartSeries } from './HoursChart';
export { chartPalette, scoreColor } from './palette';
export type { ChartPalette, ChartTheme } from './palette';
export type { ChartProps } from './format';
export { rankingBars, signalBars } from './rows';
export type { ClientLook } from './rows';
