import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopPreferences } from '../shared/ipc/contract';
import { HIDDEN_ARG, hideOnClose, startedHidden, wireBackground, type BackgroundElectron } from './background';
import type { NotificationOptions } from './reminder';

const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const at = (day: string, time: string) => {
  const [y, m, d] = day.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return new Date(y, m - 1, d, h, min);
};

class FakeNotification extends EventEmitter {
  static created: FakeNotification[] = [];
  static supported = true;
  static isSupported() {
    return FakeNotification.supported;
  }
  shown = false;
  closed = false;
  constructor(readonly options: NotificationOptions) {
    super();
    FakeNotification.created.push(this);
  }
  show() {
    this.shown = true;
  }
  close() {
    this.closed = true;
  }
}

class FakeTray extends EventEmitter {
  static created: FakeTray[] = [];
  tooltip = '';
  menu: MenuItemConstructorOptions[] = [];
  destroyed = false;
  constructor(readonly icon: string) {
    super();
    FakeTray.created.push(this);
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: unknown) {
    this.menu = menu as MenuItemConstructorOptions[];
  }
  destroy() {
    this.destroyed = true;
  }
}

const PREFS: DesktopPreferences = { reminderTime: '20:30', reminderDays: [0, 1, 2, 3, 4, 5, 6], keepInBackground: false, openAtLogin: false, lang: 'fr' };

function setup(platform: NodeJS.Platform = 'darwin', start = at('2025-06-12', '20:25'), hidden = false) {
  FakeNotification.created = [];
  FakeNotification.supported = true;
  FakeTray.created = [];
  let now = start;
  const timers: Array<{ run: () => void; due: number; cleared: boolean }> = [];
  const powerMonitor = new EventEmitter();
  const app = { setLoginItemSettings: vi.fn(), quit: vi.fn() };
  const electron: BackgroundElectron = {
    app,
    Notification: FakeNotification as unknown as BackgroundElectron['Notification'],
    Tray: FakeTray as unknown as BackgroundElectron['Tray'],
    // Menu.buildFromTemplate: the template itself stands for the menu, so that tests can read it.
    Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template as never },
    powerMonitor: powerMonitor as BackgroundElectron['powerMonitor'],
  };
  const options = { showWindow: vi.fn(), openToday: vi.fn(), quit: vi.fn() };
  const background = wireBackground(electron, {
    platform,
    iconPath: '/opt/Humeur/resources/tray.png',
    startedHidden: hidden,
    ...options,
    now: () => now,
    setTimer: (run, ms) => {
      const timer = { run, due: now.getTime() + ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      (handle as { cleared: boolean }).cleared = true;
    },
  });
  /** Moves the clock forward, running every timer that comes due, as the event loop would. */
  const advanceTo = (target: Date) => {
    for (;;) {
      const next = timers.filter((t) => !t.cleared && t.due <= target.getTime()).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      next.cleared = true;
      now = new Date(next.due);
      next.run();
    }
    now = target;
  };
  /** The computer sleeps: no timer runs, the clock jumps, and Electron reports the wake. */
  const sleepUntil = (target: Date) => {
    now = target;
    powerMonitor.emit('resume');
  };
  const labels = () => FakeTray.created.at(-1)!.menu.filter((i) => i.type !== 'separator').map((i) => i.label);
  const clickTray = (label: string) => (FakeTray.created.at(-1)!.menu.find((i) => i.label === label)!.click as () => void)();
  return { background, app, options, advanceTo, sleepUntil, labels, clickTray, timers };
}

describe('the evening reminder in the main process', () => {
  it('shows a native notification in the UI language at the chosen time', () => {
    const { background, advanceTo } = setup();
    background.apply(PREFS);
    advanceTo(at('2025-06-12', '20:29'));
    expect(FakeNotification.created).toHaveLength(0);
    advanceTo(at('2025-06-12', '20:31'));
    expect(FakeNotification.created).toHaveLength(1);
    const [notification] = FakeNotification.created;
    expect(notification.shown).toBe(true);
    expect(notification.options).toEqual({
      title: 'Comment s’est passée votre journée\u00a0?',
      body: 'Deux minutes pour votre humeur, votre énergie et vos clients.',
      actions: [{ type: 'button', text: 'Plus tard' }],
      timeoutType: 'never',
    });
    // Only once that day, and again the next evening.
    advanceTo(at('2025-06-13', '20:00'));
    expect(FakeNotification.created).toHaveLength(1);
    advanceTo(at('2025-06-13', '20:30'));
    expect(FakeNotification.created).toHaveLength(2);
  });

  it('speaks English when the UI does', () => {
    const { background, advanceTo } = setup();
    background.apply({ ...PREFS, lang: 'en' });
    advanceTo(at('2025-06-12', '20:31'));
    expect(FakeNotification.created[0].options).toMatchObject({ title: 'How was your day?', actions: [{ type: 'button', text: 'Later' }] });
  });

  it('opens the window on Today when the notification is clicked', () => {
    const { background, advanceTo, options } = setup();
    background.apply(PREFS);
    advanceTo(at('2025-06-12', '20:31'));
    FakeNotification.created[0].emit('click');
    expect(options.openToday).toHaveBeenCalledTimes(1);
    expect(background.reminder.pending).toBe(false);
  });

  it('comes back 30 minutes after "Plus tard"', () => {
    const { background, advanceTo } = setup();
    background.apply(PREFS);
    advanceTo(at('2025-06-12', '20:31'));
    FakeNotification.created[0].emit('action', { actionIndex: 0 });
    expect(FakeNotification.created[0].closed).toBe(true);
    advanceTo(at('2025-06-12', '20:59'));
    expect(FakeNotification.created).toHaveLength(1);
    advanceTo(at('2025-06-12', '21:02'));
    expect(FakeNotification.created).toHaveLength(2);
  });

  it('stays silent when today’s review already exists, and closes a reminder once it is written', () => {
    const { background, advanceTo } = setup();
    background.apply(PREFS);
    background.setReviewedDay('2025-06-12');
    advanceTo(at('2025-06-12', '21:00'));
    expect(FakeNotification.created).toHaveLength(0);

    advanceTo(at('2025-06-13', '20:31'));
    expect(FakeNotification.created).toHaveLength(1);
    background.setReviewedDay('2025-06-13');
    expect(FakeNotification.created[0].closed).toBe(true);
  });

  it('re-plans on wake: a reminder slept through comes when the computer wakes that evening', () => {
    const { background, sleepUntil } = setup('darwin', at('2025-06-12', '20:10'));
    background.apply(PREFS);
    sleepUntil(at('2025-06-12', '21:15'));
    expect(FakeNotification.created).toHaveLength(1);
  });

  it('does not bring yesterday’s reminder on a morning wake', () => {
    const { background, sleepUntil } = setup('darwin', at('2025-06-12', '20:10'));
    background.apply(PREFS);
    sleepUntil(at('2025-06-13', '08:00'));
    expect(FakeNotification.created).toHaveLength(0);
  });

  it('does nothing when turned off, and stops the timer', () => {
    const { background, advanceTo, timers } = setup();
    background.apply(PREFS);
    background.apply({ ...PREFS, reminderTime: null });
    expect(timers.filter((t) => !t.cleared)).toHaveLength(0);
    advanceTo(at('2025-06-14', '21:00'));
    expect(FakeNotification.created).toHaveLength(0);
  });

  it('shows nothing (and does not throw) where the system has no notifications', () => {
    const { background, advanceTo } = setup();
    FakeNotification.supported = false;
    background.apply(PREFS);
    advanceTo(at('2025-06-12', '20:31'));
    expect(FakeNotification.created).toHaveLength(0);
  });
});

describe('the tray icon', () => {
  it('is off by default and appears with Open, Write today’s review and Quit when Humeur keeps running', () => {
    const { background, labels, clickTray, options } = setup('linux');
    background.apply(PREFS);
    expect(FakeTray.created).toHaveLength(0);
    expect(background.keepRunning).toBe(false);

    background.apply({ ...PREFS, keepInBackground: true });
    expect(FakeTray.created).toHaveLength(1);
    expect(FakeTray.created[0].icon).toBe('/opt/Humeur/resources/tray.png');
    expect(FakeTray.created[0].tooltip).toBe('Humeur');
    expect(labels()).toEqual(['Ouvrir Humeur', 'Écrire le bilan du jour', 'Quitter Humeur']);
    expect(background.keepRunning).toBe(true);

    clickTray('Ouvrir Humeur');
    clickTray('Écrire le bilan du jour');
    clickTray('Quitter Humeur');
    expect(options.showWindow).toHaveBeenCalledTimes(1);
    expect(options.openToday).toHaveBeenCalledTimes(1);
    expect(options.quit).toHaveBeenCalledTimes(1);

    // On Windows and Linux a click on the icon itself brings the window back.
    FakeTray.created[0].emit('click');
    expect(options.showWindow).toHaveBeenCalledTimes(2);
  });

  it('follows the UI language and offers "Remind me in 30 minutes" while a reminder is on screen', () => {
    const { background, labels, clickTray, advanceTo } = setup('darwin');
    background.apply({ ...PREFS, keepInBackground: true, lang: 'en' });
    expect(labels()).toEqual(['Open Humeur', 'Write today’s review', 'Quit Humeur']);
    advanceTo(at('2025-06-12', '20:31'));
    expect(labels()).toEqual(['Open Humeur', 'Write today’s review', 'Remind me in 30 minutes', 'Quit Humeur']);
    clickTray('Remind me in 30 minutes');
    expect(FakeNotification.created[0].closed).toBe(true);
    expect(labels()).toEqual(['Open Humeur', 'Write today’s review', 'Quit Humeur']);
    advanceTo(at('2025-06-12', '21:02'));
    expect(FakeNotification.created).toHaveLength(2);
  });

  it('goes away when the option is turned off', () => {
    const { background } = setup();
    background.apply({ ...PREFS, keepInBackground: true });
    background.apply({ ...PREFS, keepInBackground: false });
    expect(FakeTray.created[0].destroyed).toBe(true);
    expect(background.keepRunning).toBe(false);
  });
});

describe('open at login', () => {
  it('sets the login item on macOS and Windows, starting hidden when the tray is on', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { background, app } = setup(platform);
      expect(background.apply(PREFS)).toEqual({ loginItem: true });
      expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, args: [] });
      background.apply({ ...PREFS, openAtLogin: true });
      expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, args: [] });
      background.apply({ ...PREFS, openAtLogin: true, keepInBackground: true });
      expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, args: [HIDDEN_ARG] });
    }
  });

  it('says so where there are no login items (Linux), without calling Electron', () => {
    const { background, app } = setup('linux');
    expect(background.apply({ ...PREFS, openAtLogin: true })).toEqual({ loginItem: false });
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('shows the window when started hidden but the tray has been turned off since', () => {
    const hidden = setup('darwin', at('2025-06-12', '08:00'), true);
    hidden.background.apply({ ...PREFS, keepInBackground: false });
    expect(hidden.options.showWindow).toHaveBeenCalledTimes(1);

    const inTray = setup('darwin', at('2025-06-12', '08:00'), true);
    inTray.background.apply({ ...PREFS, keepInBackground: true });
    inTray.background.apply({ ...PREFS, keepInBackground: false });
    expect(inTray.options.showWindow).not.toHaveBeenCalled();
  });

  it('recognises the login item’s argument', () => {
    expect(startedHidden(['/opt/Humeur/humeur', HIDDEN_ARG])).toBe(true);
    expect(startedHidden(['/opt/Humeur/humeur'])).toBe(false);
  });
});

describe('closing the window', () => {
  function fakeWindow() {
    const window = Object.assign(new EventEmitter(), { hide: vi.fn() });
    const close = () => {
      const event = { preventDefault: vi.fn() };
      window.emit('close', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    return { window, close };
  }

  it('hides it instead while Humeur keeps running in the tray', () => {
    const { window, close } = fakeWindow();
    let keep = true;
    let quitting = false;
    hideOnClose(window, () => keep, () => quitting);
    expect(close()).toBe(true);
    expect(window.hide).toHaveBeenCalledTimes(1);

    quitting = true;
    expect(close()).toBe(false);
    quitting = false;
    keep = false;
    expect(close()).toBe(false);
    expect(window.hide).toHaveBeenCalledTimes(1);
  });
});
