import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, WINDOW_BACKGROUND } from './window';

function fakeWindow() {
  const once = new Map<string, () => void>();
  return {
    once: vi.fn((event: string, listener: () => void) => once.set(event, listener)),
    show: vi.fn(),
    loadFile: vi.fn(async () => {}),
    fire: (event: string) => once.get(event)?.(),
  };
}

function open(dark: boolean, platform: NodeJS.Platform = 'darwin') {
  const window = fakeWindow();
  const createWindow = vi.fn((_options: BrowserWindowConstructorOptions) => window);
  createMainWindow(
    { createWindow: createWindow as never, nativeTheme: { shouldUseDarkColors: dark }, platform },
    { preload: '/app/dist/electron/electron/preload.js', indexHtml: '/app/dist/renderer/index.html' },
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
      webSecurity: true,
      webviewTag: false,
    });
    expect(options).toMatchObject({ title: 'Humeur', show: false });
    expect(options.minWidth).toBeLessThan(options.width!);
    expect(options.minHeight).toBeLessThan(options.height!);
  });

  it('checks spelling with the system on macOS and Windows, and never downloads dictionaries on Linux', () => {
    expect(open(false, 'darwin').options.webPreferences?.spellcheck).toBe(true);
    expect(open(false, 'win32').options.webPreferences?.spellcheck).toBe(true);
    expect(open(false, 'linux').options.webPreferences?.spellcheck).toBe(false);
  });

  it('paints the theme background before the page is ready', () => {
    expect(open(false).options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(open(true).options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('loads the built page and shows itself once ready to show', () => {
    const { window } = open(false);
    expect(window.loadFile).toHaveBeenCalledWith('/app/dist/renderer/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.fire('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
