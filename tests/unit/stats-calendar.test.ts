import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayOf } from '../../shared/domain/dates';
import { dayKeyOfNumber, dayNumber, weekdayOfNumber } from '../../shared/stats/calendar';

describe('integer day numbers for the statistics', () => {
  it('agree with the date-fns wrapper day by day across leap years and DST changes', () => {
    let key = '2023-12-25';
    const start = dayNumber(key);
    for (let i = 0; i < 800; i++) {
      expect(dayNumber(key)).toBe(start + i);
      expect(dayKeyOfNumber(start + i)).toBe(key);
      expect(weekdayOfNumber(start + i)).toBe(weekdayOf(key));
      key = addDays(key, 1);
    }
    expect(dayNumber('2024-03-31') - dayNumber('2024-03-30')).toBe(daysBetween('2024-03-30', '2024-03-31'));
  });

  it('follows the Gregorian century rules from 1600 to 2400, as Date.UTC does', () => {
    for (let n = dayNumber('1600-01-01'); n <= dayNumber('2400-12-31'); n += 17) {
      const utc = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(dayKeyOfNumber(n)).toBe(utc);
      expect(dayNumber(utc)).toBe(n);
    }
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('1900-03-01') - dayNumber('1900-02-28')).toBe(1);
    expect(() => dayNumber('1900-02-29')).toThrow();
  });

  it('knows fixed points and refuses impossible days', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-02-29') - dayNumber('2024-02-28')).toBe(1);
    expect(dayKeyOfNumber(-1)).toBe('1969-12-31');
    expect(() => dayNumber('2023-02-29')).toThrow();
    expect(() => dayNumber('2024-2-1')).toThrow();
  });
});
