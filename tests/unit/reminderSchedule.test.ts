/**
 * The evening reminder's schedule, run under Paris and New York time in this one process
 * (Node applies a new process.env.TZ to Dates created afterwards; each block checks the zone
 * really changed before trusting its results).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  afterFired,
  afterSnoozed,
  MAX_WAIT_MS,
  NO_REMINDER_STATE,
  planReminder,
  waitBeforeNextCheck,
  type ReminderPlan,
  type ReminderState,
} from '../../shared/reminder/schedule';
import { offersLateReview } from '../../shared/reminder/lateReview';

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const evening: ReminderPlan = { time: '20:30', days: EVERY_DAY };
/** A local wall-clock instant, e.g. at('2025-03-30', '20:30'). */
const at = (day: string, time: string) => {
  const [y, m, d] = day.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return new Date(y, m - 1, d, h, min);
};
const state = (patch: Partial<ReminderState> = {}): ReminderState => ({ ...NO_REMINDER_STATE, ...patch });

interface Zone {
  tz: string;
  spring: string;
  autumn: string;
  /** The UTC instants of 20:30 local on the spring and autumn days. */
  springUtc: string;
  autumnUtc: string;
}

const ZONES: Zone[] = [
  { tz: 'Europe/Paris', spring: '2025-03-30', autumn: '2025-10-26', springUtc: '2025-03-30T18:30:00.000Z', autumnUtc: '2025-10-26T19:30:00.000Z' },
  { tz: 'America/New_York', spring: '2025-03-09', autumn: '2025-11-02', springUtc: '2025-03-10T00:30:00.000Z', autumnUtc: '2025-11-03T01:30:00.000Z' },
];

for (const zone of ZONES) {
  describe(`in ${zone.tz}`, () => {
    beforeAll(() => {
      process.env.TZ = zone.tz;
    });

    it('really runs in that zone (the UTC offset changes across the spring day)', () => {
      const [y, m, d] = zone.spring.split('-').map(Number);
      expect(new Date(y, m - 1, d - 1, 12).getTimezoneOffset()).not.toBe(new Date(y, m - 1, d + 1, 12).getTimezoneOffset());
    });

    it('keeps 20:30 on the wall clock across the spring change, where 24 hours later would be 21:30', () => {
      const fromEvening = planReminder(evening, state(), new Date(at(zone.spring, '00:00').getTime() - 60_000));
      expect(fromEvening.fire).toBe(false);
      expect(fromEvening.next?.toISOString()).toBe(zone.springUtc);
      expect(fromEvening.next?.getHours()).toBe(20);
      expect(fromEvening.next?.getMinutes()).toBe(30);
    });

    it('keeps 20:30 on the wall clock across the autumn change', () => {
      const decision = planReminder(evening, state(), at(zone.autumn, '00:30'));
      expect(decision.next?.toISOString()).toBe(zone.autumnUtc);
      expect(decision.next?.getHours()).toBe(20);
    });

    it('plans a time that does not exist on the spring day just after the gap, and fires once', () => {
      // 02:30 never happens on the spring day in either zone: the clocks jump from 02:00 to 03:00.
      const plan: ReminderPlan = { time: '02:30', days: EVERY_DAY };
      const decision = planReminder(plan, state(), at(zone.spring, '01:00'));
      expect(decision.next).not.toBeNull();
      expect(decision.next!.getHours()).toBe(3);
      const checkedSince = at(zone.spring, '01:00');
      const later = new Date(decision.next!.getTime() + 1_000);
      expect(planReminder(plan, state(), later, checkedSince).fire).toBe(true);
      expect(planReminder(plan, state({ firedDay: zone.spring }), later, checkedSince).fire).toBe(false);
    });

    it('fires a time that happens twice on the autumn day only once', () => {
      const plan: ReminderPlan = { time: '01:30', days: EVERY_DAY };
      const first = planReminder(plan, state(), at(zone.autumn, '00:00'));
      const firstAt = first.next!;
      const fired = planReminder(plan, state(), new Date(firstAt.getTime() + 1_000), at(zone.autumn, '00:00'));
      expect(fired.fire).toBe(true);
      // One hour later the clock reads 01:30 again: the day's reminder has already come.
      const again = new Date(firstAt.getTime() + 3_600_000 + 1_000);
      const decision = planReminder(plan, afterFired(state(), firstAt), again, new Date(firstAt.getTime() + 2_000));
      expect(decision.fire).toBe(false);
      expect(decision.next!.getDate()).toBe(firstAt.getDate() + 1);
    });

    it('re-plans after a sleep across the reminder: due on wake the same evening', () => {
      const sleptAt = at('2025-06-12', '19:55');
      const wokeAt = at('2025-06-12', '21:40');
      const decision = planReminder(evening, state(), wokeAt, sleptAt);
      expect(decision.fire).toBe(true);
      expect(decision.next?.getTime()).toBe(at('2025-06-13', '20:30').getTime());
    });

    it('lets a reminder go when the machine wakes more than three hours after it', () => {
      expect(planReminder(evening, state(), at('2025-06-12', '23:45'), at('2025-06-12', '19:55')).fire).toBe(false);
    });

    it('does not bring back yesterday’s reminder after a sleep across midnight', () => {
      const decision = planReminder(evening, state(), at('2025-06-13', '07:10'), at('2025-06-12', '19:55'));
      expect(decision.fire).toBe(false);
      expect(decision.next?.getTime()).toBe(at('2025-06-13', '20:30').getTime());
    });

    it('does not fire when the machine wakes before the reminder', () => {
      const decision = planReminder(evening, state(), at('2025-06-12', '20:10'), at('2025-06-12', '14:00'));
      expect(decision).toEqual({ fire: false, next: at('2025-06-12', '20:30') });
    });
  });
}

describe('the reminder plan (local zone)', () => {
  beforeAll(() => {
    process.env.TZ = 'Europe/Paris';
  });

  it('fires when a check passes the reminder time, then plans the next day', () => {
    const decision = planReminder(evening, state(), at('2025-06-12', '20:30'), at('2025-06-12', '20:25'));
    expect(decision).toEqual({ fire: true, next: at('2025-06-13', '20:30') });
  });

  it('does not fire at start-up after the time has passed (nothing was missed since now)', () => {
    expect(planReminder(evening, state(), at('2025-06-12', '22:00'))).toEqual({ fire: false, next: at('2025-06-13', '20:30') });
  });

  it('says nothing on a day whose review already exists', () => {
    const reviewed = state({ reviewedDay: '2025-06-12' });
    const decision = planReminder(evening, reviewed, at('2025-06-12', '20:31'), at('2025-06-12', '20:20'));
    expect(decision).toEqual({ fire: false, next: at('2025-06-13', '20:30') });
    expect(planReminder(evening, reviewed, at('2025-06-12', '18:00')).next).toEqual(at('2025-06-13', '20:30'));
  });

  it('crosses midnight for a late reminder', () => {
    const late: ReminderPlan = { time: '00:15', days: EVERY_DAY };
    expect(planReminder(late, state(), at('2025-06-12', '23:50')).next).toEqual(at('2025-06-13', '00:15'));
    expect(planReminder(late, state(), at('2025-06-13', '00:16'), at('2025-06-12', '23:50')).fire).toBe(true);
  });

  it('keeps to the chosen weekdays: from Friday evening to Monday', () => {
    const weekdays: ReminderPlan = { time: '20:30', days: [1, 2, 3, 4, 5] };
    // 2025-06-13 is a Friday.
    expect(planReminder(weekdays, state(), at('2025-06-13', '21:00')).next).toEqual(at('2025-06-16', '20:30'));
    expect(planReminder(weekdays, state(), at('2025-06-14', '20:31'), at('2025-06-14', '20:00')).fire).toBe(false);
  });

  it('plans nothing when the reminder is off or no weekday is chosen', () => {
    expect(planReminder({ time: null, days: EVERY_DAY }, state(), at('2025-06-12', '20:30'), at('2025-06-12', '20:00'))).toEqual({ fire: false, next: null });
    expect(planReminder({ time: '20:30', days: [] }, state(), at('2025-06-12', '20:30'), at('2025-06-12', '20:00'))).toEqual({ fire: false, next: null });
  });

  it('comes back 30 minutes after "Later", even after today’s reminder fired', () => {
    const firedAt = at('2025-06-12', '20:30');
    const snoozed = afterSnoozed(afterFired(state(), firedAt), firedAt);
    expect(planReminder(evening, snoozed, at('2025-06-12', '20:35')).next).toEqual(at('2025-06-12', '21:00'));
    const due = planReminder(evening, snoozed, at('2025-06-12', '21:00'), at('2025-06-12', '20:55'));
    expect(due).toEqual({ fire: true, next: at('2025-06-13', '20:30') });
  });

  it('drops the snooze once the review is written', () => {
    const firedAt = at('2025-06-12', '20:30');
    const snoozed = { ...afterSnoozed(afterFired(state(), firedAt), firedAt), reviewedDay: '2025-06-12' };
    expect(planReminder(evening, snoozed, at('2025-06-12', '21:00'), at('2025-06-12', '20:55'))).toEqual({
      fire: false,
      next: at('2025-06-13', '20:30'),
    });
  });

  it('does not bring a snooze back on the next day', () => {
    const snoozed = afterSnoozed(state({ firedDay: '2025-06-12' }), at('2025-06-12', '23:50'));
    expect(planReminder(evening, snoozed, at('2025-06-13', '07:00'), at('2025-06-12', '23:55')).fire).toBe(false);
  });

  it('waits until the next reminder, in steps of at most ten minutes', () => {
    const now = at('2025-06-12', '20:25');
    expect(waitBeforeNextCheck({ fire: false, next: at('2025-06-12', '20:30') }, now)).toBe(5 * 60_000);
    expect(waitBeforeNextCheck({ fire: false, next: at('2025-06-13', '20:30') }, now)).toBe(MAX_WAIT_MS);
    expect(waitBeforeNextCheck({ fire: false, next: null }, now)).toBe(MAX_WAIT_MS);
  });
});

describe('the late-evening question on Today', () => {
  it('comes between midnight and the cut-off hour, on Today itself, while the new day is empty', () => {
    expect(offersLateReview(at('2025-03-15', '00:40'), 4, false, false)).toBe(true);
    expect(offersLateReview(at('2025-03-15', '03:59'), 4, false, false)).toBe(true);
    expect(offersLateReview(at('2025-03-15', '04:00'), 4, false, false)).toBe(false);
    expect(offersLateReview(at('2025-03-14', '23:50'), 4, false, false)).toBe(false);
    expect(offersLateReview(at('2025-03-15', '00:40'), 0, false, false)).toBe(false);
    expect(offersLateReview(at('2025-03-15', '00:40'), 4, true, false)).toBe(false);
    expect(offersLateReview(at('2025-03-15', '00:40'), 4, false, true)).toBe(false);
  });
});
