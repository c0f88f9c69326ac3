import type { DayKey } from '../../../shared/domain/types';
import { hrefFor } from '../../app/route';

/** The Journal page of one entry, e.g. "#/journal/3f2a…". */
export function journalEntryHref(entryId: string): string {
  return hrefFor({ screen: 'journal', param: entryId });
}

/** Today's editor opened on an entry: "#/today/2025-03-03:<entryId>" (the Today screen's route). */
export function editEntryHref(day: DayKey, entryId: string): string {
  return hrefFor({ screen: 'today', param: `${day}:${entryId}` });
}

/** Today on a day without a chosen entry, e.g. "#/today/2025-03-03". */
export function writeDayHref(day: DayKey): string {
  return hrefFor({ screen: 'today', param: day });
}
