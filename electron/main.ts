/**
 * The desktop app's lifecycle and wiring, nothing else: one instance, one hardened window,
 * the IPC handlers and the menu. Everything with logic lives in a module that takes Electron's
 * objects as parameters (window.ts, security.ts, menu.ts, ipc/*).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, powerMonitor, session, shell, type IpcMainInvokeEvent } from 'electron';
import type { Lang } from '../shared/domain/types';
import { languageFromLocale } from '../shared/i18n';
import { Channels, type MenuCommand } from '../shared/ipc/contract';
import { registerIpcHandlers } from './ipc';
import { backupFolder } from './ipc/backups';
import { installMenu } from './menu';
import { forwardLockEvents } from './power';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

// This file runs as dist/electron/electron/main.js; Vite builds the page into dist/renderer/.
const INDEX_HTML = path.join(__dirname, '..', '..', 'renderer', 'index.html');
const PRELOAD = path.join(__dirname, 'preload.js');
const APP_URL = pathToFileURL(INDEX_HTML).href;

let mainWindow: BrowserWindow | null = null;
let language: Lang = 'en';

function openMainWindow(): BrowserWindow {
  const window = createMainWindow(
    { createWindow: (options) => new BrowserWindow(options), nativeTheme, platform: process.platform },
    { preload: PRELOAD, indexHtml: INDEX_HTML },
  );
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
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

function start(): void {
  hardenSession(session.defaultSession);
  language = languageFromLocale(app.getLocale());
  app.setAboutPanelOptions({ applicationName: 'Humeur', applicationVersion: app.getVersion() });
  if (process.platform === 'win32') app.setAppUserModelId('app.humeur.desktop');

  registerIpcHandlers<IpcMainInvokeEvent>({
    ipcMain,
    appUrl: APP_URL,
    files: {
      dialog,
      defaultDirectory: () => app.getPath('documents'),
      language: () => language,
      createPrintWindow: (options) => new BrowserWindow(options),
    },
    backups: {
      folder: backupFolder(app.getPath('userData')),
      now: () => new Date(),
      openPath: (folder) => shell.openPath(folder),
      log: (message, detail) => console.warn(`[humeur] ${message}`, detail),
    },
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
    setLanguage: (lang) => {
      language = lang;
      rebuildMenu();
    },
  });
  rebuildMenu();
  openMainWindow();
  // A protected journal drops its key when the session locks or the computer sleeps.
  forwardLockEvents(powerMonitor, (reason) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(Channels.lockRequest, reason);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every renderer is sandboxed, including any a future change forgets to configure.
  app.enableSandbox();
  app.on('second-instance', () => focusMainWindow());
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, APP_URL));
  app.on('session-created', (created) => hardenSession(created));
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no window; elsewhere closing the window quits.
    if (process.platform !== 'darwin') app.quit();
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
