/**
 * Screenshots of the passphrase lock: Settings (the recovery key step, and protection on) and the
 * lock screen, French/light and English/dark. Writes only when HUMEUR_SCREENSHOTS names a folder.
 */
import { join } from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { openApp, type AppSession } from './harness';

const folder = process.env.HUMEUR_SCREENSHOTS;
let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const CASES = [
  { lang: 'fr', locale: 'fr-FR', scheme: 'light', settings: 'Réglages', enable: 'Protéger mon journal…', pass: 'Phrase secrète', again: 'Phrase secrète, à nouveau', go: 'Continuer', stored: 'J’ai imprimé ou rangé ma clé de secours', encrypt: 'Chiffrer mon journal', lock: 'Verrouiller maintenant', locked: 'Humeur est verrouillé' },
  { lang: 'en', locale: 'en-US', scheme: 'dark', settings: 'Settings', enable: 'Protect my journal…', pass: 'Passphrase', again: 'Passphrase again', go: 'Continue', stored: 'I have printed or stored my recovery key', encrypt: 'Encrypt my journal', lock: 'Lock now', locked: 'Humeur is locked' },
] as const;

describe.skipIf(!folder)('passphrase lock screenshots', () => {
  for (const c of CASES) {
    it(`${c.lang} ${c.scheme}`, async () => {
      app = await openApp({ locale: c.locale, colorScheme: c.scheme, viewport: { width: 1024, height: 900 } });
      const { page } = app;
      await page.getByRole('link', { name: c.settings }).click();
      await page.getByRole('button', { name: c.enable }).click();
      await page.getByLabel(c.pass, { exact: true }).fill('Une longue phrase secrète');
      await page.getByLabel(c.again).fill('Une longue phrase secrète');
      await page.getByRole('button', { name: c.go }).click();
      await page.locator('output.recovery-key').waitFor({ timeout: 20_000 });
      const section = page.locator('section.privacy-section');
      await section.screenshot({ path: join(folder!, `privacy-recovery-${c.lang}-${c.scheme}.png`) });
      await page.getByLabel(c.stored).check();
      await page.getByRole('button', { name: c.encrypt }).click();
      await page.getByRole('button', { name: c.lock }).waitFor({ timeout: 20_000 });
      await section.screenshot({ path: join(folder!, `privacy-settings-${c.lang}-${c.scheme}.png`) });
      await page.getByRole('button', { name: c.lock }).click();
      await page.getByRole('heading', { name: c.locked }).waitFor();
      await page.getByLabel(c.pass, { exact: true }).fill('une erreur');
      await page.keyboard.press('Enter');
      await page.locator('.lock-card [role="alert"]').waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(folder!, `privacy-lock-${c.lang}-${c.scheme}.png`) });
    }, 120_000);
  }
});
