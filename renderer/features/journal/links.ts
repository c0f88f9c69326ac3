import type { DayKey } from '../../../shared/domain/types';
import { hrefFor } from '../../app/route';
import { todayHref } from '../today/todayRoute';

/** The Journal page of one entry, e.g. "#/journal/3f2a…". */
export function journalEntryHref(entryId: string): string {
  return hrefFor({ screen: 'journal', param: entryId });
}

/** Today's editor opened on an entry, e.g. "#/today/2025-03-03%3A3f2a…" (Today owns that route). */
export function editEntryHref(day: DayKey, entryId: string): string {
  return todayHref(day, entryId);
}

/** Today on a day, to write for it, e.g. "#/today/2025-03-05". */
export function writeDayHref(day: DayKey): string {
  return todayHref(day);
}
