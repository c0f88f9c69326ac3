// A smoke test of the real desktop app, for a machine that has Electron's binary (CI does not):
// builds, launches the built app with Playwright's Electron support (under xvfb-run on a Linux
// machine without a display), opens Today, saves an entry, checks the origin, the CSP, the
// spell checker, file: and that no request left the app, then quits.
// Usage: npm run smoke:electron        (ELECTRON_PATH=/path/to/electron to use another binary)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INNER = '--under-display';

function fail(message) {
  console.error(`\nsmoke:electron FAILED: ${message}\n`);
  process.exit(1);
}

/**
 * Electron's binary without require('electron'), which would try to download it (a network request).
 * node_modules/electron/path.txt names the binary inside node_modules/electron/dist once installed.
 */
function electronBinary() {
  if (process.env.ELECTRON_PATH) {
    if (!existsSync(process.env.ELECTRON_PATH)) fail(`ELECTRON_PATH points to ${process.env.ELECTRON_PATH}, which does not exist.`);
    return process.env.ELECTRON_PATH;
  }
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const binary = existsSync(pathFile) ? join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (!binary || !existsSync(binary)) {
    fail(
      [
        "Electron's binary is not installed (node_modules/electron/dist is missing), so the desktop app cannot start here.",
        'On a machine with network access, run `node node_modules/electron/install.js` (or reinstall with `npm ci`),',
        'or set ELECTRON_PATH to an Electron binary of the version in package.json; then run `npm run smoke:electron` again.',
      ].join('\n'),
    );
  }
  return binary;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) fail(`${command} could not run: ${result.error.message}`);
  return result.status ?? 1;
}

async function smoke(binary) {
  const { _electron: electron } = await import('playwright-core');
  const userData = mkdtempSync(join(tmpdir(), 'humeur-smoke-'));
  const checks = [];
  const check = (name, ok, detail = '') => {
    checks.push({ check: name, result: ok ? 'ok' : `FAILED ${detail}` });
    if (!ok) throw new Error(`${name}: ${detail}`);
  };
  const app = await electron.launch({
    executablePath: binary,
    args: [ROOT],
    cwd: ROOT,
    env: { ...process.env, HUMEUR_USER_DATA: userData, LANG: 'en_US.UTF-8' },
    timeout: 60_000,
  });
  try {
    const requests = [];
    const page = await app.firstWindow();
    page.on('request', (request) => requests.push(request.url()));
    await page.locator('nav.sidebar').waitFor({ timeout: 30_000 });
    check('served from app://humeur/', page.url().startsWith('app://humeur/index.html'), page.url());

    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    const { CONTENT_SECURITY_POLICY_META } = await import('../dist/electron/shared/ipc/csp.js');
    check('the page carries the app CSP', csp === CONTENT_SECURITY_POLICY_META, csp);
    const evalBlocked = await page.evaluate(() => {
      try {
        return new Function('return 1')() !== 1;
      } catch {
        return true;
      }
    });
    check('the CSP refuses eval', evalBlocked);
    const fileRead = await page.evaluate(() => fetch('file:///etc/hostname').then(() => 'read', () => 'refused'));
    check('file: is refused', fileRead === 'refused', fileRead);
    const remote = await page.evaluate(() => fetch('https://example.com/').then(() => 'reached', () => 'refused'));
    check('the network is refused', remote === 'refused', remote);
    const persisted = await page.evaluate(() => navigator.storage.persist());
    check('persistent storage is granted', persisted === true, String(persisted));
    const spell = await app.evaluate(({ session }) => ({ on: session.defaultSession.isSpellCheckerEnabled(), languages: session.defaultSession.getSpellCheckerLanguages() }));
    check('the spell checker is off', spell.on === false && spell.languages.length === 0, JSON.stringify(spell));

    // Today: rate the day, write a line, and see it saved and still there after a reload.
    await page.getByRole('radio', { name: '4 – Good' }).first().check();
    const text = `Smoke test ${new Date().toISOString()}`;
    await page.getByLabel('English', { exact: true }).fill(text);
    await page.getByLabel('English', { exact: true }).blur();
    await page.getByText(/^Saved at \d\d:\d\d$/).waitFor({ timeout: 10_000 });
    await page.reload();
    await page.locator('nav.sidebar').waitFor();
    const kept = await page.getByLabel('English', { exact: true }).inputValue();
    check('the entry is saved and reloads', kept === text, kept);

    const foreign = requests.filter((url) => !/^(app:\/\/humeur\/|data:|blob:|devtools:)/.test(url));
    check('no request left the app', foreign.length === 0, foreign.join(', '));
  } finally {
    await app.close().catch(() => {});
    rmSync(userData, { recursive: true, force: true });
    console.table(checks);
  }
}

if (process.argv.includes(INNER)) {
  await smoke(process.argv[process.argv.indexOf(INNER) + 1]).catch((error) => fail(error.message));
  console.log('\nsmoke:electron passed.\n');
} else {
  const binary = electronBinary();
  if (run('npm', ['run', 'build']) !== 0) fail('the build failed.');
  const self = fileURLToPath(import.meta.url);
  const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (needsDisplay) {
    const found = spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' });
    if (found.error) fail('no display and no xvfb-run: install xvfb (Debian: apt-get install xvfb) or run it in a desktop session.');
  }
  const status = needsDisplay
    ? run('xvfb-run', ['-a', process.execPath, self, INNER, binary])
    : run(process.execPath, [self, INNER, binary]);
  process.exit(status);
}
