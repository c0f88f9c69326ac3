/**
 * The main window: a sandboxed page with no Node access that talks to the main process only
 * through the preload's typed bridge.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, NativeTheme } from 'electron';

/** The page background of each theme (renderer/styles/base.css --bg), so the window never flashes white. */
export const WINDOW_BACKGROUND = { light: '#f7f6f3', dark: '#16171b' } as const;

export interface WindowPaths {
  /** Absolute path of the compiled preload, dist/electron/electron/preload.js. */
  preload: string;
  /** Absolute path of the built renderer, dist/renderer/index.html. */
  indexHtml: string;
}

export function mainWindowOptions(preload: string, dark: boolean, platform: NodeJS.Platform): BrowserWindowConstructorOptions {
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
      // macOS and Windows check spelling with the system's dictionaries; on Linux Chromium would
      // download Hunspell dictionaries from Google's servers, and Humeur makes no network request.
      spellcheck: platform !== 'linux',
    },
  };
}

export type WindowLike = Pick<BrowserWindow, 'once' | 'show' | 'loadFile'>;

export interface WindowDeps<W extends WindowLike> {
  /** `(options) => new BrowserWindow(options)` in the app. */
  createWindow(options: BrowserWindowConstructorOptions): W;
  nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors'>;
  platform: NodeJS.Platform;
}

/**
 * Creates the window, shows it once the first paint is ready (no blank frame), loads the app.
 * `hidden`: started in the tray by the login item, the page loads but the window stays hidden.
 */
export function createMainWindow<W extends WindowLike>(deps: WindowDeps<W>, paths: WindowPaths, hidden = false): W {
  const window = deps.createWindow(mainWindowOptions(paths.preload, deps.nativeTheme.shouldUseDarkColors, deps.platform));
  if (!hidden) window.once('ready-to-show', () => window.show());
  window.loadFile(paths.indexHtml).catch((error: unknown) => console.error('[humeur] the app page did not load', error));
  return window;
}
