import type { DayKey, Result } from './types';
import { isDayKey } from './dates';

export type EndDayError = 'missing' | 'future' | 'beforeStart';

/**
 * The day a relationship ended, as picked in the date field ("2025-02-28"): a real day, not after
 * today, and not before the first day the journal mentions the client (an end before any work
 * together is a typo). e.g. validateEndDay("2025-02-28", "2025-03-14", "2024-09-02") → ok.
 */
export function validateEndDay(value: string, today: DayKey, firstDay: DayKey | null): Result<DayKey, EndDayError> {
  if (!isDayKey(value)) return { ok: false, error: 'missing' };
  if (value > today) return { ok: false, error: 'future' };
  if (firstDay && value < firstDay) return { ok: false, error: 'beforeStart' };
  return { ok: true, value };
}
