import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export interface AppSession {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** The persistent profile folder (--user-data-dir). */
  profile: string;
  /** Closes the browser and starts it again on the same profile: what a restart of the app does. */
  restart(readySelector?: string): Promise<Page>;
  /** Closes the browser, keeping the profile, e.g. to read its files. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Browser UI language, which Humeur follows until the user picks one: "fr-FR" or "en-US". */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Fixes the clock, e.g. "2025-03-14T20:30:00". */
  now?: string;
  /** Leave the first-run welcome on screen (welcome.e2e.ts); every other test skips it as a returning user would have. */
  keepWelcome?: boolean;
}

/**
 * The whole page in one picture, taken in a window as tall as the page. Playwright's full-page
 * capture keeps the window's height for layout, so the sidebar (as tall as the window) stopped
 * part-way down, and what is sticky (the sidebar, Today's "Done" bar) was drawn wherever the
 * scrolling had left it. Pictures for docs/screenshots, not checks.
 */
export async function screenshotWholePage(page: Page, path: string): Promise<void> {
  const size = page.viewportSize();
  if (!size) throw new Error('screenshotWholePage needs a page with a fixed viewport (openApp gives one)');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  // Two frames: the resize is laid out and drawn (charts follow their container's size).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path });
  await page.setViewportSize(size);
}

/** Writes settings straight into the app's IndexedDB record (read again on the next reload). */
export async function setStoredSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (values) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('humeur');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          const get = store.get('app');
          get.onsuccess = () => store.put({ key: 'app', ...(get.result ?? {}), ...values });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    patch,
  );
}

/** Launches Debian's Chromium on a fresh profile and opens the built app, as a new user would. */
export async function openApp(options: OpenOptions = {}): Promise<AppSession> {
  const baseUrl = inject('baseUrl');
  const profile = mkdtempSync(join(tmpdir(), 'humeur-e2e-'));
  let context: BrowserContext;
  let page: Page;

  const launch = async (readySelector = 'nav.sidebar') => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1280, height: 860 },
      acceptDownloads: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
    if (options.now) await page.clock.setFixedTime(new Date(options.now));
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(baseUrl);
    if (readySelector !== 'nav.sidebar') {
      await page.locator(readySelector).waitFor();
      return page;
    }
    await page.locator('nav.sidebar, main.welcome').first().waitFor();
    if (options.keepWelcome) return page;
    // A fresh profile is a first run: skip the welcome once, as a user who already knows the app would.
    if (await page.locator('main.welcome').isVisible()) await page.locator('[data-welcome-skip]').click();
    await page.locator('nav.sidebar').waitFor();
    // Between midnight and 04:00 Today first asks about the evening before; tests on the real clock
    // would meet that question at night, so they turn it off (today-evening.e2e.ts tests it at 00:40).
    if (!options.now && new Date().getHours() < 5) {
      await setStoredSettings(page, { lateReviewUntilHour: 0 });
      await page.reload();
      await page.locator('nav.sidebar').waitFor();
    }
    return page;
  };
  await launch();

  return {
    get page() {
      return page;
    },
    get context() {
      return context;
    },
    baseUrl,
    profile,
    async restart(readySelector?: string) {
      await context.close().catch(() => undefined);
      return launch(readySelector);
    },
    async stop() {
      await context.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
