/**
 * The month grid and its keyboard moves, as pure functions of day keys (all date arithmetic goes
 * through shared/domain/dates.ts, so DST never shifts a day).
 */
import type { DayKey } from '../../../shared/domain/types';
import { addDays, addMonths, dayRange, monthEnd, monthStart, weekStart } from '../../../shared/domain/dates';

/**
 * Whole weeks covering a month, e.g. March 2025 with Monday first →
 * [["2025-02-24" … "2025-03-02"], …, ["2025-03-31" … "2025-04-06"]].
 */
export function monthWeeks(month: DayKey, weekStartsOn: 0 | 1): DayKey[][] {
  const first = weekStart(monthStart(month), weekStartsOn);
  const last = addDays(weekStart(monthEnd(month), weekStartsOn), 6);
  const days = dayRange(first, last);
  const weeks: DayKey[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

/** True when two day keys fall in the same month, e.g. "2025-03-01" and "2025-03-31". */
export function sameMonth(a: DayKey, b: DayKey): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/**
 * The day a key moves to in the grid (the ARIA grid pattern): arrows by a day or a week,
 * Home/End to the week's edges, PageUp/PageDown by a month. null for any other key.
 */
export function moveDay(day: DayKey, key: string, weekStartsOn: 0 | 1): DayKey | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return weekStart(day, weekStartsOn);
    case 'End':
      return addDays(weekStart(day, weekStartsOn), 6);
    case 'PageUp':
      return addMonths(day, -1);
    case 'PageDown':
      return addMonths(day, 1);
    default:
      return null;
  }
}
