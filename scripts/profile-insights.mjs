// Where the first click on Insights spends its time: a V8 CPU profile of the built app (build it
// unminified for readable names: npx vite build --minify false --outDir ../dist/prof), from the
// click to every chart drawn, on the bench's journal, summed by function (self time) and by source
// module. The bench page (dist/bench, `npm run bench` builds it) seeds the journal.
//
//   node scripts/profile-insights.mjs [--years 10] [--app prof] [--runs 3] [--top 40]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './serve.mjs';

const { values } = parseArgs({ options: { years: { type: 'string', default: '10' }, app: { type: 'string', default: 'prof' }, runs: { type: 'string', default: '3' }, top: { type: 'string', default: '40' } } });
const PROBE = readFileSync(new URL('../bench/probe.js', import.meta.url), 'utf8');
const server = createStaticServer(resolve('dist'));
const port = await listen(server, 0);
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const self = new Map();
const byModule = new Map();
let total = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.addInitScript({ content: PROBE });
  const setup = await context.newPage();
  await setup.goto(`${base}bench/index.html`);
  await setup.waitForFunction(() => typeof window.benchFixtures === 'object');
  await setup.evaluate((y) => window.benchFixtures.seedApp(y), Number(values.years));
  await setup.close();
  for (let run = 0; run <= Number(values.runs); run++) {
    const page = await context.newPage();
    await page.goto(`${base}${values.app}/index.html#/today`);
    await page.waitForFunction(() => window.__probe?.seen().today !== undefined, undefined, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.evaluate(() => window.__probe.arm(['ranking', 'charts'], 150));
    await cdp.send('Profiler.start');
    await page.evaluate(() => window.__probe.click('nav.sidebar a[href="#/insights"]'));
    const out = await page.evaluate(() => window.__probe.result(60_000));
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`run ${run}: ranking ${Math.round(out.ranking)} ms, charts ${Math.round(out.charts)} ms`);
    // The app's own marks (renderer/app/perf.ts), from the click: what ran when.
    const marks = await page.evaluate((at) => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('humeur:') && m.startTime + m.duration >= at).map((m) => `${m.name.slice(7)} ${Math.round(m.startTime - at)}→${Math.round(m.startTime + m.duration - at)}`), out.input ?? 0);
    console.log(`  ${marks.join(', ')}`);
    if (run > 0) {
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      const dt = new Map();
      profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
      for (const [id, ms] of dt) {
        const f = nodes.get(id).callFrame;
        const url = f.url.replace(base, '').replace(/-[A-Za-z0-9_]{8}\.js$/, '.js');
        const key = `${f.functionName || '(anonymous)'}  ${url}:${f.lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + ms);
        byModule.set(url || f.functionName, (byModule.get(url || f.functionName) ?? 0) + ms);
        total += ms;
      }
    }
    await cdp.detach();
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
const n = Number(values.runs);
const rows = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)).map(([k, v]) => `${(v / n).toFixed(1).padStart(8)} ms  ${k}`);
console.log(`\nSelf time per run (mean of ${n}), ${(total / n).toFixed(0)} ms profiled per run\n-- by function --\n${rows(self).join('\n')}\n-- by script --\n${rows(byModule).slice(0, 15).join('\n')}`);
