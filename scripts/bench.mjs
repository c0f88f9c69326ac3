// npm run bench: builds the benchmark page and runs it in headless Debian Chromium on generated
// journals of 1, 10 and 30 years. Prints a table and writes bench/results.json.
// Usage: node scripts/bench.mjs [years…]   e.g. node scripts/bench.mjs 1 10
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './serve.mjs';

const years = process.argv.slice(2).map(Number).filter((n) => n > 0);
const plan = years.length ? years : [1, 10, 30];

execFileSync('npx', ['vite', 'build', '--config', 'vite.bench.config.mts'], { stdio: 'inherit' });
const server = createStaticServer(resolve('dist/bench'));
const port = await listen(server, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const chromiumVersion = browser.version();
const runs = [];
try {
  for (const y of plan) {
    // A fresh page per journal, so one size's caches do not flatter the next.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    process.stdout.write(`Running ${y} year(s)… `);
    const run = await page.evaluate((n) => window.runBench(n), y);
    console.log(`${run.entries} entries`);
    runs.push(run);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const rows = runs.map((r) => ({
  years: r.years,
  entries: r.entries,
  days: r.days,
  ...r.metrics,
  'compute/raw': Math.round((r.metrics.load_and_compute_ms / r.metrics.raw_getall_ms) * 100) / 100,
}));
console.log('\nMedians in ms (compute/raw: loading + computing Insights as a share of a raw getAll of every entry)');
console.table(rows);
writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, runs }, null, 2) + '\n');
console.log('Wrote bench/results.json');
