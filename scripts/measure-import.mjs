#!/usr/bin/env node
// Times a Daylio import through the Import screen of the built app in headless Chromium, against
// its floor measured in the same page: a raw IndexedDB write of the very records the import
// stored, in one transaction. Prints the median of several runs (each on a fresh profile).
// Usage: npm run build:renderer && node scripts/measure-import.mjs [rows=3200] [runs=5]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './serve.mjs';

const rows = Number(process.argv[2] ?? 3200);
const runs = Number(process.argv[3] ?? 5);
const MOODS = ['rad', 'good', 'meh', 'bad', 'awful'];
const ACTIVITIES = ['work', 'Acme', 'friends', 'sport', 'reading', 'bad sleep'];

/** A Daylio export of `rows` rows, newest first, about one a day with a few twice-a-day. */
function daylioCsv() {
  const lines = ['full_date,date,weekday,time,mood,activities,note_title,note'];
  // The file ends yesterday, as a real export does: a longer one starts further back, never in the future.
  const start = Date.now() - (Math.floor((rows - 1) * 0.92) + 1) * 86_400_000;
  for (let i = rows - 1; i >= 0; i--) {
    const day = new Date(start + Math.floor(i * 0.92) * 86_400_000).toISOString().slice(0, 10);
    const acts = ACTIVITIES.filter((_, k) => (i + k) % 3 === 0).join(' | ');
    lines.push(`${day},x,y,${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},${MOODS[i % 5]},"${acts}","","Jour ${i}, une note de quelques mots."`);
  }
  return `${lines.join('\n')}\n`;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const scratch = mkdtempSync(join(tmpdir(), 'humeur-measure-'));
const csv = join(scratch, 'daylio_export.csv');
writeFileSync(csv, daylioCsv());
const server = createStaticServer();
const port = await listen(server, 0);
const imports = [];
const floors = [];
const indexedFloors = [];
try {
  for (let run = 0; run < runs; run++) {
    const profile = mkdtempSync(join(scratch, 'profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      locale: 'en-US',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => m.text().startsWith('T ') && console.log(m.text()));
    await page.goto(`http://127.0.0.1:${port}/`);
    // A fresh profile opens on the first-run welcome: skipped, as a returning user would have.
    await page.locator('nav.sidebar, main.welcome').first().waitFor();
    if (await page.locator('main.welcome').isVisible()) await page.locator('[data-welcome-skip]').click();
    await page.locator('nav.sidebar').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByLabel('Choose a file').setInputFiles(csv);
    const button = page.getByRole('button', { name: 'Import', exact: true });
    await button.waitFor({ timeout: 120_000 });
    const started = Date.now();
    await button.click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 300_000 });
    imports.push(Date.now() - started);
    // The floor: the same stored records, written raw in one transaction to a database of their own.
    for (const withIndexes of [false, true]) (withIndexes ? indexedFloors : floors).push(
      await page.evaluate(
        (withIndexes) =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('humeur');
            open.onsuccess = () => {
              const read = open.result.transaction('entries').objectStore('entries').getAll();
              read.onsuccess = () => {
                const records = read.result;
                const raw = indexedDB.open(withIndexes ? 'raw-floor-indexed' : 'raw-floor', 1);
                raw.onupgradeneeded = () => {
                  const store = raw.result.createObjectStore('entries', { keyPath: 'id' });
                  if (withIndexes) {
                    store.createIndex('day', 'day');
                    store.createIndex('clientIds', 'clientIds', { multiEntry: true });
                    store.createIndex('updatedAt', 'updatedAt');
                    store.createIndex('words', 'words', { multiEntry: true });
                    store.createIndex('sourceKey', 'sourceKey');
                  }
                };
                raw.onsuccess = () => {
                  const t0 = performance.now();
                  const tx = raw.result.transaction('entries', 'readwrite');
                  for (const r of records) tx.objectStore('entries').put(r);
                  tx.oncomplete = () => resolve(performance.now() - t0);
                  tx.onerror = () => reject(tx.error);
                };
              };
            };
            open.onerror = () => reject(open.error);
          }),
        withIndexes,
      ),
    );
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
} finally {
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
const mImport = median(imports);
const mFloor = median(floors);
console.log(`rows ${rows}, runs ${runs}`);
console.log(`import through the UI (click → finished): ${imports.map((x) => x.toFixed(0)).join(', ')} ms — median ${mImport.toFixed(0)} ms`);
console.log(`raw IndexedDB write of the same records:   ${floors.map((x) => x.toFixed(0)).join(', ')} ms — median ${mFloor.toFixed(0)} ms`);
console.log(`same, with the app's five indexes:     ${indexedFloors.map((x) => x.toFixed(0)).join(', ')} ms — median ${median(indexedFloors).toFixed(0)} ms`);
console.log(`ratio to the raw write ${(mImport / mFloor).toFixed(2)}, to the indexed raw write ${(mImport / median(indexedFloors)).toFixed(2)}`);
