// The bench of waits: drives the built app (dist/renderer) in headless Chromium as a person would,
// and times each wait from the input (click, key, navigation) to the control being usable, by the
// page's own clock (bench/probe.js). The floors are measured in the same browser, in the same run.
import { readFileSync } from 'node:fs';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

export function median(values) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (v) => (v === null ? null : Math.round(v * 10) / 10);

/** Collects samples by name; the summary gives medians and the sample count. */
export class Samples {
  constructor() {
    this.values = {};
  }
  add(name, value) {
    (this.values[name] ??= []).push(value);
  }
  summary() {
    return Object.fromEntries(Object.entries(this.values).map(([k, v]) => [k, { median: round(median(v)), runs: v.length, all: v.map(round) }]));
  }
}

export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', colorScheme: 'light', ...options });
  await context.addInitScript({ content: PROBE });
  return context;
}

/** Opens url in a new tab and waits for `condition`; wall = tab + navigation + ready (driver clock), page = since navigation start. */
export async function coldOpen(context, url, condition) {
  const t0 = performance.now();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((c) => window.__probe?.seen()[c] !== undefined, condition, { polling: 'raf', timeout: 30_000 });
  const wall = performance.now() - t0;
  const inPage = await page.evaluate((c) => window.__probe.seen()[c], condition);
  return { page, wall, inPage };
}

/** Arms the probe, runs the input, returns each condition's delay from the input. */
export async function timed(page, names, input, quietMs = 0) {
  await page.evaluate(({ names, quietMs }) => window.__probe.arm(names, quietMs), { names, quietMs });
  await input();
  try {
    const out = await page.evaluate(() => window.__probe.result(60_000));
    if (out.timedOut?.length) console.error(`  not reached within 60 s: ${out.timedOut.join(', ')}`);
    return out;
  } catch (error) {
    console.error(`  not reached: ${names.join(', ')} (${error.message.split('\n')[0]})`);
    return {};
  }
}

async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** How long a key is held down, as in a person's typing (about 60–100 ms between key-down and key-up). */
export const KEY_HOLD_MS = 80;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A new bench context with the journal of `years` seeded through the bench page (left open for the floors). */
export async function seededContext(browser, base, years) {
  const context = await newContext(browser);
  const setup = await context.newPage();
  setup.on('pageerror', (e) => console.error('bench page error:', e.message));
  await setup.goto(`${base}bench/index.html`);
  await setup.waitForFunction(() => typeof window.benchFixtures === 'object');
  const size = await setup.evaluate((y) => window.benchFixtures.seedApp(y), years);
  return { context, setup, size };
}

/**
 * One journal size. `base` is the server's root URL (app at renderer/, bench page at bench/).
 * Returns medians of `runs` runs after one warm-up run (not counted).
 */
export async function runWaits(browser, base, years, { app: appDir = 'renderer', runs = 5, importRuns = runs, thinkMs = 1000, trace = null, log = () => {}, parts = ['open', 'save', 'import'] } = {}) {
  const app = `${base}${appDir}/index.html`;
  const s = new Samples();
  const { context, setup, size } = await seededContext(browser, base, years);
  log(`${size.entries} entries, ${size.days} days seeded`);

  // Floors: a raw getAll of every entry, and raw writes in one transaction of the records each
  // import stores (the backup's: the journal's own; the Daylio file's: as the import plans them),
  // into a bare object store and into one with the app's entry indexes (the search words' included).
  const writes = [
    ['floor_raw_write_ms', { records: 'journal', indexed: false }],
    ['floor_raw_write_indexed_ms', { records: 'journal', indexed: true }],
    ['floor_raw_write_daylio_ms', { records: 'daylio', indexed: false }],
    ['floor_raw_write_daylio_indexed_ms', { records: 'daylio', indexed: true }],
  ];
  for (let i = 0; i <= runs; i++) {
    const read = await setup.evaluate(() => window.benchFixtures.rawGetAll());
    if (i > 0) s.add('floor_raw_getall_ms', read.ms);
    if (parts.includes('save')) {
      const saved = await setup.evaluate((run) => window.benchFixtures.rawSaveOne(run), i);
      if (i > 0) s.add('floor_raw_save_ms', saved.ms);
    }
    if (importRuns === 0) continue;
    for (const [name, options] of writes) {
      const write = await setup.evaluate(({ y, options }) => window.benchFixtures.rawWrite(y, options), { y: years, options });
      if (i > 0) s.add(name, write.ms);
    }
  }
  const files = await setup.evaluate((y) => ({ daylio: window.benchFixtures.daylioCsv(y), backup: window.benchFixtures.backupJson(y) }), years);
  await setup.close();

  // Cold starts: a new tab on a blank page (the floor), on Today, on the Journal; then from Today,
  // after the time a person takes to reach the sidebar, the first click on Insights and the switches.
  for (let i = 0; i <= (parts.includes('open') ? runs : -1); i++) {
    const count = i > 0;
    const blank = await coldOpen(context, `${base}bench/blank.html`, 'blank');
    await blank.page.close();
    if (count) {
      s.add('floor_blank_page_ms', blank.wall);
      s.add('floor_blank_page_nav_ms', blank.inPage);
    }
    // The stack's floor: React DOM and Dexie reading the same journal and drawing radios, nothing else.
    const floor = await coldOpen(context, `${base}bench/stack-floor.html`, 'today');
    await floor.page.close();
    if (count) {
      s.add('floor_stack_today_ms', floor.wall);
      s.add('floor_stack_today_nav_ms', floor.inPage);
    }

    const today = await coldOpen(context, `${app}#/today`, 'today');
    const page = today.page;
    if (count) {
      s.add('cold_today_ms', today.wall);
      s.add('cold_today_nav_ms', today.inPage);
    }
    await sleep(thinkMs);
    const tracing = trace && i === runs;
    if (tracing) await browser.startTracing(page, { path: trace, screenshots: false });
    const first = await timed(page, ['ranking', 'charts'], () => page.evaluate(() => window.__probe.click('nav.sidebar a[href="#/insights"]')), 150);
    if (tracing) await browser.stopTracing();
    if (count) {
      s.add('insights_first_ranking_ms', first.ranking);
      s.add('insights_first_charts_ms', first.charts);
      s.add('insights_first_settled_ms', first.settled);
      s.add('heap_after_insights_mb', await heapAfterGc(page));
    }
    const metric = await timed(page, ['rankingChanged', 'caughtUp'], () => page.evaluate(() => window.__probe.click('.insights input[type="radio"][name$="-metric"]:not(:checked)')), 150);
    const period = await timed(page, ['rankingChanged', 'caughtUp'], () => page.locator('.insights select').first().selectOption('3m'), 150);
    if (count) {
      s.add('metric_switch_ms', metric.rankingChanged);
      s.add('metric_switch_charts_ms', metric.caughtUp);
      s.add('period_change_ms', period.rankingChanged);
      s.add('period_change_charts_ms', period.caughtUp);
      const measures = await page.evaluate(() => window.__probe.measures());
      for (const m of measures) if (m.name.startsWith('humeur:')) s.add(`app_${m.name.slice(7).replace(/[^a-z0-9]+/gi, '_')}_ms`, m.duration);
    }
    await page.close();

    const journal = await coldOpen(context, `${app}#/journal`, 'journal');
    if (count) {
      s.add('cold_journal_ms', journal.wall);
      s.add('cold_journal_nav_ms', journal.inPage);
    }
    // A word typed at a person's pace; the wait is from its last keystroke to its results.
    const search = journal.page.locator('.journal input[type="search"]');
    await search.click();
    await search.pressSequentially('reunio', { delay: 60 });
    // The previous keystroke's results first: the figure is one keystroke's wait.
    await journal.page.waitForFunction(() => document.querySelector('.journal-timeline')?.dataset.search === 'reunio', undefined, { timeout: 30_000 }).catch(() => {});
    const found = await timed(journal.page, ['searched'], () => search.press('n'));
    await search.fill('');
    if (count) s.add('search_keystroke_ms', found.searched);
    await journal.page.close();
  }

  // Saving: text typed on Today, then Tab leaves the field (which saves at once) → "Saved".
  // Three ways to leave it: Tab held as a person holds a key (KEY_HOLD_MS); Tab pressed and
  // released at once by the driver (its key-up round trip competes with the save on this 2-core
  // machine); the focus moved from inside the page (no driver input at all, the floor of the three).
  if (parts.includes('save')) {
    const today = await coldOpen(context, `${app}#/today`, 'today');
    const page = today.page;
    const text = page.locator('main textarea').first();
    const ways = [
      ['save_entry_ms', () => text.press('Tab', { delay: KEY_HOLD_MS })],
      ['save_entry_instant_key_ms', () => text.press('Tab')],
      ['save_entry_in_page_ms', () => page.evaluate(() => window.__probe.focus('main .entry-footer button'))],
    ];
    for (let i = 0; i <= runs; i++) {
      for (const [name, leave] of ways) {
        await text.fill(`Une journée de test, numéro ${i} (${name}).`);
        await page.waitForSelector('.save-status-pending, .save-status-idle', { timeout: 10_000 }).catch(() => {});
        const saved = await timed(page, ['saved'], leave);
        if (i > 0) s.add(name, saved.saved);
        await text.focus();
      }
    }
    await page.close();
  }
  await context.close();

  // Imports, each into an empty journal (a fresh profile), through the Import screen.
  for (const [kind, file] of importRuns === 0 || !parts.includes('import') ? [] : [
    ['daylio', { name: 'daylio_export.csv', mimeType: 'text/csv', buffer: Buffer.from(files.daylio.text) }],
    ['backup', { name: 'humeur-backup.json', mimeType: 'application/json', buffer: Buffer.from(files.backup.text) }],
  ]) {
    for (let i = 0; i <= importRuns; i++) {
      const fresh = await newContext(browser);
      const page = await fresh.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      await page.goto(`${app}#/import`);
      // A fresh profile opens on the first-run welcome: skipped, as a returning user would have.
      await page.locator('nav.sidebar, main.welcome').first().waitFor({ timeout: 30_000 });
      if (await page.locator('main.welcome').isVisible()) {
        await page.locator('[data-welcome-skip]').click();
        await page.locator('nav.sidebar').waitFor({ timeout: 30_000 });
        await page.evaluate(() => (location.hash = '#/import'));
      }
      await page.locator('input[type="file"]').setInputFiles(file, { timeout: 30_000 });
      const button =
        kind === 'daylio'
          ? page.getByRole('button', { name: 'Import', exact: true })
          : page.getByRole('button', { name: 'Merge into my journal' });
      await button.waitFor({ timeout: 120_000 });
      const done = await timed(page, ['imported'], () => button.click());
      if (i > 0) s.add(`import_${kind}_ms`, done.imported);
      await fresh.close();
    }
  }
  return { years, app: appDir, entries: size.entries, days: size.days, daylioRows: files.daylio.rows, waits: s.summary() };
}
