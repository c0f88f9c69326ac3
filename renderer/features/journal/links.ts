import type { DayKey } from '../../../shared/domain/types';
import { hrefFor } from '../../app/route';
import { todayHref } from '../today/todayRoute';

/** The Journal page of one entry, e.g. "#/journal/3f2a…". */
export function journalEntryHref(entryId: string): string {
  return hrefFor({ screen: 'journal', param: entryId });
}

/** The entry edited inside the Journal, e.g. "#/journal/3f2a…%3Aedit". */
export function journalEditHref(entryId: string): string {
  return hrefFor({ screen: 'journal', param: `${entryId}:edit` });
}

/** Reads the Journal's route param: "3f2a…" (an entry) or "3f2a…:edit" (editing it). */
export function parseJournalParam(param: string | undefined): { entryId?: string; editing: boolean } {
  if (!param) return { editing: false };
  const editing = param.endsWith(':edit');
  return { entryId: editing ? param.slice(0, -':edit'.length) : param, editing };
}

/** Today on a day, to write for it, e.g. "#/today/2025-03-05". */
export function writeDayHref(day: DayKey): string {
  return todayHref(day);
}
