/**
 * Runs inside headless Chromium (scripts/bench.mjs drives it). For one generated journal it measures,
 * as medians over several runs: a raw IndexedDB getAll of every entry record (the floor), loading the
 * day summaries + computing every Insights figure (over the whole journal, and over the default period
 * of 12 months), the first render of the Insights screen, saving an entry, and a search.
 */
import { createRoot } from 'react-dom/client';
import { generateJournal } from '../shared/sample';
import { computeInsights } from '../shared/stats';
import { addDays, todayKey } from '../shared/domain/dates';
import { openHumeurDb, toStoredEntry, type HumeurDb } from '../renderer/db/schema';
import { rebuildAllDays, loadDaySummaries } from '../renderer/db/days';
import { toStoredClient } from '../renderer/db/clients';
import { saveEntry, getEntry } from '../renderer/db/entries';
import { loadTimeline } from '../renderer/db/timeline';
import { updateSettings } from '../renderer/db/settings';
import { DbProvider } from '../renderer/app/DbContext';
import { SettingsProvider } from '../renderer/app/settings';
import { ToastProvider } from '../renderer/components/Toasts';
import { InsightsScreen } from '../renderer/features/insights/InsightsScreen';
import { InsightsSource } from '../renderer/features/insights/insightsSource';
import { insightsOf } from '../renderer/features/insights/insightsCache';
import { rangeOf, type InsightsChoice } from '../renderer/features/insights/useInsightsData';
import '../renderer/styles/base.css';
import '../renderer/styles/components.css';
import './fixtures';
import { profileImport } from './importProfile';

const RUNS = 7;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function timeMedian(run: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await run(); // warm-up: JIT and IndexedDB caches, as in real use after the first open
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return Math.round(median(times) * 10) / 10;
}

function rawGetAll(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const idb = open.result;
      const request = idb.transaction('entries', 'readonly').objectStore('entries').getAll();
      request.onsuccess = () => {
        idb.close();
        resolve(request.result.length);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

async function seed(db: HumeurDb, years: number) {
  // The journal ends today, as a real one does, so the Insights screen's default period holds data.
  const start = addDays(todayKey(), -Math.round(years * 365.25) + 1);
  const journal = generateJournal({ seed: years, years, entriesPerDay: [1, 5], clients: 10, start });
  await db.transaction('rw', [db.clients, db.signals, db.entries, db.days], async () => {
    await db.clients.bulkPut(journal.clients.map(toStoredClient));
    await db.signals.bulkPut(journal.signals);
    await db.entries.bulkPut(journal.entries.map(toStoredEntry));
    await rebuildAllDays(db);
  });
  return journal;
}

function renderInsightsOnce(db: HumeurDb): Promise<number> {
  return new Promise((resolve, reject) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const t0 = performance.now();
    const deadline = t0 + 30_000;
    // Done when the ranking's data table has rows: data loaded, statistics computed, charts laid out.
    const poll = () => {
      if (host.querySelector('table tbody tr') && host.querySelector('svg')) {
        const elapsed = performance.now() - t0;
        root.unmount();
        host.remove();
        resolve(elapsed);
      } else if (performance.now() > deadline) {
        root.unmount();
        host.remove();
        reject(new Error('Insights did not render a table and a chart within 30 s'));
      } else requestAnimationFrame(poll);
    };
    root.render(
      <DbProvider db={db}>
        <SettingsProvider>
          <ToastProvider>
            <InsightsScreen />
          </ToastProvider>
        </SettingsProvider>
      </DbProvider>,
    );
    requestAnimationFrame(poll);
  });
}

export async function runBench(years: number) {
  const name = `humeur-bench-${years}-${Date.now()}`;
  const db = openHumeurDb(name);
  await db.open();
  const journal = await seed(db, years);
  await updateSettings(db, { language: 'en', theme: 'light' });
  const entries = journal.entries.length;
  const days = await db.days.count();

  const raw = await timeMedian(() => rawGetAll(name));
  const loadAndCompute = await timeMedian(async () => {
    const summaries = await loadDaySummaries(db);
    computeInsights(summaries, { metric: 'energy', weekStartsOn: 1 });
  });
  // What the screen computes when it opens: the default period (the last 12 months), not the whole journal.
  const { from, to } = rangeOf({ preset: '12m' } as InsightsChoice, todayKey());
  const loadAndComputeDefault = await timeMedian(async () => {
    const summaries = await loadDaySummaries(db);
    computeInsights(summaries, { metric: 'energy', weekStartsOn: 1, from, to });
  });
  // The same through the app's own path: the Insights source (one read transaction) and the cached compute.
  const appLoadAndCompute = await timeMedian(async () => {
    const source = new InsightsSource(db, () => () => {});
    await source.start();
    insightsOf(source.current()!, { metric: 'energy', clientFilter: 'all', weekStartsOn: 1, year: null });
    source.stop();
  });
  // The two halves of the figure above, to see where the time goes.
  const summaries = await loadDaySummaries(db);
  const loadOnly = await timeMedian(() => loadDaySummaries(db));
  const computeOnly = await timeMedian(async () => computeInsights(summaries, { metric: 'energy', weekStartsOn: 1 }));
  const renders: number[] = [];
  await renderInsightsOnce(db);
  for (let i = 0; i < 5; i++) renders.push(await renderInsightsOnce(db));
  const target = journal.entries[Math.floor(entries / 2)];
  let n = 0;
  const save = await timeMedian(async () => {
    const current = (await getEntry(db, target.id))!;
    const result = await saveEntry(db, { ...current, text: { ...current.text, fr: `${current.text.fr} Modifié ${++n}.` } });
    if (!result.ok) throw new Error(result.error);
  });
  // What the Journal does for a search: the first page of matching days and the count of every match.
  const searchWord = 'reunion';
  let hits = 0;
  const search = await timeMedian(async () => {
    hits = (await loadTimeline(db, { text: searchWord }, 50)).matchCount;
  });
  db.close();
  await indexedDB.deleteDatabase(name);
  return {
    years,
    entries,
    days,
    search: { query: searchWord, hits },
    metrics: {
      raw_getall_ms: raw,
      load_and_compute_ms: loadAndCompute,
      load_and_compute_12_months_ms: loadAndComputeDefault,
      app_load_and_compute_ms: appLoadAndCompute,
      load_days_ms: loadOnly,
      compute_ms: computeOnly,
      insights_render_ms: Math.round(median(renders) * 10) / 10,
      save_entry_ms: save,
      search_ms: search,
    },
  };
}

declare global {
  interface Window {
    runBench: typeof runBench;
    profileImport: typeof profileImport;
  }
}
window.runBench = runBench;
window.profileImport = profileImport;
document.title = 'Humeur benchmark ready';
