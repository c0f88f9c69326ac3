// npm run bench:privacy: the private journal's waits in the built app (bench/privacy.mjs) on a
// generated journal (10 years by default): unlock → Today with its phases, search and save while
// protected. Prints a table and writes bench/privacy-results.json.
//
//   npm run bench:privacy -- --years 10 --runs 5 [--no-build]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openBenchBrowser } from './benchBrowser.mjs';
import { runPrivacyWaits } from '../bench/privacy.mjs';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '10' },
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
  },
});
const years = values.years.split(',').map(Number).filter((n) => n > 0);
const runs = Math.max(1, Number(values.runs));

if (!values['no-build']) execFileSync('npx', ['vite', 'build', '--config', 'vite.bench.config.mts'], { stdio: 'inherit' });
const bench = await openBenchBrowser();
const { browser, base } = bench;
const chromiumVersion = browser.version();
const load = { before: loadavg()[0] };
const started = performance.now();
const results = [];
try {
  for (const y of years) results.push(await runPrivacyWaits(browser, base, y, { runs, log: (m) => console.log(`  ${y} year(s): ${m}`) }));
} finally {
  await bench.close();
}
load.after = loadavg()[0];

const ROWS = [
  ['turn protection on (every text sealed)', 'protect_encrypt_all_ms'],
  ['passphrase Enter → Today usable', 'unlock_to_today_ms'],
  ['  of which Argon2id (reported apart)', 'unlock_kdf_ms'],
  ['  of which decrypting every record', 'unlock_decrypt_ms'],
  ['  of which building the search index', 'unlock_index_ms'],
  ['unlock without the KDF (target ≤ 1500)', 'unlock_without_kdf_ms'],
  ['search keystroke → results (≤ 50)', 'protected_search_keystroke_ms'],
  ['save an entry (Tab → Saved, < 20)', 'protected_save_entry_ms'],
];
const table = {};
for (const [label, key] of ROWS) table[label] = Object.fromEntries(results.map((r) => [`${r.years} y`, r.waits[key]?.median ?? null]));
table.entries = Object.fromEntries(results.map((r) => [`${r.years} y`, r.entries]));
console.log(`\nProtected journal: medians of ${runs} runs in ms, each after a warm-up run.`);
console.log(`Machine: ${cpus().length} cores, load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)}; ${Math.round((performance.now() - started) / 1000)} s in all.`);
console.table(table);
writeFileSync('bench/privacy-results.json', JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, cores: cpus().length, loadAverage: load, runs, results }, null, 2) + '\n');
console.log('Wrote bench/privacy-results.json');
