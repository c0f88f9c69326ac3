// The private journal's waits, in the built app: protection turned on through Settings on a seeded
// journal, then, in a new tab each run, the passphrase typed on the lock screen → Today usable
// (with the app's own measures of its phases: Argon2id, decrypting every record, building the
// in-memory search index), a keystroke in Journal search → its results, and saving an entry.
import { Samples, coldOpen, seededContext, timed } from './waits.mjs';

const PASSPHRASE = 'une phrase assez longue pour le banc';

/** The app's "humeur:unlock-*" measures of the last unlock, in ms. */
async function unlockPhases(page) {
  const measures = await page.evaluate(() => window.__probe.measures());
  const last = (name) => measures.filter((m) => m.name === `humeur:unlock-${name}`).at(-1)?.duration ?? null;
  return { kdf: last('kdf'), decrypt: last('decrypt'), index: last('index') };
}

export async function runPrivacyWaits(browser, base, years, { app: appDir = 'renderer', runs = 5, log = () => {} } = {}) {
  const app = `${base}${appDir}/index.html`;
  const s = new Samples();
  const { context, setup, size } = await seededContext(browser, base, years);
  await setup.close();
  log(`${size.entries} entries seeded; turning protection on…`);

  // Turning protection on, as a person does it in Settings: every text sealed in place.
  {
    const { page } = await coldOpen(context, `${app}#/settings`, 'shell');
    await page.getByRole('button', { name: 'Protect my journal…' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('I have printed or stored my recovery key').check({ timeout: 60_000 });
    const t0 = performance.now();
    await page.getByRole('button', { name: 'Encrypt my journal' }).click();
    await page.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 600_000 });
    s.add('protect_encrypt_all_ms', performance.now() - t0);
    await page.close();
  }

  for (let i = 0; i <= runs; i++) {
    const count = i > 0;
    // A new tab opens on the lock screen.
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${app}#/today`, { waitUntil: 'commit' });
    const field = page.getByLabel('Passphrase', { exact: true });
    await field.waitFor({ timeout: 30_000 });
    await field.fill(PASSPHRASE);
    const opened = await timed(page, ['today'], () => field.press('Enter'));
    const phases = await unlockPhases(page);
    if (count) {
      s.add('unlock_to_today_ms', opened.today);
      s.add('unlock_kdf_ms', phases.kdf);
      s.add('unlock_decrypt_ms', phases.decrypt);
      s.add('unlock_index_ms', phases.index);
      if (opened.today !== undefined && phases.kdf !== null) s.add('unlock_without_kdf_ms', opened.today - phases.kdf);
    }

    // Search, from the in-memory index: the last keystroke of a word typed at a person's pace.
    await page.evaluate(() => window.__probe.click('nav.sidebar a[href="#/journal"]'));
    await page.waitForFunction(() => window.__probe.seen().journal !== undefined || document.querySelector('.journal-timeline[aria-busy="false"]'), undefined, { timeout: 30_000 });
    const search = page.locator('.journal input[type="search"]');
    await search.click();
    await search.pressSequentially('reunio', { delay: 60 });
    await page.waitForFunction(() => document.querySelector('.journal-timeline')?.dataset.search === 'reunio', undefined, { timeout: 30_000 }).catch(() => {});
    const found = await timed(page, ['searched'], () => search.press('n'));
    if (count) s.add('protected_search_keystroke_ms', found.searched);

    // Saving an entry, sealed before it is written.
    await page.evaluate(() => window.__probe.click('nav.sidebar a[href="#/today"]'));
    const text = page.locator('main textarea').first();
    await text.waitFor({ timeout: 30_000 });
    await text.fill(`Une journée protégée, numéro ${i}.`);
    await page.waitForSelector('.save-status-pending, .save-status-idle', { timeout: 10_000 }).catch(() => {});
    const saved = await timed(page, ['saved'], () => text.press('Tab'));
    if (count) s.add('protected_save_entry_ms', saved.saved);
    await page.close();
  }
  await context.close();
  return { years, entries: size.entries, days: size.days, waits: s.summary() };
}
