/**
 * When the evening reminder comes: a pure function of the user's plan, what already happened
 * today and the clock. Times are local wall-clock times ("20:30" stays 20:30 across daylight-saving
 * changes), computed with the machine's time zone; "now" is always a parameter.
 *
 * The main process calls planReminder on every check (its timer, a wake from sleep, a change of
 * settings), passing the instant of the previous check as `checkedSince`: a reminder that fell
 * between the two checks — while the computer slept, say — is due now, if it is still the same day
 * and at most three hours late.
 */
import type { DayKey, Settings } from '../domain/types';
import { addDays, parseLocalDateTime, toDayKey, weekdayOf } from '../domain/dates';

export const SNOOZE_MINUTES = 30;
/** The longest single wait: a clock changed by hand or a missed timer is noticed within this. */
export const MAX_WAIT_MS = 10 * 60_000;
/** A reminder missed while the computer slept still comes on wake, if it is at most this late. */
export const MISSED_GRACE_MS = 3 * 3_600_000;

export interface ReminderPlan {
  /** Local "HH:mm", or null when the reminder is off. */
  time: string | null;
  /** Weekdays, 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
}

export interface ReminderState {
  /** The latest day with an end-of-day review: no reminder that day. */
  reviewedDay: DayKey | null;
  /** The day a reminder was last shown: at most one scheduled reminder a day. */
  firedDay: DayKey | null;
  /** "Later" was chosen: the reminder comes back at this instant. */
  snoozedUntil: Date | null;
}

export interface ReminderDecision {
  /** Show the notification now. */
  fire: boolean;
  /** The next instant a reminder is due, null when none is planned (off, or no weekday chosen). */
  next: Date | null;
}

export const NO_REMINDER_STATE: ReminderState = { reviewedDay: null, firedDay: null, snoozedUntil: null };

export function reminderPlanOf(settings: Pick<Settings, 'reminderTime' | 'reminderDays'>): ReminderPlan {
  return { time: settings.reminderTime, days: settings.reminderDays };
}

/** The local instant of a day's reminder, e.g. ("2025-03-30", "20:30") in Paris → 18:30 UTC. */
function reminderOn(day: DayKey, time: string): Date | null {
  return parseLocalDateTime(day, time);
}

/** Scheduled reminders from the day before `from` to a week after, in order. */
function scheduledAround(plan: ReminderPlan, from: Date): Date[] {
  if (plan.time === null || plan.days.length === 0) return [];
  const today = toDayKey(from);
  const out: Date[] = [];
  for (let i = -1; i <= 8; i++) {
    const day = addDays(today, i);
    if (!plan.days.includes(weekdayOf(day))) continue;
    const at = reminderOn(day, plan.time);
    if (at) out.push(at);
  }
  return out;
}

function allowedOn(state: ReminderState, day: DayKey): boolean {
  return state.reviewedDay !== day && state.firedDay !== day;
}

export function planReminder(plan: ReminderPlan, state: ReminderState, now: Date, checkedSince: Date = now): ReminderDecision {
  const today = toDayKey(now);
  const scheduled = scheduledAround(plan, now);
  const inWindow = (at: Date) =>
    at.getTime() > checkedSince.getTime() &&
    at.getTime() <= now.getTime() &&
    now.getTime() - at.getTime() <= MISSED_GRACE_MS &&
    toDayKey(at) === today;

  const snooze = state.snoozedUntil;
  // A snoozed reminder comes back even after today's scheduled one fired, but not once the review exists.
  const snoozeDue = snooze !== null && state.reviewedDay !== today && inWindow(snooze);
  const scheduledDue = scheduled.some((at) => inWindow(at) && allowedOn(state, today));
  const fire = snoozeDue || scheduledDue;

  // What is planned after this check (firing now counts as today's reminder).
  const after: ReminderState = fire ? { ...state, firedDay: today, snoozedUntil: null } : state;
  const candidates = scheduled.filter((at) => at.getTime() > now.getTime() && allowedOn(after, toDayKey(at)));
  if (after.snoozedUntil && after.snoozedUntil.getTime() > now.getTime() && after.reviewedDay !== toDayKey(after.snoozedUntil)) {
    candidates.push(after.snoozedUntil);
  }
  const next = candidates.reduce<Date | null>((best, at) => (best === null || at.getTime() < best.getTime() ? at : best), null);
  return { fire, next };
}

/** The state after the reminder was shown at `now`. */
export function afterFired(state: ReminderState, now: Date): ReminderState {
  return { ...state, firedDay: toDayKey(now), snoozedUntil: null };
}

/** The state after "Later": the reminder comes back in 30 minutes. */
export function afterSnoozed(state: ReminderState, now: Date): ReminderState {
  return { ...state, snoozedUntil: new Date(now.getTime() + SNOOZE_MINUTES * 60_000) };
}

/** How long to wait before the next check: until the reminder, but never more than MAX_WAIT_MS. */
export function waitBeforeNextCheck(decision: ReminderDecision, now: Date): number {
  if (decision.next === null) return MAX_WAIT_MS;
  return Math.max(1_000, Math.min(MAX_WAIT_MS, decision.next.getTime() - now.getTime()));
}
