/**
 * Day arithmetic around daylight-saving changes, run under several time zones in this one process:
 * Node applies a new process.env.TZ to Dates created afterwards, and each block checks the zone
 * really changed before trusting its results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayRange, daysBetween, monthEnd, parseDayKey, toDayKey, weekStart } from '../../shared/domain/dates';

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** UTC offset in minutes east of Greenwich at local noon of a day, e.g. Paris in summer → 120. */
const offsetAt = (y: number, m: number, d: number) => -new Date(y, m - 1, d, 12).getTimezoneOffset();

interface Zone {
  tz: string;
  /** The day clocks go forward, with the offsets the day before and after. */
  spring: { day: string; before: number; after: number };
  autumn: { day: string };
}

const ZONES: Zone[] = [
  { tz: 'Europe/Paris', spring: { day: '2025-03-30', before: 60, after: 120 }, autumn: { day: '2025-10-26' } },
  { tz: 'America/New_York', spring: { day: '2025-03-09', before: -300, after: -240 }, autumn: { day: '2025-11-02' } },
  // Brazil moved its clocks at midnight: 2018-11-04 00:00 never happened in São Paulo.
  { tz: 'America/Sao_Paulo', spring: { day: '2018-11-04', before: -180, after: -120 }, autumn: { day: '2019-02-17' } },
];

for (const zone of ZONES) {
  describe(`in ${zone.tz}`, () => {
    beforeAll(() => {
      process.env.TZ = zone.tz;
    });

    it('really runs in that zone (the offset changes across the spring day)', () => {
      const [y, m, d] = zone.spring.day.split('-').map(Number);
      expect(offsetAt(y, m, d - 1)).toBe(zone.spring.before);
      expect(offsetAt(y, m, d + 1)).toBe(zone.spring.after);
    });

    it('steps one day at a time across the spring change', () => {
      const before = addDays(zone.spring.day, -1);
      expect(addDays(before, 1)).toBe(zone.spring.day);
      expect(addDays(zone.spring.day, 1)).toBe(addDays(before, 2));
      expect(addDays(addDays(zone.spring.day, 1), -2)).toBe(before);
      expect(daysBetween(before, addDays(zone.spring.day, 1))).toBe(2);
      expect(dayRange(before, addDays(zone.spring.day, 1))).toEqual([before, zone.spring.day, addDays(zone.spring.day, 1)]);
    });

    it('steps one day at a time across the autumn change', () => {
      const before = addDays(zone.autumn.day, -1);
      expect(addDays(before, 1)).toBe(zone.autumn.day);
      expect(daysBetween(before, addDays(zone.autumn.day, 1))).toBe(2);
      expect(dayRange(before, addDays(zone.autumn.day, 1))).toHaveLength(3);
    });

    it('round-trips every day key of the year of the change', () => {
      const year = zone.spring.day.slice(0, 4);
      const days = dayRange(`${year}-01-01`, `${year}-12-31`);
      expect(days).toHaveLength(365);
      expect(new Set(days).size).toBe(365);
      for (const day of days) {
        expect(toDayKey(parseDayKey(day))).toBe(day);
        expect(parseDayKey(day).getHours()).toBe(12);
      }
    });

    it('keeps the week of the change seven distinct days with one week start', () => {
      for (const weekStartsOn of [0, 1] as const) {
        const first = weekStart(zone.spring.day, weekStartsOn);
        const week = dayRange(first, addDays(first, 6));
        expect(week).toHaveLength(7);
        expect(week).toContain(zone.spring.day);
        expect(new Set(week.map((d) => weekStart(d, weekStartsOn)))).toEqual(new Set([first]));
        expect(weekStart(addDays(first, 7), weekStartsOn)).toBe(addDays(first, 7));
      }
      const [y, m] = zone.spring.day.split('-').map(Number);
      expect(monthEnd(zone.spring.day)).toBe(`${y}-${String(m).padStart(2, '0')}-${new Date(y, m, 0, 12).getDate()}`);
    });
  });
}

describe('the examples everyone checks', () => {
  for (const tz of ['Europe/Paris', 'America/New_York']) {
    it(`in ${tz}: "2025-03-29" + 1 is "2025-03-30", and the 29th to the 31st is 2 days`, () => {
      process.env.TZ = tz;
      expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
      expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
      expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
      expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
      expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    });
  }
});
