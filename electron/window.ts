/**
 * The main window: a sandboxed page with no Node access that talks to the main process only
 * through the preload's typed bridge.
 */
import type { BrowserWindowConstructorOptions, NativeTheme } from 'electron';
import type { RecoveryReason } from '../shared/ipc/appOrigin';
import { watchRenderer, type RecoverableWindow } from './recovery';
import type { Log } from './security';

/** The page background of each theme (renderer/styles/base.css --bg), so the window never flashes white. */
export const WINDOW_BACKGROUND = { light: '#f7f6f3', dark: '#16171b' } as const;

export interface WindowPaths {
  /** Absolute path of the compiled preload, dist/electron/electron/preload.js. */
  preload: string;
  /** The page, app://humeur/index.html, served from dist/renderer by protocol.ts. */
  appUrl: string;
}

export function mainWindowOptions(preload: string, dark: boolean): BrowserWindowConstructorOptions {
  return {
    title: 'Humeur',
    width: 1200,
    height: 820,
    minWidth: 760,
    minHeight: 540,
    show: false,
    backgroundColor: dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium fetches spelling dictionaries from Google's servers, and Humeur makes no network
      // request; every session also has its spell checker switched off (security.ts).
      spellcheck: false,
      experimentalFeatures: false,
    },
  };
}

export interface WindowLike extends RecoverableWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export interface WindowDeps<W extends WindowLike> {
  /** `(options) => new BrowserWindow(options)` in the app. */
  createWindow(options: BrowserWindowConstructorOptions): W;
  nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors'>;
  log: Log;
  /** Tells the user the shell stopped reloading a page that keeps failing. */
  onGiveUp(reason: RecoveryReason): void;
}

/**
 * Creates the window, shows it once the first paint is ready (no blank frame), loads the app, and
 * reloads it on Today if its page crashes or hangs.
 * `hidden`: started in the tray by the login item, the page loads but the window stays hidden.
 */
export function createMainWindow<W extends WindowLike>(deps: WindowDeps<W>, paths: WindowPaths, hidden = false): W {
  const window = deps.createWindow(mainWindowOptions(paths.preload, deps.nativeTheme.shouldUseDarkColors));
  if (!hidden) window.once('ready-to-show', () => window.show());
  watchRenderer(window, { appUrl: paths.appUrl, log: deps.log, onGiveUp: deps.onGiveUp });
  window.loadURL(paths.appUrl).catch((error: unknown) => deps.log('the app page did not load', error));
  return window;
}
