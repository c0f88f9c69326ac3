import type { DayKey } from '../../../shared/domain/types';
import { isDayKey } from '../../../shared/domain/dates';
import { hrefFor } from '../../app/route';

/**
 * The link to a day on Today, optionally opening one of its entries:
 * ("2025-03-03") → "#/today/2025-03-03", ("2025-03-03", "e1") → "#/today/2025-03-03%3Ae1".
 */
export function todayHref(day: DayKey, entryId?: string): string {
  return hrefFor({ screen: 'today', param: entryId ? `${day}:${entryId}` : day });
}

/** Reads the route param "yyyy-MM-dd" or "yyyy-MM-dd:<entry id>"; a missing or malformed day means today. */
export function parseTodayParam(param: string | undefined, today: DayKey): { day: DayKey; entryId?: string } {
  if (!param) return { day: today };
  const colon = param.indexOf(':');
  const day = colon === -1 ? param : param.slice(0, colon);
  const entryId = colon === -1 ? undefined : param.slice(colon + 1) || undefined;
  if (!isDayKey(day)) return { day: today };
  return entryId ? { day, entryId } : { day };
}
