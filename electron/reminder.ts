/**
 * The evening reminder in the main process: a timer that asks the pure schedule
 * (shared/reminder/schedule.ts) what to do, and a native notification in the UI language.
 * Clicking it opens the window on Today; its "Later" button (or the tray's) snoozes 30 minutes.
 * Electron's objects are passed in, so that tests drive it with fakes and a fake clock.
 */
import type { DayKey, Lang } from '../shared/domain/types';
import { translate } from '../shared/i18n';
import {
  afterFired,
  afterSnoozed,
  NO_REMINDER_STATE,
  planReminder,
  waitBeforeNextCheck,
  type ReminderDecision,
  type ReminderPlan,
  type ReminderState,
} from '../shared/reminder/schedule';

/** What the reminder uses of an Electron Notification. */
export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  on(event: 'action', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  show(): void;
  close(): void;
}

export interface NotificationOptions {
  title: string;
  body: string;
  actions: Array<{ type: 'button'; text: string }>;
  /** Windows and Linux: the notification stays until the user answers it. */
  timeoutType: 'never';
}

export interface ReminderDeps {
  createNotification(options: NotificationOptions): NotificationLike;
  /** Notification.isSupported(). */
  notificationsSupported(): boolean;
  now(): Date;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** Brings the window forward (opening it if needed) on Today. */
  openToday(): void;
  /** Told whenever a reminder is shown or answered, e.g. to offer "Later" in the tray. */
  onPendingChange?(pending: boolean): void;
  log?(message: string, detail?: unknown): void;
}

export interface ReminderService {
  /** The user's plan and the UI language, sent by the page whenever they change. */
  configure(plan: ReminderPlan, lang: Lang): void;
  /** The latest day with an end-of-day review: no reminder on that day. */
  setReviewedDay(day: DayKey | null): void;
  /** Re-plans at once, e.g. on powerMonitor "resume" or a time-zone change. */
  check(): void;
  /** "Later": the reminder comes back in 30 minutes. */
  snooze(): void;
  /** The notification on screen, if any (tests and the tray read it). */
  readonly pending: boolean;
  readonly decision: ReminderDecision;
  dispose(): void;
}

export function createReminderService(deps: ReminderDeps): ReminderService {
  let plan: ReminderPlan = { time: null, days: [] };
  let lang: Lang = 'en';
  let state: ReminderState = NO_REMINDER_STATE;
  let lastCheck = deps.now();
  let timer: unknown = null;
  let decision: ReminderDecision = { fire: false, next: null };
  // Kept referenced: Electron drops the click handlers of a notification that is garbage-collected.
  let shown: NotificationLike | null = null;

  const setPending = (notification: NotificationLike | null) => {
    const was = shown !== null;
    shown = notification;
    if (was !== (shown !== null)) deps.onPendingChange?.(shown !== null);
  };

  const dismiss = () => {
    const current = shown;
    setPending(null);
    current?.close();
  };

  const show = () => {
    if (!deps.notificationsSupported()) {
      deps.log?.('notifications are not supported on this system');
      return;
    }
    dismiss();
    const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
    const notification = deps.createNotification({
      title: t('reminder.notification.title'),
      body: t('reminder.notification.body'),
      actions: [{ type: 'button', text: t('reminder.notification.later') }],
      timeoutType: 'never',
    });
    notification.on('click', () => {
      if (shown === notification) setPending(null);
      deps.openToday();
    });
    notification.on('action', () => service.snooze());
    notification.on('close', () => {
      if (shown === notification) setPending(null);
    });
    setPending(notification);
    notification.show();
  };

  const schedule = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    if (plan.time === null && state.snoozedUntil === null) return;
    timer = deps.setTimer(check, waitBeforeNextCheck(decision, deps.now()));
  };

  function check() {
    const now = deps.now();
    decision = planReminder(plan, state, now, lastCheck);
    lastCheck = now;
    if (decision.fire) {
      state = afterFired(state, now);
      show();
    }
    schedule();
  }

  const service: ReminderService = {
    configure(nextPlan, nextLang) {
      plan = { time: nextPlan.time, days: [...nextPlan.days] };
      lang = nextLang;
      // A new plan starts from now: changing the time to one just past does not fire at once.
      lastCheck = deps.now();
      check();
    },
    setReviewedDay(day) {
      state = { ...state, reviewedDay: day };
      // The review was just written: the reminder on screen has done its job.
      if (day !== null && state.firedDay === day) dismiss();
      check();
    },
    check,
    snooze() {
      dismiss();
      state = afterSnoozed(state, deps.now());
      check();
    },
    get pending() {
      return shown !== null;
    },
    get decision() {
      return decision;
    },
    dispose() {
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
      dismiss();
    },
  };
  return service;
}
