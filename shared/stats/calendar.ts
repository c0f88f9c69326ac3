import type { DayKey } from '../domain/types';

/**
 * Whole-day arithmetic on day keys for the statistics' inner loops. A day key is a calendar date,
 * not an instant, so it maps to an integer day number with the proleptic Gregorian calendar
 * (no time zone, no DST): "1970-01-01" → 0, "2024-03-31" → 19813. Ten years of days are tens of
 * thousands of conversions per Insights screen; integer arithmetic (H. Hinnant's days-from-civil)
 * keeps them off the date-fns path, and shared/domain/dates.ts stays the one place for anything
 * shown to the user. tests/unit/stats-calendar.test.ts checks both agree day by day.
 */

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digit(key: string, i: number): number {
  const c = key.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/** Day number of a day key, e.g. "1970-01-02" → 1. Throws on a malformed or impossible day. */
export function dayNumber(key: DayKey): number {
  if (typeof key === 'string' && key.length === 10 && key[4] === '-' && key[7] === '-') {
    const y = digit(key, 0) * 1000 + digit(key, 1) * 100 + digit(key, 2) * 10 + digit(key, 3);
    const m = digit(key, 5) * 10 + digit(key, 6);
    const d = digit(key, 8) * 10 + digit(key, 9);
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return daysFromCivil(y, m, d);
  }
  throw new Error(`Not a day key: ${JSON.stringify(key)}`);
}

function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day key of a day number, e.g. 19813 → "2024-03-31". */
export function dayKeyOfNumber(n: number): DayKey {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y >= 1000 ? y : String(y).padStart(4, '0')}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
}

/** 0 = Sunday … 6 = Saturday, as date-fns getDay; 1970-01-01 was a Thursday. */
export function weekdayOfNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}
