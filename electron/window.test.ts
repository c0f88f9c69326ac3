import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, WINDOW_BACKGROUND } from './window';
function fakeWindow() {
  const once = new Map<string, () => void>();
  const contentsListeners = new Map<string, (event: unknown, details: unknown) => void>();
  return {
    once: vi.fn((event: string, listener: () => void) => once.set(event, listener)),
    on: vi.fn(),
    show: vi.fn(),
    loadURL: vi.fn(async () => {}),
    isDestroyed: () => false,
    fireOnce: (event: string) => once.get(event)?.(),
    webContents: {
      on: vi.fn((event: string, listener: (event: unknown, details: unknown) => void) => contentsListeners.set(event, listener)),
      loadURL: vi.fn(async (_url: string) => {}),
      forcefullyCrashRenderer: vi.fn(),
      isDestroyed: () => false,
      emit: (event: string, e: unknown, details: unknown) => contentsListeners.get(event)!(e, details),
    },
  };
}

function open(dark: boolean) {
  const window = fakeWindow();
  const createWindow = vi.fn((_options: BrowserWindowConstructorOptions) => window);
  createMainWindow(
    { createWindow: createWindow as never, nativeTheme: { shouldUseDarkColors: dark }, log: () => {}, onGiveUp: vi.fn() },
    { preload: '/app/dist/electron/electron/preload.js', appUrl: 'app://humeur/index.html' },
  );
  return { window, options: createWindow.mock.calls[0][0] };
}

describe('the main window', () => {
  it('is isolated and sandboxed, with the preload and no Node in the page', () => {
    const { options } = open(false);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/electron/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(options.webPreferences?.enableBlinkFeatures).toBeUndefined();
    expect(options).toMatchObject({ title: 'Humeur', show: false });
    expect(options.minWidth).toBeLessThan(options.width!);
    expect(options.minHeight).toBeLessThan(options.height!);
  });

  it('never checks spelling, which would download dictionaries', () => {
    expect(open(false).options.webPreferences?.spellcheck).toBe(false);
  });

  it('paints the theme background before the page is ready', () => {
    expect(open(false).options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(open(true).options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('loads the app from app://humeur/, never a file: URL, and shows itself once ready to show', () => {
    const { window } = open(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://humeur/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.fireOnce('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('reloads on Today when its page crashes', () => {
    const { window } = open(false);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(window.webContents.loadURL).toHaveBeenCalledWith('app://humeur/index.html?recovered=crash#/today');
  });
});
