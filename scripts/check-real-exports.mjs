#!/usr/bin/env node
// Imports every file of ../shared/real-exports/ (relative to the repository) through the app's own
// path — detect → parse → plan → write into a fake-indexeddb journal — and prints what each gives.
// Exits non-zero when a file is refused or an entry is lost without a word. Skips when the folder
// is absent: the project never depends on it. Usage: npm run check:real-exports [-- <folder>]
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = resolve(root, process.argv[2] ?? '../shared/real-exports');
if (!existsSync(folder)) {
  console.log(`check:real-exports: ${folder} is absent, nothing to check (skipped).`);
  process.exit(0);
}

// Vite loads the app's TypeScript modules as they are, without a build.
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { checkRealExports } = await server.ssrLoadModule('/scripts/real-exports/check.ts');
  const failures = await checkRealExports(folder, (line) => console.log(line));
  process.exitCode = failures > 0 ? 1 : 0;
} finally {
  await server.close();
}
