import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayRange,
  daysBetween,
  formatLongDay,
  formatMonth,
  formatShortDay,
  isDayKey,
  monthEnd,
  monthStart,
  parseDayKey,
  parseLocalTime,
  toDayKey,
  weekStart,
  weekdayName,
  weekdayNames,
  weekdayOf,
} from '../../shared/domain/dates';

describe('isDayKey', () => {
  it('accepts real days, leap days included', () => {
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2000-02-29')).toBe(true);
    expect(isDayKey('2025-12-31')).toBe(true);
  });

  it('refuses impossible days and other shapes', () => {
    expect(isDayKey('2023-02-29')).toBe(false);
    expect(isDayKey('1900-02-29')).toBe(false);
    expect(isDayKey('2024-04-31')).toBe(false);
    expect(isDayKey('2024-13-01')).toBe(false);
    expect(isDayKey('2024-00-10')).toBe(false);
    expect(isDayKey('2024-2-1')).toBe(false);
    expect(isDayKey(' 2024-02-01')).toBe(false);
    expect(isDayKey('2024-02-01T00:00')).toBe(false);
    expect(isDayKey(20240201)).toBe(false);
    expect(isDayKey(null)).toBe(false);
  });
});

describe('day keys', () => {
  it('parse at local noon and come back unchanged', () => {
    const date = parseDayKey('2024-10-01');
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2024, 9, 1, 12]);
    expect(toDayKey(date)).toBe('2024-10-01');
  });

  it('throw on a malformed key, a programming error', () => {
    expect(() => parseDayKey('2023-02-29')).toThrow(/Not a day key/);
    expect(() => parseDayKey('01/10/2024')).toThrow(/Not a day key/);
  });

  it('add days and months across month, year and leap-day edges', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('count and list days', () => {
    expect(daysBetween('2024-02-27', '2024-03-01')).toBe(3);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
    expect(dayRange('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(dayRange('2024-03-01', '2024-02-27')).toEqual([]);
  });

  it('find month and week edges for either week start', () => {
    expect(monthStart('2024-02-17')).toBe('2024-02-01');
    expect(monthEnd('2024-02-17')).toBe('2024-02-29');
    expect(monthEnd('2025-02-17')).toBe('2025-02-28');
    // 2025-03-05 is a Wednesday.
    expect(weekdayOf('2025-03-05')).toBe(3);
    expect(weekStart('2025-03-05', 1)).toBe('2025-03-03');
    expect(weekStart('2025-03-05', 0)).toBe('2025-03-02');
    expect(weekStart('2025-03-02', 1)).toBe('2025-02-24');
  });
});

describe('formatting in the UI language', () => {
  it('writes long days the French and the American way', () => {
    expect(formatLongDay('2025-03-03', 'fr')).toBe('lundi 3 mars 2025');
    expect(formatLongDay('2025-03-03', 'en')).toBe('Monday, March 3, 2025');
    expect(formatLongDay('2024-02-29', 'fr')).toBe('jeudi 29 février 2024');
    expect(formatLongDay('2025-08-15', 'en')).toBe('Friday, August 15, 2025');
  });

  it('writes short days and months', () => {
    expect(formatShortDay('2025-03-03', 'en')).toBe('Mar 3, 2025');
    expect(formatShortDay('2025-08-03', 'fr')).toBe('3 août 2025');
    expect(formatMonth('2025-03-03', 'fr')).toBe('mars 2025');
    expect(formatMonth('2025-12-03', 'en')).toBe('December 2025');
  });

  it('names weekdays in display order for each week start', () => {
    expect(weekdayNames('fr', 1)).toEqual(['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']);
    expect(weekdayNames('en', 0)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(weekdayNames('fr', 0, 'long')[0]).toBe('dimanche');
    expect(weekdayName(1, 'en')).toBe('Monday');
    expect(weekdayName(6, 'fr', 'long')).toBe('samedi');
  });
});

describe('parseLocalTime', () => {
  it.each([
    ['21:35', '21:35'],
    ['9:05', '09:05'],
    ['00:00', '00:00'],
    ['21:35:59', '21:35'],
    ['10:00 pm', '22:00'],
    ['01:26 AM', '01:26'],
    ['12:00 am', '00:00'],
    ['12:30 PM', '12:30'],
    ['  7:05   p.m. ', '19:05'],
    ['7:05pm', '19:05'],
  ])('reads %j as %j', (text, time) => {
    expect(parseLocalTime(text)).toBe(time);
  });

  it.each(['24:00', '9:60', '13:00 pm', '0:30 am', 'noon', '', '21h35', '2135'])('refuses %j', (text) => {
    expect(parseLocalTime(text)).toBeNull();
  });
});
