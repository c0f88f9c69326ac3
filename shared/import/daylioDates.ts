import { isDayKey } from '../domain/dates';
import type { DayKey } from '../domain/types';

/**
 * Month names as old Daylio exports write them in their localised `date` column, in the
 * languages Humeur's users export from (English, French, German), accents removed.
 * e.g. "28 September", "December 9", "25. September", "3 févr.", "12. März".
 */
const MONTHS: readonly string[][] = [
  ['january', 'jan', 'janvier', 'janv', 'januar'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'februar'],
  ['march', 'mar', 'mars', 'marz', 'maerz'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin', 'juni'],
  ['july', 'jul', 'juillet', 'juil', 'juli'],
  ['august', 'aug', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre', 'oktober', 'okt'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'decembre', 'dezember', 'dez'],
];

const MONTH_BY_NAME = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

function monthOf(word: string): number | undefined {
  const bare = word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\.$/, '');
  return MONTH_BY_NAME.get(bare);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The day of an old 7-column Daylio row (`year` + localised `date`), e.g. ("2017", "December 8")
 * → "2017-12-08"; null when the month name is unknown or the day does not exist ("February 30").
 */
export function dayFromYearAndDate(year: string, date: string): DayKey | null {
  if (!/^\d{4}$/.test(year.trim())) return null;
  const day = /\d{1,2}/.exec(date)?.[0];
  const word = /\p{L}[\p{L}.]*/u.exec(date)?.[0];
  if (!day || !word) return null;
  const month = monthOf(word);
  if (!month) return null;
  const key = `${year.trim()}-${pad(month)}-${pad(Number(day))}`;
  return isDayKey(key) ? key : null;
}
