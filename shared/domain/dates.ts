/**
 * The one module that calls date-fns. Days travel as "yyyy-MM-dd" keys and are parsed at
 * noon local time, so that DST changes and UTC offsets never move a day:
 * new Date("2024-10-01") is UTC midnight and is still September 30 west of Greenwich.
 */
import {
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  differenceInCalendarDays,
  eachDayOfInterval,
  endOfMonth,
  format,
  getDay,
  isValid,
  parse,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { enUS, fr } from 'date-fns/locale';
import type { DayKey, Lang } from './types';

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCALES = { fr, en: enUS } as const;

export function localeFor(lang: Lang) {
  return LOCALES[lang];
}

/** True for a real calendar day, e.g. "2024-02-29" but not "2023-02-29" nor "2024-2-1". */
export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d, 12);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

/** The Date at local noon of a day key. Throws on a malformed key: that is a programming error. */
export function parseDayKey(key: DayKey): Date {
  if (!isDayKey(key)) throw new Error(`Not a day key: ${JSON.stringify(key)}`);
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y, m - 1, d, 12, 0, 0, 0);
}

/** The local calendar day of a Date, e.g. "2024-10-01". */
export function toDayKey(date: Date): DayKey {
  return format(date, 'yyyy-MM-dd');
}

export function todayKey(now: Date = new Date()): DayKey {
  return toDayKey(now);
}

export function addDays(key: DayKey, n: number): DayKey {
  return toDayKey(fnsAddDays(parseDayKey(key), n));
}

export function addMonths(key: DayKey, n: number): DayKey {
  return toDayKey(fnsAddMonths(parseDayKey(key), n));
}

/** Whole days from a to b (b − a), e.g. ("2024-03-30", "2024-04-01") → 2 even across DST. */
export function daysBetween(a: DayKey, b: DayKey): number {
  return differenceInCalendarDays(parseDayKey(b), parseDayKey(a));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(key: DayKey): number {
  return getDay(parseDayKey(key));
}

/** Every day from `from` to `to`, both included. */
export function dayRange(from: DayKey, to: DayKey): DayKey[] {
  if (from > to) return [];
  return eachDayOfInterval({ start: parseDayKey(from), end: parseDayKey(to) }).map(toDayKey);
}

export function monthStart(key: DayKey): DayKey {
  return toDayKey(startOfMonth(parseDayKey(key)));
}

export function monthEnd(key: DayKey): DayKey {
  return toDayKey(endOfMonth(parseDayKey(key)));
}

export function weekStart(key: DayKey, weekStartsOn: 0 | 1): DayKey {
  return toDayKey(startOfWeek(parseDayKey(key), { weekStartsOn }));
}

/** "lundi 3 mars 2025" / "Monday, March 3, 2025". */
export function formatLongDay(key: DayKey, lang: Lang): string {
  const pattern = lang === 'fr' ? 'EEEE d MMMM yyyy' : 'EEEE, MMMM d, yyyy';
  return format(parseDayKey(key), pattern, { locale: localeFor(lang) });
}

const shortDays = new Map<string, string>();

/** "3 mars 2025" / "Mar 3, 2025". */
export function formatShortDay(key: DayKey, lang: Lang): string {
  // Kept: a year of pixels or a table of days asks for hundreds of them at each redraw.
  const cacheKey = lang + key;
  let text = shortDays.get(cacheKey);
  if (text === undefined) {
    const pattern = lang === 'fr' ? 'd MMM yyyy' : 'MMM d, yyyy';
    text = format(parseDayKey(key), pattern, { locale: localeFor(lang) });
    if (shortDays.size >= 20_000) shortDays.clear();
    shortDays.set(cacheKey, text);
  }
  return text;
}

/** "mars 2025" / "March 2025". */
export function formatMonth(key: DayKey, lang: Lang): string {
  return format(parseDayKey(key), 'LLLL yyyy', { locale: localeFor(lang) });
}

/** Weekday names in display order for a week start, e.g. fr + 1 → ["lun.", "mar.", …]. */
export function weekdayNames(lang: Lang, weekStartsOn: 0 | 1, width: 'short' | 'long' = 'short'): string[] {
  const base = startOfWeek(new Date(2024, 0, 10, 12), { weekStartsOn });
  return Array.from({ length: 7 }, (_, i) =>
    format(fnsAddDays(base, i), width === 'short' ? 'EEE' : 'EEEE', { locale: localeFor(lang) }),
  );
}

/** Weekday name for 0 = Sunday … 6 = Saturday. */
export function weekdayName(weekday: number, lang: Lang, width: 'short' | 'long' = 'long'): string {
  const sunday = new Date(2024, 0, 7, 12);
  return format(fnsAddDays(sunday, weekday), width === 'short' ? 'EEE' : 'EEEE', { locale: localeFor(lang) });
}

/** Local "HH:mm" of a Date. */
export function timeOf(date: Date): string {
  return format(date, 'HH:mm');
}

/**
 * Reads a local time written as "21:35", "9:05", "10:00 pm" or "01:26 AM" into "HH:mm";
 * null when it is not a time.
 */
export function parseLocalTime(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?(?: ?([ap])\.?m\.?)?$/.exec(t);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return null;
  if (m[3]) {
    if (h < 1 || h > 12) return null;
    if (m[3] === 'a') h = h === 12 ? 0 : h;
    else h = h === 12 ? 12 : h + 12;
  } else if (h > 23) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Parses "yyyy-MM-dd HH:mm" style strings with date-fns into a local Date; null when invalid. */
export function parseLocalDateTime(day: DayKey, time: string): Date | null {
  const d = parse(`${day} ${time}`, 'yyyy-MM-dd HH:mm', new Date(2000, 0, 1));
  return isValid(d) ? d : null;
}

/** Formats a Date with a date-fns pattern in a UI language (for callers that need a custom shape). */
export function formatDate(date: Date, pattern: string, lang: Lang): string {
  return format(date, pattern, { locale: localeFor(lang) });
}

/**
 * The local day of a UTC instant in an IANA time zone, e.g.
 * ("2017-12-25T03:04:32Z", "America/New_York") → "2017-12-24". Falls back to the machine's zone.
 */
export function dayInTimeZone(instant: Date, timeZone?: string): { day: DayKey; time: string } {
  if (timeZone) {
    try {
      const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).formatToParts(instant);
      const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      // Year 999 comes out as "999": pad it, or the day key sorts and parses wrong.
      return { day: `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
    } catch {
      // An unknown zone name: use the machine's own.
    }
  }
  return { day: toDayKey(instant), time: timeOf(instant) };
}
