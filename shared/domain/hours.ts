/**
 * Hours worked with a client, as people type them: "2.5", "2,5", "2h30", "2 h 30", "2:30",
 * "2h", "2 h 30 min", "45 min". Pure and locale-free: both decimal marks are read whatever the UI
 * language, and minutes must be 0–59 ("2h75" is refused rather than guessed).
 */
import type { Result } from './types';

export const MAX_HOURS = 24;

/** Why a typed duration was refused: not a duration at all, minutes past 59, or more than a day. */
export type HoursError = 'format' | 'minutes' | 'range';

const DECIMAL = /^(\d+(?:[.,]\d*)?|[.,]\d+)$/;
// "2h30", "2 h 30", "2h 30 min", "2h", "2 heures 30", "2hrs30m"
const H_MIN = /^(\d+)\s*(?:h|hr|hrs|hours?|heures?)\s*(?:(\d{1,2})\s*(?:m|min|mins|minutes?)?)?$/;
const COLON = /^(\d+):(\d{2})$/;
const MIN_ONLY = /^(\d+)\s*(?:m|min|mins|minutes?)$/;

/** Hours rounded to hundredths, so "1h20" is 1.33 and not 1.3333333. */
const round = (value: number) => Math.round(value * 100) / 100;

function checked(hours: number): Result<number, HoursError> {
  return hours >= 0 && hours <= MAX_HOURS ? { ok: true, value: round(hours) } : { ok: false, error: 'range' };
}

function fromParts(hours: string, minutes: string | undefined): Result<number, HoursError> {
  const m = minutes === undefined ? 0 : Number(minutes);
  if (m > 59) return { ok: false, error: 'minutes' };
  return checked(Number(hours) + m / 60);
}

/**
 * Reads a typed duration in hours: ok(null) for an empty field, ok(2.5) for "2h30", or why not.
 * e.g. "2,5" → 2.5, "2:30" → 2.5, "1h20" → 1.33, "45 min" → 0.75, "25" → range, "2h75" → minutes.
 */
export function parseHours(text: string): Result<number | null, HoursError> {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return { ok: true, value: null };
  if (DECIMAL.test(t)) return checked(Number(t.replace(',', '.')));
  const hm = H_MIN.exec(t);
  if (hm) return fromParts(hm[1], hm[2]);
  const colon = COLON.exec(t);
  if (colon) return fromParts(colon[1], colon[2]);
  const min = MIN_ONLY.exec(t);
  if (min) return checked(Number(min[1]) / 60);
  return { ok: false, error: 'format' };
}
