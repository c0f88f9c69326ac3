/**
 * Screenshots of an encrypted backup in the built app: the Import screen's prompt for its
 * passphrase after a wrong one, then its preview once opened; and, with protection on, the Export
 * screen saying Markdown, CSV and PDF are not encrypted. French/light and English/dark, axe on
 * each. Writes only when HUMEUR_SCREENSHOTS names a folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, it } from 'vitest';
import { sealBackupText } from '../../shared/export/encryptedBackup';
import { backupKey, createKeyRing } from '../../shared/privacy/keys';
import { expectNoAxeViolations } from './axe';
import { openApp, type AppSession } from './harness';

const folder = process.env.HUMEUR_SCREENSHOTS;
const THEIRS = 'la phrase de mon ancien ordinateur';
let app: AppSession | undefined;
let file: string;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

beforeAll(async () => {
  // The backup fixture as another protected journal wrote it, at the app's real key cost.
  const made = await createKeyRing(THEIRS);
  const plain = readFileSync(join(process.cwd(), 'tests/fixtures/backup/humeur-backup-v1.json'), 'utf8');
  file = join(mkdtempSync(join(tmpdir(), 'humeur-encrypted-')), 'humeur-backup-2024-11-02.json');
  writeFileSync(file, await sealBackupText(plain, made.ring, await backupKey(made.dataKey)));
});

const CASES = [
  {
    lang: 'fr', locale: 'fr-FR', scheme: 'light', importNav: 'Importer', chooser: 'Choisir un fichier', prompt: 'Cette sauvegarde est chiffrée', field: 'Phrase secrète ou clé de secours',
    preview: 'Sauvegarde Humeur du samedi 2 novembre 2024', settings: 'Réglages', enable: 'Protéger mon journal…', pass: 'Phrase secrète', again: 'Phrase secrète, à nouveau', go: 'Continuer',
    stored: 'J’ai imprimé ou rangé ma clé de secours', encrypt: 'Chiffrer mon journal', lock: 'Verrouiller maintenant', exportNav: 'Exporter', notice: /^Votre journal est protégé/,
    merge: 'Fusionner avec mon journal', dismiss: 'Fermer',
  },
  {
    lang: 'en', locale: 'en-US', scheme: 'dark', importNav: 'Import', chooser: 'Choose a file', prompt: 'This backup is encrypted', field: 'Passphrase or recovery key',
    preview: 'Humeur backup of Saturday, November 2, 2024', settings: 'Settings', enable: 'Protect my journal…', pass: 'Passphrase', again: 'Passphrase again', go: 'Continue',
    stored: 'I have printed or stored my recovery key', encrypt: 'Encrypt my journal', lock: 'Lock now', exportNav: 'Export', notice: /^Your journal is protected/,
    merge: 'Merge into my journal', dismiss: 'Dismiss',
  },
] as const;

describe.skipIf(!folder)('encrypted backup screenshots', () => {
  for (const c of CASES) {
    it(`${c.lang} ${c.scheme}`, async () => {
      app = await openApp({ locale: c.locale, colorScheme: c.scheme, viewport: { width: 1024, height: 900 } });
      const { page } = app;
      const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click();

      await nav(c.importNav);
      await page.getByLabel(c.chooser).setInputFiles(file);
      const prompt = page.getByRole('form', { name: c.prompt });
      await prompt.waitFor();
      // Keyboard only: the field has focus, Enter tries.
      await page.keyboard.type('pas la bonne phrase');
      await page.keyboard.press('Enter');
      await prompt.getByRole('alert').waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(folder!, `backup-encrypted-prompt-${c.lang}-${c.scheme}.png`) });
      await expectNoAxeViolations(page, `encrypted backup prompt (${c.locale}, ${c.scheme})`);
      await prompt.getByLabel(c.field).fill(THEIRS);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: c.preview }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: c.merge }).click();
      await page.getByRole('region', { name: /^Import (terminé|finished)$/ }).waitFor({ timeout: 20_000 });

      await page.getByRole('link', { name: c.settings }).click();
      await page.getByRole('button', { name: c.enable }).click();
      await page.getByLabel(c.pass, { exact: true }).fill('Une longue phrase secrète');
      await page.getByLabel(c.again).fill('Une longue phrase secrète');
      await page.getByRole('button', { name: c.go }).click();
      await page.getByLabel(c.stored).check({ timeout: 20_000 });
      await page.getByRole('button', { name: c.encrypt }).click();
      await page.getByRole('button', { name: c.lock }).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: c.dismiss }).click();
      await nav(c.exportNav);
      await page.getByText(c.notice).waitFor();
      // The whole journal: the merged backup's two entries of 2024.
      await page.getByRole('radio', { name: /^(Tout le journal|All time)$/ }).check();
      await page.locator('section.export-actions').screenshot({ path: join(folder!, `export-plain-notice-${c.lang}-${c.scheme}.png`) });
      await expectNoAxeViolations(page, `export with protection on (${c.locale}, ${c.scheme})`);
    }, 120_000);
  }
});
