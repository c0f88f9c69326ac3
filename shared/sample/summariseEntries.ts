import { summariseDay } from '../domain/daySummary';
import type { DayKey, DaySummary, Entry } from '../domain/types';

/** Groups entries by day and folds each day with summariseDay, in day order: the statistics' input. */
export function summariseEntries(entries: readonly Entry[]): DaySummary[] {
  const byDay = new Map<DayKey, Entry[]>();
  for (const e of entries) {
    const list = byDay.get(e.day);
    if (list) list.push(e);
    else byDay.set(e.day, [e]);
  }
  return [...byDay.keys()].sort().map((day) => summariseDay(day, byDay.get(day)!));
}
