import { describe, expect, it, vi } from 'vitest';
import { MAX_RECOVERIES, recoveryUrl, RECOVERY_WINDOW_MS, UNRESPONSIVE_GRACE_MS, watchRenderer, type RecoverableWindow } from './recovery';

const APP_URL = 'app://humeur/index.html';

/** A BrowserWindow and its WebContents as far as recovery uses them, with Electron's events fired by hand. */
function fakeRecoverableWindow() {
  const windowListeners = new Map<string, () => void>();
  const contentsListeners = new Map<string, (event: unknown, details: unknown) => void>();
  let destroyed = false;
  const window = {
    on: vi.fn((event: string, listener: () => void) => windowListeners.set(event, listener)),
    isDestroyed: () => destroyed,
    fire: (event: 'unresponsive' | 'responsive') => windowListeners.get(event)!(),
    destroy: () => {
      destroyed = true;
    },
    webContents: {
      on: vi.fn((event: string, listener: (event: unknown, details: unknown) => void) => contentsListeners.set(event, listener)),
      loadURL: vi.fn(async (_url: string) => {}),
      forcefullyCrashRenderer: vi.fn(),
      isDestroyed: () => destroyed,
      emit: (event: string, e: unknown, details: unknown) => contentsListeners.get(event)!(e, details),
    },
  };
  return window;
}

function watch(overrides: { now?: () => number } = {}) {
  const window = fakeRecoverableWindow();
  const log = vi.fn();
  const onGiveUp = vi.fn();
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  watchRenderer(window as RecoverableWindow, {
    appUrl: APP_URL,
    log,
    onGiveUp,
    now: overrides.now,
    setTimer: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  const crash = (reason = 'crashed') => window.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
  return { window, log, onGiveUp, timers, crash };
}

describe('watchRenderer', () => {
  it('reloads the page on Today with the reason after a crash, and logs it', () => {
    const { window, log, crash } = watch();
    crash('oom');
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://humeur/index.html?recovered=crash#/today');
    expect(log).toHaveBeenCalledWith('the page process is gone', { reason: 'oom', exitCode: 1 });
  });

  it('leaves a clean exit alone: that is the window closing', () => {
    const { window, crash } = watch();
    crash('clean-exit');
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
  });

  it('gives a hung page time to answer, then restarts it on Today', () => {
    const { window, timers, log } = watch();
    window.fire('unresponsive');
    expect(timers).toHaveLength(1);
    expect(timers[0].ms).toBe(UNRESPONSIVE_GRACE_MS);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    timers[0].run();
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://humeur/index.html?recovered=unresponsive#/today');
    // The kill we asked for is not a second crash to recover from.
    window.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('the page stopped responding');
  });

  it('does nothing to a page that answers again within the grace period', () => {
    const { window, timers } = watch();
    window.fire('unresponsive');
    window.fire('unresponsive');
    expect(timers).toHaveLength(1);
    window.fire('responsive');
    expect(timers[0].cleared).toBe(true);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
  });

  it('stops reloading a page that keeps crashing, and says so; a minute later it tries again', () => {
    let now = 1_000_000;
    const { window, onGiveUp, crash } = watch({ now: () => now });
    for (let i = 0; i < MAX_RECOVERIES; i++) {
      crash();
      now += 1_000;
    }
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(MAX_RECOVERIES);
    crash();
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(MAX_RECOVERIES);
    expect(onGiveUp).toHaveBeenCalledWith('crash');
    now += RECOVERY_WINDOW_MS;
    crash();
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(MAX_RECOVERIES + 1);
  });

  it('does nothing once the window is gone', () => {
    const { window, timers, crash } = watch();
    window.fire('unresponsive');
    window.destroy();
    crash();
    timers[0].run();
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });

  it('builds the recovery address from the app page', () => {
    expect(recoveryUrl(APP_URL, 'unresponsive')).toBe('app://humeur/index.html?recovered=unresponsive#/today');
  });
});
