/**
 * Web mode's reminder: the browser's Notification API, while the tab stays open. It asks the same
 * pure schedule as the desktop app once a minute. Browsers give page notifications no buttons, so
 * there is no "Later" here; a click brings the tab forward on Today.
 */
import type { DayKey } from '../../../shared/domain/types';
import type { Translate } from '../../../shared/i18n';
import { afterFired, NO_REMINDER_STATE, planReminder, type ReminderPlan, type ReminderState } from '../../../shared/reminder/schedule';

export type WebNotificationPermission = 'granted' | 'denied' | 'default' | 'unsupported';

export function webNotificationPermission(): WebNotificationPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks once, from the click that turns the reminder on (browsers refuse to ask otherwise). */
export async function askWebNotificationPermission(): Promise<WebNotificationPermission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}

export interface WebReminderOptions {
  plan: ReminderPlan;
  reviewedDay: DayKey | null;
  t: Translate;
  onOpen(): void;
  now?: () => Date;
}

export interface WebReminder {
  update(options: Pick<WebReminderOptions, 'plan' | 'reviewedDay' | 't'>): void;
  stop(): void;
}

export function startWebReminder(initial: WebReminderOptions): WebReminder {
  const now = initial.now ?? (() => new Date());
  let options = initial;
  let state: ReminderState = { ...NO_REMINDER_STATE, reviewedDay: initial.reviewedDay };
  let lastCheck = now();
  const tick = () => {
    const at = now();
    const decision = planReminder(options.plan, state, at, lastCheck);
    lastCheck = at;
    if (!decision.fire) return;
    state = afterFired(state, at);
    if (webNotificationPermission() !== 'granted') return;
    const notification = new Notification(options.t('reminder.notification.title'), { body: options.t('reminder.notification.body'), tag: 'humeur-evening' });
    notification.onclick = () => {
      window.focus();
      options.onOpen();
      notification.close();
    };
  };
  const timer = setInterval(tick, 30_000);
  return {
    update(next) {
      options = { ...options, ...next };
      state = { ...state, reviewedDay: next.reviewedDay };
    },
    stop() {
      clearInterval(timer);
    },
  };
}
