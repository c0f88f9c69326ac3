/**
 * The import preview (with its mapping step) and the backups section as a person sees them, in
 * French on the light theme and English on the dark one: screenshots to look at, and axe on each.
 * The desktop backup list comes from a stand-in desktop bridge put on the page before it loads.
 * Screenshots go to $HUMEUR_SHOTS_DIR, or a temporary folder.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { openApp, type AppSession, screenshotWholePage } from './harness';

const OUT = process.env.HUMEUR_SHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'humeur-shots-'));
mkdirSync(OUT, { recursive: true });
const DAYLIO = join(process.cwd(), 'tests/fixtures/import/daylio_export_2024_10_04.csv');
const BACKUP = join(process.cwd(), 'tests/fixtures/backup/humeur-backup-v1.json');

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A desktop bridge stand-in: three backups in the folder, writes that succeed. */
async function fakeDesktopBridge(page: Page) {
  await page.addInitScript(() => {
    const day = 86_400_000;
    const now = Date.now();
    const list = [
      { name: 'humeur-backup-2024-10-05-manual.json', kind: 'manual', day: '2024-10-05', size: 48_200, modifiedAt: now },
      { name: 'humeur-backup-2024-10-04.json', kind: 'daily', day: '2024-10-04', size: 47_900, modifiedAt: now - day },
      { name: 'humeur-backup-2024-09.json', kind: 'monthly', day: '2024-09-30', size: 1_310_000, modifiedAt: now - 5 * day },
    ];
    (window as unknown as { humeur: unknown }).humeur = {
      platform: 'desktop',
      saveFile: async () => ({ ok: false, error: 'cancelled' }),
      printToPdf: async () => ({ ok: false, error: 'cancelled' }),
      writeBackup: async (r: { kind: string; day: string; json: string }) => ({ ok: true, value: { name: `humeur-backup-${r.day}.json`, kind: r.kind, day: r.day, size: r.json.length, modifiedAt: Date.now() } }),
      listBackups: async () => list,
      readBackup: async () => ({ ok: false, error: 'ENOENT' }),
      openBackupFolder: async () => ({ ok: true, value: { path: '/backups' } }),
      setLanguage: async () => {},
      onMenuCommand: () => () => {},
      onLockRequest: () => () => {},
      setDesktopPreferences: async () => ({ ok: true, value: { loginItem: true } }),
      setReviewedDay: async () => {},
    };
  });
}

const CASES = [
  {
    locale: 'fr-FR', colorScheme: 'light', nav: { import: 'Importer', settings: 'Réglages' }, file: 'Choisir un fichier', preview: 'Aperçu de',
    backups: 'Sauvegardes', mood: '1 – Très mal', newClient: 'Nouveau client', again: 'Importer un autre fichier', replace: /^Remplacer/, replaceAction: 'Remplacer mon journal…',
  },
  {
    locale: 'en-US', colorScheme: 'dark', nav: { import: 'Import', settings: 'Settings' }, file: 'Choose a file', preview: 'Preview of',
    backups: 'Backups', mood: '1 – Very bad', newClient: 'New client', again: 'Import another file', replace: /^Replace/, replaceAction: 'Replace my journal…',
  },
] as const;

for (const c of CASES) {
  it(`import preview and backups section, ${c.locale} ${c.colorScheme}`, async () => {
    app = await openApp({ locale: c.locale, colorScheme: c.colorScheme, now: '2024-10-05T20:00:00' });
    const { page } = app;
    await fakeDesktopBridge(page);
    await page.reload();
    await page.getByRole('navigation').waitFor();
    const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click();

    await nav(c.nav.import);
    await page.getByLabel(c.file).setInputFiles(DAYLIO);
    await page.getByRole('heading', { name: new RegExp(`^${c.preview}`) }).waitFor();
    await page.getByLabel('Studio Lumen', { exact: true }).selectOption({ label: c.newClient });
    await screenshotWholePage(page, join(OUT, `${c.locale}-${c.colorScheme}-import-preview.png`));
    await expectNoAxeViolations(page, `import preview (${c.locale}, ${c.colorScheme})`);
    await page.getByLabel('épuisé', { exact: true }).selectOption({ label: c.mood });
    await page.getByRole('button', { name: c.nav.import, exact: true }).click();
    await page.getByRole('link', { name: c.locale === 'fr-FR' ? 'Ouvrir le journal' : 'Open the Journal' }).waitFor();
    await page.screenshot({ path: join(OUT, `${c.locale}-${c.colorScheme}-import-done.png`) });

    // A Humeur backup, "replace": counts before → after and the confirmation.
    await page.getByRole('button', { name: c.again }).click();
    await page.getByLabel(c.file).setInputFiles(BACKUP);
    await page.getByRole('radio', { name: c.replace }).check();
    await page.getByRole('button', { name: c.replaceAction }).click();
    await page.getByRole('group').last().waitFor();
    await screenshotWholePage(page, join(OUT, `${c.locale}-${c.colorScheme}-backup-replace.png`));
    await expectNoAxeViolations(page, `backup replace confirmation (${c.locale}, ${c.colorScheme})`);

    await nav(c.nav.settings);
    const section = page.getByRole('region', { name: c.backups });
    await section.getByRole('table').waitFor();
    expect(await section.getByRole('row').count()).toBe(4);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(OUT, `${c.locale}-${c.colorScheme}-backups.png`) });
    await expectNoAxeViolations(page, `backups section (${c.locale}, ${c.colorScheme})`);
  });
}
