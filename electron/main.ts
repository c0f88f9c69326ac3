/**
 * The desktop app's lifecycle and wiring, nothing else: one instance, one hardened window,
 * the IPC handlers and the menu. Everything with logic lives in a module that takes Electron's
 * objects as parameters (window.ts, security.ts, menu.ts, ipc/*).
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, Notification, powerMonitor, protocol, session, shell, Tray, type IpcMainInvokeEvent } from 'electron';
import type { Lang } from '../shared/domain/types';
import { languageFromLocale, translate } from '../shared/i18n';
import type { RecoveryReason } from '../shared/ipc/appOrigin';
import { Channels, type MenuCommand } from '../shared/ipc/contract';
import { registerIpcHandlers } from './ipc';
import { backupFolder } from './ipc/backups';
import { hideOnClose, startedHidden, wireBackground } from './background';
import { preparePrintFolder, removePrintFolder } from './ipc/files';
import { installMenu } from './menu';
import { forwardLockEvents } from './power';
import { APP_URL, appRoots, installAppProtocol, registerAppScheme } from './protocol';
import { installShellGuards, type Log } from './security';
import { createMainWindow } from './window';

// This file runs as dist/electron/electron/main.js; Vite builds the page into dist/renderer/,
// which protocol.ts serves as app://humeur/.
const RENDERER_FOLDER = path.join(__dirname, '..', '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.js');
// Packaged: copied into the resources folder (electron-builder.yml extraResources); else build/.
const TRAY_ICON = app.isPackaged ? path.join(process.resourcesPath, 'tray.png') : path.join(__dirname, '..', '..', '..', 'build', 'tray.png');

const log: Log = (message, detail) => console.warn(`[humeur] ${message}`, detail ?? '');

let mainWindow: BrowserWindow | null = null;
let language: Lang = 'en';
let quitting = false;
let background: ReturnType<typeof wireBackground> | null = null;

function openMainWindow(hidden = false): BrowserWindow {
  const window = createMainWindow(
    { createWindow: (options) => new BrowserWindow(options), nativeTheme, log, onGiveUp: showGiveUp },
    { preload: PRELOAD, appUrl: APP_URL },
    hidden,
  );
  hideOnClose(window, () => background?.keepRunning === true, () => quitting);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

/** The page failed again and again: say so rather than reload it forever. */
function showGiveUp(reason: RecoveryReason): void {
  dialog.showErrorBox(translate(language, 'shell.giveUp.title'), translate(language, reason === 'crash' ? 'shell.giveUp.crash' : 'shell.giveUp.unresponsive'));
}

/** A second launch, a dock click or a menu command brings the one window forward. */
function focusMainWindow(): BrowserWindow | null {
  if (!app.isReady()) return null;
  if (!mainWindow || mainWindow.isDestroyed()) return openMainWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
  return mainWindow;
}

function sendMenuCommand(command: MenuCommand): void {
  const hadWindow = mainWindow !== null && !mainWindow.isDestroyed();
  const window = focusMainWindow();
  // A window opened just now is still loading and cannot hear the command; it opens on Today.
  if (window && hadWindow) window.webContents.send(Channels.menuCommand, command);
}

function rebuildMenu(): void {
  installMenu(Menu, { lang: language, platform: process.platform, isPackaged: app.isPackaged, send: sendMenuCommand });
}

function printFolder(): string {
  return path.join(app.getPath('userData'), 'print-temp');
}

async function start(): Promise<void> {
  installShellGuards(app, session.defaultSession, { appUrl: APP_URL, development: !app.isPackaged, log });
  await preparePrintFolder(printFolder());
  installAppProtocol(protocol, { roots: appRoots(RENDERER_FOLDER, printFolder()), log: app.isPackaged ? undefined : log });
  language = languageFromLocale(app.getLocale());
  app.setAboutPanelOptions({ applicationName: 'Humeur', applicationVersion: app.getVersion() });
  if (process.platform === 'win32') app.setAppUserModelId('app.humeur.desktop');

  background = wireBackground(
    { app, Notification, Tray, Menu, powerMonitor },
    {
      platform: process.platform,
      iconPath: TRAY_ICON,
      startedHidden: startedHidden(process.argv),
      showWindow: () => void focusMainWindow(),
      openToday: () => sendMenuCommand('go-today'),
      quit: () => {
        quitting = true;
        app.quit();
      },
    },
  );
  registerIpcHandlers<IpcMainInvokeEvent>({
    ipcMain,
    appUrl: APP_URL,
    files: {
      dialog,
      defaultDirectory: () => app.getPath('documents'),
      language: () => language,
      createPrintWindow: (options) => new BrowserWindow(options),
      printFolder: printFolder(),
    },
    backups: {
      folder: backupFolder(app.getPath('userData')),
      now: () => new Date(),
      openPath: (folder) => shell.openPath(folder),
      log,
    },
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
    setLanguage: (lang) => {
      language = lang;
      rebuildMenu();
    },
    background,
  });
  rebuildMenu();
  openMainWindow(startedHidden(process.argv));
  // A protected journal drops its key when the session locks or the computer sleeps.
  forwardLockEvents(powerMonitor, (reason) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(Channels.lockRequest, reason);
  });
}

// The smoke test (scripts/smoke-electron.mjs) runs the built app on a fresh profile; a packaged app ignores this.
if (!app.isPackaged && process.env.HUMEUR_USER_DATA) app.setPath('userData', process.env.HUMEUR_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every renderer is sandboxed, including any a future change forgets to configure.
  app.enableSandbox();
  // Before the app is ready, as Electron requires for a privileged scheme.
  registerAppScheme(protocol);
  app.on('second-instance', () => focusMainWindow());
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    background?.dispose();
    removePrintFolder(printFolder());
  });
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no window; elsewhere closing the window quits, unless the tray keeps Humeur running.
    if (process.platform !== 'darwin' && background?.keepRunning !== true) app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[humeur] could not start', error);
      app.quit();
    });
}
