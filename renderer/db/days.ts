import type { DaySummary, DayKey, Entry } from '../../shared/domain/types';
import { summariseDay } from '../../shared/domain/daySummary';
import type { HumeurDb } from './schema';

/**
 * Recomputes the compact day records for the given days from their entries.
 * Must run inside a transaction that includes `entries` and `days`.
 */
export async function refreshDays(db: HumeurDb, days: Iterable<DayKey>): Promise<void> {
  const list = [...new Set(days)];
  if (list.length === 1) {
    const [day] = list;
    const entries: Entry[] = await db.entries.where('day').equals(day).toArray();
    if (entries.length === 0) await db.days.delete(day);
    else await db.days.put(summariseDay(day, entries));
    return;
  }
  // Many days (an import, a merge): one read and two bulk writes, not a query per day.
  if (list.length === 0) return;
  await writeDaySummaries(db, list, await db.entries.where('day').anyOf(list).toArray());
}

/**
 * Writes the day records of `days` from `entries` (all the entries those days hold): days left
 * without entries are deleted. Must run inside a transaction over `days`.
 */
export async function writeDaySummaries(db: HumeurDb, days: readonly DayKey[], entries: readonly Entry[]): Promise<void> {
  const byDay = new Map<DayKey, Entry[]>(days.map((d) => [d, []]));
  for (const e of entries) byDay.get(e.day)?.push(e);
  const empty = [...byDay].filter(([, list]) => list.length === 0).map(([day]) => day);
  const summaries = [...byDay].filter(([, list]) => list.length > 0).map(([day, list]) => summariseDay(day, list));
  if (empty.length) await db.days.bulkDelete(empty);
  if (summaries.length) await db.days.bulkPut(summaries);
}

/** Rebuilds every day record from the entries (after an import or a restore). */
export async function rebuildAllDays(db: HumeurDb): Promise<void> {
  const byDay = new Map<DayKey, Entry[]>();
  await db.entries.each((e) => {
    const list = byDay.get(e.day) ?? [];
    list.push(e);
    byDay.set(e.day, list);
  });
  await db.days.clear();
  await db.days.bulkPut([...byDay].map(([day, entries]) => summariseDay(day, entries)));
}

/** The day records Insights reads, in day order; optional inclusive range. */
export async function loadDaySummaries(db: HumeurDb, from?: DayKey, to?: DayKey): Promise<DaySummary[]> {
  if (from || to) return db.days.where('day').between(from ?? '0000-00-00', to ?? '9999-99-99', true, true).toArray();
  return db.days.orderBy('day').toArray();
}
