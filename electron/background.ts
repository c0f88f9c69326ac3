/**
 * Running in the background and opening at login, both off by default and chosen in Settings.
 * With "keep running in the background" on, closing the window hides it (the page keeps running,
 * so the reminder still knows whether today's review exists) and the tray icon brings it back.
 * With "open at login" on as well, Humeur starts hidden in the tray.
 */
import type { App, Menu } from 'electron';
import type { DayKey } from '../shared/domain/types';
import type { DesktopPreferences } from '../shared/ipc/contract';
import { createReminderService, type NotificationLike, type NotificationOptions, type ReminderService } from './reminder';
import { createTrayController, type TrayController, type TrayLike } from './tray';

/** The argument the login item starts Humeur with when it should stay in the tray. */
export const HIDDEN_ARG = '--hidden';

export type LoginItemApp = Pick<App, 'setLoginItemSettings'>;

/** macOS and Windows have login items; Linux desktops use autostart files Electron does not write. */
export function loginItemSupported(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export function applyLoginItem(app: LoginItemApp, platform: NodeJS.Platform, prefs: Pick<DesktopPreferences, 'openAtLogin' | 'keepInBackground'>): boolean {
  if (!loginItemSupported(platform)) return false;
  app.setLoginItemSettings({ openAtLogin: prefs.openAtLogin, args: prefs.keepInBackground ? [HIDDEN_ARG] : [] });
  return true;
}

/** Started by the login item to stay in the tray. */
export function startedHidden(argv: readonly string[]): boolean {
  return argv.includes(HIDDEN_ARG);
}

/** What the close handler uses of a BrowserWindow. */
export interface HideableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  hide(): void;
}

/** Closing hides the window instead, while the tray is there to bring it back and the app is not quitting. */
export function hideOnClose(window: HideableWindow, keep: () => boolean, quitting: () => boolean): void {
  window.on('close', (event) => {
    if (quitting() || !keep()) return;
    event.preventDefault();
    window.hide();
  });
}

export interface BackgroundDeps {
  app: LoginItemApp;
  platform: NodeJS.Platform;
  reminder: ReminderService;
  tray: TrayController;
}

export interface Background {
  /** The page's choices, sent on start and on every change; answers whether the login item exists here. */
  apply(prefs: DesktopPreferences): { loginItem: boolean };
  setReviewedDay(day: DayKey | null): void;
  /** Keep the app alive with no window: the tray is on. */
  readonly keepRunning: boolean;
  /** The tray follows the reminder: "Remind me in 30 minutes" while one is on screen. */
  reminderPendingChanged(pending: boolean): void;
}

export function createBackground(deps: BackgroundDeps): Background {
  let prefs: DesktopPreferences | null = null;
  const refreshTray = () => {
    if (prefs) deps.tray.update({ enabled: prefs.keepInBackground, lang: prefs.lang, reminderPending: deps.reminder.pending });
  };
  return {
    apply(next) {
      prefs = next;
      deps.reminder.configure({ time: next.reminderTime, days: next.reminderDays }, next.lang);
      refreshTray();
      return { loginItem: applyLoginItem(deps.app, deps.platform, next) };
    },
    setReviewedDay(day) {
      deps.reminder.setReviewedDay(day);
    },
    get keepRunning() {
      return prefs?.keepInBackground === true;
    },
    reminderPendingChanged() {
      refreshTray();
    },
  };
}

/** The Electron objects the background needs; the app passes the real ones, tests pass fakes. */
export interface BackgroundElectron {
  app: LoginItemApp & Pick<App, 'quit'>;
  Notification: {
    new (options: NotificationOptions): NotificationLike;
    isSupported(): boolean;
  };
  Tray: new (iconPath: string) => TrayLike;
  Menu: Pick<typeof Menu, 'buildFromTemplate'>;
  powerMonitor: { on(event: 'resume', listener: () => void): unknown };
}

export interface WireOptions {
  platform: NodeJS.Platform;
  iconPath: string;
  /** Humeur was started hidden by its login item: show the window if the tray turns out to be off. */
  startedHidden: boolean;
  /** Brings the window forward (opening it if needed). */
  showWindow(): void;
  /** Brings the window forward on Today. */
  openToday(): void;
  /** Marks the app as quitting, so that closing the window really closes it, then quits. */
  quit(): void;
  now?: () => Date;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Builds the reminder, the tray and the login item from Electron's objects, and re-plans on wake. */
export function wireBackground(electron: BackgroundElectron, options: WireOptions): Background & { reminder: ReminderService; dispose(): void } {
  let background: Background | null = null;
  const reminder = createReminderService({
    createNotification: (notification) => new electron.Notification(notification),
    notificationsSupported: () => electron.Notification.isSupported(),
    now: options.now ?? (() => new Date()),
    setTimer: options.setTimer ?? ((run, ms) => setTimeout(run, ms)),
    clearTimer: options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)),
    openToday: options.openToday,
    onPendingChange: (pending) => background?.reminderPendingChanged(pending),
  });
  const tray = createTrayController({
    createTray: (icon) => new electron.Tray(icon),
    menu: electron.Menu,
    iconPath: options.iconPath,
    platform: options.platform,
    open: options.showWindow,
    writeReview: options.openToday,
    snooze: () => reminder.snooze(),
    quit: options.quit,
  });
  const inner = createBackground({ app: electron.app, platform: options.platform, reminder, tray });
  let hidden = options.startedHidden;
  const wired = {
    apply(prefs: DesktopPreferences) {
      const answer = inner.apply(prefs);
      // Started in the tray by the login item, but the tray is off now: nothing would show Humeur.
      if (hidden && !prefs.keepInBackground) options.showWindow();
      hidden = false;
      return answer;
    },
    setReviewedDay: (day: DayKey | null) => inner.setReviewedDay(day),
    get keepRunning() {
      return inner.keepRunning;
    },
    reminderPendingChanged: (pending: boolean) => inner.reminderPendingChanged(pending),
    reminder,
    dispose() {
      reminder.dispose();
      tray.destroy();
    },
  };
  background = wired;
  // Timers do not run while the computer sleeps: look again on wake (a reminder missed meanwhile comes now).
  electron.powerMonitor.on('resume', () => reminder.check());
  return wired;
}
