import { isDayKey } from '../domain/dates';
import type { DayKey } from '../domain/types';

/**
 * Old Daylio exports (`year,date,…`) write the date in the phone's language: "June 22",
 * "28 septembre", "25. September", "7 września" (Polish genitive), "7 de septiembre",
 * "rugsėjo 7 d.", "9月7日". Month names come from Intl for the languages Daylio ships in, in
 * their standalone (nominative) and in-a-date (genitive) forms, long and abbreviated, accents
 * removed. A few words mean different months in two languages (Polish "listopad" is November,
 * Croatian "listopad" October): the row's weekday decides.
 */
const LOCALES = [
  'en', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'cs', 'sk', 'sl', 'hr', 'sr', 'sr-Latn', 'bs', 'bg', 'mk',
  'ro', 'hu', 'el', 'tr', 'sv', 'da', 'nb', 'fi', 'et', 'lv', 'lt', 'ca', 'gl', 'eu', 'id', 'ms', 'vi', 'th', 'he', 'ar',
  'fa', 'hi', 'be', 'ka', 'hy', 'az', 'kk', 'sq', 'is', 'af', 'fil', 'sw',
];

/** Abbreviations older exports used that Intl does not give, e.g. "Sept", "févr", "Maerz". */
const EXTRA: readonly (readonly string[])[] = [
  ['jan', 'janv'], ['feb', 'fevr', 'fev'], ['mar', 'marz', 'maerz'], ['apr', 'avr'], ['may'], ['jun'],
  ['jul', 'juil'], ['aug'], ['sep', 'sept'], ['oct', 'okt'], ['nov'], ['dec', 'dez'],
];

interface Candidate {
  locale: string;
  /** 1–12 */
  month: number;
}

export function bareWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

let index: Map<string, Candidate[]> | null = null;

function monthIndex(): Map<string, Candidate[]> {
  if (index) return index;
  const byName = new Map<string, Candidate[]>();
  const add = (name: string, candidate: Candidate) => {
    const key = bareWord(name);
    if (!/\p{L}/u.test(key)) return;
    const list = byName.get(key) ?? [];
    if (!list.some((c) => c.month === candidate.month && c.locale === candidate.locale)) list.push(candidate);
    byName.set(key, list);
  };
  EXTRA.forEach((names, i) => names.forEach((n) => add(n, { locale: 'en', month: i + 1 })));
  const shapes: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }];
  for (const locale of LOCALES) {
    let formats: Intl.DateTimeFormat[];
    try {
      formats = shapes.map((shape) => new Intl.DateTimeFormat(locale, { ...shape, timeZone: 'UTC' }));
    } catch {
      continue;
    }
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2017, month - 1, 15, 12));
      for (const format of formats) {
        for (const part of format.formatToParts(date)) if (part.type === 'month') add(part.value, { locale, month });
      }
    }
  }
  index = byName;
  return byName;
}

const pad = (n: number) => String(n).padStart(2, '0');

function weekdayMatches(key: DayKey, locale: string, weekday: string): boolean {
  const [y, m, d] = key.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  const wanted = bareWord(weekday.trim());
  return (['long', 'short'] as const).some((width) => bareWord(new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(date)) === wanted);
}

export type YearAndDate = { day: DayKey } | { unknownMonth: string } | { bad: string };

/**
 * The day of an old Daylio row from its `year`, localised `date` and `weekday` columns, e.g.
 * ("2017", "7 września", "czwartek") → "2017-09-07"; { unknownMonth } when no word of the date
 * is a month name Humeur knows; { bad } when the day does not exist ("February 30").
 */
export function dayFromYearAndDate(year: string, date: string, weekday = ''): YearAndDate {
  const raw = `${year.trim()} ${date.trim()}`;
  if (!/^\d{4}$/.test(year.trim())) return { bad: raw };
  // Chinese, Japanese, Korean: "9月7日", "9월 7일".
  const cjk = /(\d{1,2})\s*[月월]\s*(\d{1,2})/.exec(date);
  if (cjk) {
    const key = `${year.trim()}-${pad(Number(cjk[1]))}-${pad(Number(cjk[2]))}`;
    return isDayKey(key) ? { day: key } : { bad: raw };
  }
  const dayOfMonth = /\d{1,2}/.exec(date)?.[0];
  const words = date.match(/\p{L}[\p{L}\p{M}.]*/gu) ?? [];
  if (!dayOfMonth) return { bad: raw };
  const months = monthIndex();
  const word = words.find((w) => months.has(bareWord(w)));
  if (!word) return { unknownMonth: words.join(' ') || date.trim() };
  const candidates = months.get(bareWord(word)) ?? [];
  const keyOf = (c: Candidate) => `${year.trim()}-${pad(c.month)}-${pad(Number(dayOfMonth))}`;
  const distinct = new Set(candidates.map((c) => c.month));
  const chosen = distinct.size > 1 && weekday.trim() !== '' ? (candidates.find((c) => isDayKey(keyOf(c)) && weekdayMatches(keyOf(c), c.locale, weekday)) ?? candidates[0]) : candidates[0];
  const key = keyOf(chosen);
  return isDayKey(key) ? { day: key } : { bad: raw };
}
