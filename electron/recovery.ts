/**
 * When the page dies (a renderer crash, the system killing it for memory) or hangs, the window
 * must not stay blank or frozen: it is reloaded on Today, where the drafts typed before the crash
 * are recovered, with a query that makes the page say what happened in the user's language.
 * A page that crashes again and again is not reloaded forever: after MAX_RECOVERIES in a minute
 * the shell gives up and says so.
 */
import type { RenderProcessGoneDetails } from 'electron';
import { RECOVERY_QUERY, type RecoveryReason } from '../shared/ipc/appOrigin';
import type { Log } from './security';

/** How long a hung page gets to answer again before it is restarted (a big import can block it for a while). */
export const UNRESPONSIVE_GRACE_MS = 15_000;
export const MAX_RECOVERIES = 3;
export const RECOVERY_WINDOW_MS = 60_000;

/** e.g. "app://humeur/index.html?recovered=crash#/today". */
export function recoveryUrl(appUrl: string, reason: RecoveryReason): string {
  return `${appUrl}?${RECOVERY_QUERY}=${reason}#/today`;
}

export interface RecoverableContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
  loadURL(url: string): Promise<void>;
  forcefullyCrashRenderer(): void;
  isDestroyed(): boolean;
}

export interface RecoverableWindow {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  isDestroyed(): boolean;
  webContents: RecoverableContents;
}

export interface RecoveryOptions {
  appUrl: string;
  log: Log;
  /** Shown when the shell stops reloading a page that keeps crashing. */
  onGiveUp(reason: RecoveryReason): void;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export function watchRenderer(window: RecoverableWindow, options: RecoveryOptions): void {
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const recoveries: number[] = [];
  let hangTimer: unknown;
  let killedByUs = false;

  const recover = (reason: RecoveryReason) => {
    if (window.isDestroyed() || window.webContents.isDestroyed()) return;
    const at = now();
    while (recoveries.length > 0 && at - recoveries[0] > RECOVERY_WINDOW_MS) recoveries.shift();
    if (recoveries.length >= MAX_RECOVERIES) {
      options.log('the page keeps failing; not reloading it again', { reason, recoveries: recoveries.length });
      options.onGiveUp(reason);
      return;
    }
    recoveries.push(at);
    options.log('reloading the page on Today', { reason });
    window.webContents.loadURL(recoveryUrl(options.appUrl, reason)).catch((error: unknown) => options.log('the page did not reload', error));
  };

  window.webContents.on('render-process-gone', (_event, details) => {
    // A clean exit is the window closing; a kill we asked for is handled where we asked.
    if (details.reason === 'clean-exit') return;
    if (killedByUs) {
      killedByUs = false;
      return;
    }
    options.log('the page process is gone', { reason: details.reason, exitCode: details.exitCode });
    recover('crash');
  });

  window.on('unresponsive', () => {
    options.log('the page stopped responding');
    if (hangTimer !== undefined) return;
    hangTimer = setTimer(() => {
      hangTimer = undefined;
      if (window.isDestroyed() || window.webContents.isDestroyed()) return;
      options.log('the page is still not responding; restarting it');
      killedByUs = true;
      window.webContents.forcefullyCrashRenderer();
      recover('unresponsive');
    }, UNRESPONSIVE_GRACE_MS);
  });

  window.on('responsive', () => {
    if (hangTimer === undefined) return;
    clearTimer(hangTimer);
    hangTimer = undefined;
    options.log('the page is responding again');
  });
}
