import { formatDate, parseDayKey } from '../../../../shared/domain/dates';
import type { DayKey, Lang } from '../../../../shared/domain/types';

/** An axis tick for a day: "3 mars" / "Mar 3" over a short span, "mars 25" / "Mar 25" over a long one. */
export function dayTick(lang: Lang, day: DayKey, longSpan: boolean): string {
  const pattern = longSpan ? 'MMM yy' : lang === 'fr' ? 'd MMM' : 'MMM d';
  return formatDate(parseDayKey(day), pattern, lang);
}

/** Chart props every presentational chart takes. */
export interface ChartProps {
  lang: Lang;
  theme: 'light' | 'dark';
  /** Fixed size in pixels (PDF, tests); absent on screen, where the chart fills its box. */
  width?: number;
  height?: number;
}

/**
 * An axis symmetric around 0 that holds every value, with 0 among its ticks, e.g. extent 1.3 →
 * [−1.5, 1.5] by 0.5; extent 2.2 → [−3, 3] by 1. At least ±1 point.
 */
export function symmetricAxis(extent: number): { edge: number; ticks: number[] } {
  const step = extent > 2 ? 1 : 0.5;
  const edge = Math.max(1, Math.ceil(extent / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let v = -edge; v <= edge + 1e-9; v += step) ticks.push(Math.round(v * 10) / 10);
  return { edge, ticks };
}
