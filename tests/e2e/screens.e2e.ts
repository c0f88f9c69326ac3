import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../shared/domain/types';
import { createBackup, serialiseBackup } from '../../shared/export';
import { generateJournal } from '../../shared/sample';
import { openApp, type AppSession, screenshotWholePage } from './harness';
import { expectNoAxeViolations } from './axe';

/**
 * Every screen of the app on a lived-in journal (eight months, six clients), in French with the light
 * theme and in English with the dark theme: each one renders its content and passes axe.
 * With HUMEUR_SCREENSHOTS=<folder> it also saves a full-page picture of each, for the README and review.
 */
const NOW = '2026-11-20T20:30:00';
const shotsDir = process.env.HUMEUR_SCREENSHOTS;
const scratch = mkdtempSync(join(tmpdir(), 'humeur-screens-'));
const backupPath = join(scratch, 'humeur-backup-demo.json');

const journal = generateJournal({ seed: 7, start: '2026-03-20', days: 246, clients: 6, entriesPerDay: [1, 2] });
writeFileSync(
  backupPath,
  serialiseBackup(createBackup({ ...journal, settings: DEFAULT_SETTINGS, exportedAt: new Date(NOW), appVersion: '0.1.0' })),
);

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LABELS = {
  fr: { file: 'Choisir un fichier', merge: /^Fusionner/, mergeAction: 'Fusionner avec mon journal', calendar: 'Calendrier' },
  en: { file: 'Choose a file', merge: /^Merge/, mergeAction: 'Merge into my journal', calendar: 'Calendar' },
};

async function shoot(page: Page, name: string) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  // What a person sees on opening the screen, and the whole page below it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shotsDir, `${name}.png`) });
  await screenshotWholePage(page, join(shotsDir, `${name}-full.png`));
}

async function visit(page: Page, hash: string, ready: () => Promise<unknown>, label: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await ready();
  await page.evaluate(() => document.fonts.ready);
  await expectNoAxeViolations(page, label);
  await shoot(page, label);
}

for (const [lang, locale, colorScheme] of [
  ['fr', 'fr-FR', 'light'],
  ['en', 'en-US', 'dark'],
] as const) {
  describe(`every screen, ${lang} ${colorScheme}`, () => {
    it('imports a backup, then shows Today, Journal, Clients, Insights, Export, Import and Settings', async () => {
      app = await openApp({ locale, colorScheme, now: NOW, viewport: { width: 1280, height: 900 } });
      const { page } = app;
      const l = LABELS[lang];
      await page.evaluate(() => (window.location.hash = '#/import'));
      await page.getByLabel(l.file).setInputFiles(backupPath);
      await page.getByRole('radio', { name: l.merge }).check();
      await page.getByRole('button', { name: l.mergeAction }).click();
      await page.locator('.import-done, [role="status"]').filter({ hasText: String(journal.entries.length) }).first().waitFor();

      const tag = `${lang}-${colorScheme}`;
      await visit(page, '#/today', () => page.locator('textarea').first().waitFor(), `today-${tag}`);
      expect(await page.locator('textarea').first().inputValue()).not.toBe('');
      await visit(page, '#/journal', () => page.getByRole('article').first().waitFor(), `journal-${tag}`);
      await page.getByRole('tab', { name: l.calendar }).click();
      await page.getByRole('grid').waitFor();
      await expectNoAxeViolations(page, `journal-calendar-${tag}`);
      await shoot(page, `journal-calendar-${tag}`);
      await visit(page, '#/clients', () => page.getByRole('table').waitFor(), `clients-${tag}`);
      await visit(page, `#/clients/${journal.clients[0].id}`, () => page.locator('[data-slot="client-summary"] p').first().waitFor(), `client-${tag}`);
      await visit(page, '#/insights', () => page.locator('.insights svg').first().waitFor(), `insights-${tag}`);
      await visit(page, '#/export', () => page.locator('pre').first().waitFor(), `export-${tag}`);
      await visit(page, '#/import', () => page.getByLabel(l.file).waitFor(), `import-${tag}`);
      await visit(page, '#/settings', () => page.getByRole('radio').first().waitFor(), `settings-${tag}`);
    });
  });
}
