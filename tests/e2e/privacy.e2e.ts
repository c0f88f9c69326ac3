/**
 * The passphrase lock in Chromium on a persistent profile (--user-data-dir): what reaches the
 * profile's files (IndexedDB's LevelDB and blob files, Local Storage) with protection off and on,
 * the lock screen after a restart, wrong and right passphrases, the recovery key, search, and
 * turning protection off. Screenshots of the lock screen and Settings when HUMEUR_SCREENSHOTS is set.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const PASS = 'Une phrase secrète, déjà 🌧️';
const LOCK = 'main.lock-screen';

/** Every file of the profile's site storage, read as bytes; true when one holds `word` in UTF-8 or UTF-16 (how Chromium stores strings). */
function profileHolds(profile: string, word: string): boolean {
  const needles = [Buffer.from(word, 'utf8'), Buffer.from(word, 'utf16le'), Buffer.from(word, 'latin1')];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  const files = walk(join(profile, 'Default')).filter((p) => /IndexedDB|Local Storage|Session Storage/.test(p));
  expect(files.length).toBeGreaterThan(0);
  return files.some((file) => {
    const bytes = readFileSync(file);
    return needles.some((n) => bytes.includes(n));
  });
}

async function writeEntry(page: Page, text: string) {
  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByRole('radio', { name: '4 – Good' }).check();
  await page.getByLabel('Français').fill(text);
  await page.getByLabel('Français').blur();
  const status = page.getByText(/Saved at|Not saved/).first();
  await status.waitFor({ timeout: 8000 }).catch(async (e) => {
    await page.screenshot({ path: '/tmp/privacy-fail.png' });
    await page.getByText('Technical details').click().catch(() => undefined);
    console.log(await page.locator('body').innerText());
    throw e;
  });
  expect(await status.textContent()).toMatch(/Saved at/);
}

async function addClientWithNote(page: Page, name: string, note: string) {
  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.getByRole('link', { name }).click();
  await page.getByRole('textbox', { name: 'Notes' }).fill(note);
  await page.getByRole('textbox', { name: 'Notes' }).blur();
  await page.waitForTimeout(800);
}

async function search(page: Page, words: string) {
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('searchbox', { name: 'Search the journal' }).or(page.getByLabel('Search the journal')).first().fill(words);
}

describe('a private journal on disk', () => {
  it('keeps no written word in the profile once protected, opens locked, and only with its passphrase or recovery key', async () => {
    app = await openApp({ locale: 'en-US' });
    let page = app.page;

    // Proof that the search of the profile can fail: unprotected, the words are found on disk.
    await writeEntry(page, 'Premier jour plaintextmarqueur en clair');
    await addClientWithNote(page, 'Clientclair Ouvert', 'noteclaire visible');
    await app.stop();
    expect(profileHolds(app.profile, 'plaintextmarqueur')).toBe(true);
    expect(profileHolds(app.profile, 'Clientclair')).toBe(true);
    page = await app.restart();

    // Protection on, from Settings.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Protect my journal…' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('a');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Too short: at least 8 characters.').waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByLabel('Passphrase again').fill(PASS.normalize('NFD'));
    await page.getByRole('button', { name: 'Continue' }).click();
    const recoveryKey = (await page.locator('output.recovery-key').textContent({ timeout: 20_000 }))!.trim();
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await page.getByText('cannot be recovered').waitFor();
    expect(await page.getByRole('button', { name: 'Encrypt my journal' }).isDisabled()).toBe(true);
    await page.getByLabel('I have printed or stored my recovery key').check();
    await page.getByRole('button', { name: 'Encrypt my journal' }).click();
    await page.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 20_000 });

    // Written after protection: a unique word, a client's name, a note.
    await writeEntry(page, 'Réunion avec le zorglubien, été pénible');
    await addClientWithNote(page, 'Quillfeather Studio', 'paie toujours en retard noteconfidentielle');
    await app.stop();
    for (const secret of ['zorglubien', 'Quillfeather', 'quillfeather', 'noteconfidentielle', 'pénible']) {
      expect(profileHolds(app.profile, secret), secret).toBe(false);
    }

    // Reopen: the lock screen, keyboard first.
    page = await app.restart(LOCK);
    await page.getByRole('heading', { name: 'Humeur is locked' }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('password');
    await page.keyboard.type('une phrase secrète, déjà 🌧️');
    await page.keyboard.press('Enter');
    await page.getByText('Wrong passphrase. Try again; nothing was changed.').waitFor({ timeout: 20_000 });
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.keyboard.press('Enter');
    await page.locator('nav.sidebar').waitFor({ timeout: 20_000 });
    await search(page, 'ZORGLUB ete');
    await page.getByText('zorglubien', { exact: false }).first().waitFor();
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: 'Quillfeather Studio' }).waitFor();

    // Lock now; the recovery key also opens it.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Humeur is locked' }).waitFor();
    await page.getByRole('button', { name: 'I forgot my passphrase: use the recovery key' }).click();
    await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase());
    await page.keyboard.press('Enter');
    await page.locator('nav.sidebar').waitFor({ timeout: 20_000 });
    await search(page, 'zorglubien');
    await page.getByText('zorglubien', { exact: false }).first().waitFor();

    // Protection off: the journal is written in clear again.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Turn protection off…' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Turn protection off', exact: true }).click();
    await page.getByRole('button', { name: 'Protect my journal…' }).waitFor({ timeout: 20_000 });
    await app.stop();
    expect(profileHolds(app.profile, 'zorglubien')).toBe(true);
    page = await app.restart();
    await search(page, 'zorglub');
    await page.getByText('zorglubien', { exact: false }).first().waitFor();
  }, 240_000);
});
