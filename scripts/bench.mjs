// npm run bench: times what a person waits for in the built app (dist/renderer), in headless Debian
// Chromium, on generated journals of 1, 10 and 30 years, with the floors measured in the same run
// (bench/waits.mjs); then the app's internals in a page of their own (bench/bench.tsx).
// Prints a table and writes bench/results.json.
//
//   npm run bench                          every size, 5 runs each
//   npm run bench -- --years 10 --runs 5   one size
//   options: --years 1,10,30  --runs N  --import-runs N  --think MS (pause between Today and the
//            Insights click)  --no-internal  --no-build  --trace FILE (Chromium trace of the last
//            Insights first click, for the Performance panel)  --app renderer,old (builds under dist/
//            to compare in the same run, e.g. a copy of an earlier dist/renderer in dist/old)
//            --no-waits (the internals only)  --parts open,save,import (which waits: cold starts with
//            Insights and search, saving, imports)  --import-profile (an import's phases, next to raw
//            writes of the same records, printed and kept in results.json)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openBenchBrowser } from './benchBrowser.mjs';
import { runWaits } from '../bench/waits.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    years: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'import-runs': { type: 'string' },
    think: { type: 'string', default: '1000' },
    internal: { type: 'boolean', default: true },
    'no-internal': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    trace: { type: 'string' },
    app: { type: 'string', default: 'renderer' },
    'no-waits': { type: 'boolean', default: false },
    'import-profile': { type: 'boolean', default: false },
    parts: { type: 'string', default: 'open,save,import' },
  },
});
const plan = (values.years ? values.years.split(',') : positionals).map(Number).filter((n) => n > 0);
const years = plan.length ? plan : [1, 10, 30];
const runs = Math.max(1, Number(values.runs));
const importRuns = values['import-runs'] !== undefined ? Math.max(0, Number(values['import-runs'])) : runs;
const internal = values.internal && !values['no-internal'];
const apps = values.app.split(',').filter(Boolean);

if (!values['no-build']) execFileSync('npx', ['vite', 'build', '--config', 'vite.bench.config.mts'], { stdio: 'inherit' });
const bench = await openBenchBrowser();
const { browser, base } = bench;
const chromiumVersion = browser.version();
const load = { before: loadavg()[0] };
const started = performance.now();
const results = [];
try {
  for (const y of years) {
    for (const appDir of apps) {
      const t = performance.now();
      const log = (m) => console.log(`  ${y} year(s)${apps.length > 1 ? `, ${appDir}` : ''}: ${m}`);
      log('waits in the built app…');
      const waits = values['no-waits']
        ? { years: y, app: appDir, waits: {} }
        : await runWaits(browser, base, y, { app: appDir, runs, importRuns, thinkMs: Number(values.think), trace: y === years[0] ? values.trace : null, log, parts: values.parts.split(',') });
      let internals = null;
      if (internal && appDir === apps[0]) {
        log('internals…');
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        page.on('pageerror', (e) => console.error('page error:', e.message));
        await page.goto(`${base}bench/index.html`);
        await page.waitForFunction(() => typeof window.runBench === 'function');
        internals = await page.evaluate((n) => window.runBench(n), y);
        await page.close();
      }
      let importProfile = null;
      if (values['import-profile'] && appDir === apps[0]) {
        log('import phases…');
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        page.on('pageerror', (e) => console.error('page error:', e.message));
        await page.goto(`${base}bench/index.html`);
        await page.waitForFunction(() => typeof window.profileImport === 'function');
        importProfile = await page.evaluate(({ y, n }) => window.profileImport(y, n), { y, n: runs });
        await page.close();
        console.table(importProfile.medians);
      }
      results.push({ ...waits, internals, ...(importProfile ? { importProfile } : {}) });
      log(`done in ${Math.round((performance.now() - t) / 1000)} s`);
    }
  }
} finally {
  await bench.close();
}
load.after = loadavg()[0];

const m = (r, k) => r.waits[k]?.median ?? null;
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100);
for (const r of results) {
  r.ratios = {
    cold_today_vs_blank: ratio(m(r, 'cold_today_ms'), m(r, 'floor_blank_page_ms')),
    cold_today_vs_blank_nav: ratio(m(r, 'cold_today_nav_ms'), m(r, 'floor_blank_page_nav_ms')),
    stack_floor_vs_blank: ratio(m(r, 'floor_stack_today_ms'), m(r, 'floor_blank_page_ms')),
    cold_today_vs_stack_floor: ratio(m(r, 'cold_today_ms'), m(r, 'floor_stack_today_ms')),
    // The target's ratio: against a raw write of the same records into the same indexed store.
    import_daylio_vs_raw_write_indexed: ratio(m(r, 'import_daylio_ms'), m(r, 'floor_raw_write_daylio_indexed_ms')),
    import_backup_vs_raw_write_indexed: ratio(m(r, 'import_backup_ms'), m(r, 'floor_raw_write_indexed_ms')),
    // Against a bare store (no index at all), for comparison with earlier runs.
    import_daylio_vs_raw_write_bare: ratio(m(r, 'import_daylio_ms'), m(r, 'floor_raw_write_daylio_ms')),
    import_backup_vs_raw_write_bare: ratio(m(r, 'import_backup_ms'), m(r, 'floor_raw_write_ms')),
    save_vs_raw_save: ratio(m(r, 'save_entry_ms'), m(r, 'floor_raw_save_ms')),
    insights_load_compute_vs_raw_getall: r.internals ? ratio(r.internals.metrics.load_and_compute_ms, r.internals.metrics.raw_getall_ms) : null,
    insights_load_compute_12_months_vs_raw_getall: r.internals ? ratio(r.internals.metrics.load_and_compute_12_months_ms, r.internals.metrics.raw_getall_ms) : null,
  };
}

const WAITS = [
  ['floor: blank page (new tab → button)', 'floor_blank_page_ms'],
  ['floor: React DOM + Dexie, one read, radios (new tab → radios)', 'floor_stack_today_ms'],
  ['cold start → Today interactive', 'cold_today_ms'],
  ['cold start → Journal first page', 'cold_journal_ms'],
  ['Insights first click → ranking', 'insights_first_ranking_ms'],
  ['Insights first click → every chart', 'insights_first_charts_ms'],
  ['Insights first click → settled', 'insights_first_settled_ms'],
  ['metric switch → ranking updated', 'metric_switch_ms'],
  ['metric switch → every chart updated', 'metric_switch_charts_ms'],
  ['period change → ranking updated', 'period_change_ms'],
  ['period change → every chart updated', 'period_change_charts_ms'],
  ['search keystroke → results', 'search_keystroke_ms'],
  ['save an entry (Tab held 80 ms → Saved)', 'save_entry_ms'],
  ['save an entry (Tab, instant key-up → Saved)', 'save_entry_instant_key_ms'],
  ['save an entry (focus moved in the page → Saved)', 'save_entry_in_page_ms'],
  ['floor: raw save of one entry and its day', 'floor_raw_save_ms'],
  ['floor: raw getAll of every entry', 'floor_raw_getall_ms'],
  ['floor: raw write of the backup records, bare store', 'floor_raw_write_ms'],
  ['floor: raw write of the backup records, indexed store', 'floor_raw_write_indexed_ms'],
  ['floor: raw write of the Daylio records, bare store', 'floor_raw_write_daylio_ms'],
  ['floor: raw write of the Daylio records, indexed store', 'floor_raw_write_daylio_indexed_ms'],
  ['import Daylio CSV (click → done)', 'import_daylio_ms'],
  ['import Humeur backup (click → done)', 'import_backup_ms'],
  ['JS heap after Insights (MB)', 'heap_after_insights_mb'],
];
const table = {};
// A build run more than once (A B B A) gets one column per block, numbered in run order.
const repeated = new Set(apps.filter((a, i) => apps.indexOf(a) !== i));
const blockOf = new Map();
const blocksSeen = new Map();
for (const r of results) {
  const key = `${r.years}|${r.app}`;
  blocksSeen.set(key, (blocksSeen.get(key) ?? 0) + 1);
  blockOf.set(r, blocksSeen.get(key));
}
const column = (r) => (apps.length > 1 ? `${r.years} y ${r.app}${repeated.has(r.app) ? ` (${blockOf.get(r)})` : ''}` : `${r.years} y`);
for (const [label, key] of WAITS) table[label] = Object.fromEntries(results.map((r) => [column(r), m(r, key)]));
table["entries"] = Object.fromEntries(results.map((r) => [column(r), r.entries ?? r.internals?.entries ?? null]));
for (const k of Object.keys(results[0]?.ratios ?? {})) table[`ratio ${k}`] = Object.fromEntries(results.map((r) => [column(r), r.ratios[k]]));
if (internal) {
  for (const k of Object.keys(results[0].internals.metrics)) table[`internal ${k}`] = Object.fromEntries(results.map((r) => [column(r), r.internals?.metrics[k] ?? null]));
}
console.log(`\nMedians of ${runs} runs in ms (imports: ${importRuns}), each after a warm-up run; ratios against floors of the same run.`);
console.log(`Machine: ${cpus().length} cores, load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)}; ${Math.round((performance.now() - started) / 1000)} s in all.`);
console.table(table);
writeFileSync(
  'bench/results.json',
  JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, cores: cpus().length, loadAverage: load, runs, importRuns, thinkMs: Number(values.think), results }, null, 2) + '\n',
);
console.log('Wrote bench/results.json');
