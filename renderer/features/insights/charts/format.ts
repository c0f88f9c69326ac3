import { formatDate, parseDayKey } from '../../../../shared/domain/dates';
import type { DayKey, Lang } from '../../../../shared/domain/types';
import { FONT_SIZE, type ChartPalette } from './palette';

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

/**
 * Axis ticks on the first day present in each month, thinned to at most `max`, e.g. daily rows
 * from "2024-03-15" → ["2024-04-01", "2024-05-01", …]; weekly rows → the first week of each month.
 * Labelled "MMM yy" they never repeat, which recharts' own spacing of category ticks can do.
 */
export function monthTicks(days: readonly DayKey[], max = 12): DayKey[] {
  const firsts: DayKey[] = [];
  let month = '';
  for (const day of days) {
    const m = day.slice(0, 7);
    if (m !== month) {
      if (month !== '' || day.endsWith('-01')) firsts.push(day);
      month = m;
    }
  }
  const every = Math.max(1, Math.ceil(firsts.length / max));
  return firsts.filter((_, i) => i % every === 0);
}

export function monthTick(lang: Lang, day: DayKey): string {
  return formatDate(parseDayKey(day), 'MMM yy', lang);
}

/**
 * The props of a day-by-day X axis labelled by month, e.g. `<XAxis {...dayAxisProps(rows, lang, p)} />`
 * for rows keyed by `day`. A props object rather than a component: recharts reads its axes as direct children.
 */
export function dayAxisProps(rows: readonly { day: DayKey }[], lang: Lang, p: ChartPalette) {
  // A journal's first weeks hold no month boundary worth a tick: label days instead, e.g. "4 mars".
  const short = rows.length <= 62;
  const every = Math.max(1, Math.ceil(rows.length / 8));
  return {
    dataKey: 'day',
    ticks: short ? rows.filter((_, i) => i % every === 0).map((d) => d.day) : monthTicks(rows.map((d) => d.day)),
    tickFormatter: (d: string) => (short ? formatDate(parseDayKey(d), 'd MMM', lang) : monthTick(lang, d)),
    interval: 0,
    minTickGap: 8,
    stroke: p.axis,
    tick: { fill: p.muted, fontSize: FONT_SIZE },
  } as const;
}
