// What both benches start from: dist/ served whole (so the bench page, bench/, shares the app's
// origin and IndexedDB, renderer/) and Debian's Chromium, headless, with the flags this machine needs.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './serve.mjs';

export async function openBenchBrowser() {
  const server = createStaticServer(resolve('dist'));
  const port = await listen(server, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    base: `http://127.0.0.1:${port}/`,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
