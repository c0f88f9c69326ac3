/**
 * The first run: a welcome on a fresh profile only, which sets the UI language, the writing
 * languages and the reminder, offers the importers, and never comes back. Then Today with one
 * writing language, and Settings with the reminder.
 * With HUMEUR_SCREENSHOTS=<folder> it saves the pictures of those screens (French light, English dark).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { openApp, type AppSession } from './harness';

const shotsDir = process.env.HUMEUR_SCREENSHOTS;
async function shot(page: Page, name: string) {
  if (!shotsDir) return;
  await page.screenshot({ path: join(shotsDir, `${name}.png`) });
}

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the first-run welcome', () => {
  it('walks a new French user through language, writing, reminder and import, then never shows again', async () => {
    app = await openApp({ locale: 'fr-FR', colorScheme: 'light', keepWelcome: true, now: '2025-03-14T19:05:00' });
    const { page } = app;
    // Headless Chromium refuses notifications unless granted, as a user would in the browser's prompt.
    await app.context.grantPermissions(['notifications']);
    const welcome = page.getByRole('main', { name: 'Bienvenue dans Humeur' });
    await welcome.waitFor();
    expect(await page.locator('nav.sidebar').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Bienvenue dans Humeur');
    expect(await page.getByText('Étape 1 sur 5').isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'welcome: intro');
    await shot(page, 'welcome-fr-light');

    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: 'Dans quelles langues écrivez-vous\u00a0?' }).waitFor();
    await page.getByRole('radio', { name: 'français' }).check();
    await expectNoAxeViolations(page, 'welcome: writing');

    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: 'Un rappel le soir\u00a0?' }).waitFor();
    await page.getByRole('checkbox', { name: 'Me rappeler de noter ma journée' }).check();
    expect(await page.getByLabel('Heure').inputValue()).toBe('20:30');
    // Web mode says the limit of the browser's notifications.
    expect(await page.getByText('tant que cet onglet reste ouvert').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'welcome: reminder');
    await shot(page, 'welcome-reminder-fr-light');

    // Protection is offered, off unless chosen: the form opens on demand, Cancel leaves it off.
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: 'Protéger votre journal\u00a0?' }).waitFor();
    await page.getByRole('button', { name: 'Protéger mon journal…' }).click();
    await page.getByLabel('Phrase secrète', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'welcome: privacy');
    await shot(page, 'welcome-privacy-fr-light');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('button', { name: 'Protéger mon journal…' }).waitFor();

    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByText('Vous venez de Daylio, Day One, jrnl ou Mini Diary\u00a0?', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Importer' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'welcome: import');
    await page.getByRole('button', { name: 'Commencer ma première journée' }).click();

    // Today, in one language: one full-width French field, English one click away.
    await page.locator('nav.sidebar').waitFor();
    await page.getByRole('group', { name: 'Humeur' }).waitFor();
    const texts = page.locator('.entry-texts textarea');
    await texts.first().waitFor();
    expect(await texts.count()).toBe(1);
    expect(await texts.first().getAttribute('lang')).toBe('fr');
    const addEnglish = page.getByRole('button', { name: 'Écrire aussi en anglais' });
    expect(await addEnglish.isVisible()).toBe(true);

    // Never again, even after a restart.
    const page2 = await app.restart();
    await page2.locator('nav.sidebar').waitFor();
    expect(await page2.locator('main.welcome').count()).toBe(0);
  }, 150_000);

  it('can be skipped at once in English, dark, and is not shown to a returning user', async () => {
    app = await openApp({ locale: 'en-US', colorScheme: 'dark', keepWelcome: true, now: '2025-03-14T19:05:00' });
    const { page } = app;
    await app.context.grantPermissions(['notifications']);
    await page.getByRole('main', { name: 'Welcome to Humeur' }).waitFor();
    expect(await page.getByText('Each evening, two minutes').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'welcome in English, dark');
    await shot(page, 'welcome-en-dark');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: 'Remind me to write my day' }).check();
    await shot(page, 'welcome-reminder-en-dark');
    await page.getByRole('button', { name: 'Skip' }).click();
    await page.locator('nav.sidebar').waitFor();
    await page.locator('.entry-texts textarea').first().waitFor();
    expect(await page.locator('.entry-texts textarea').count()).toBe(1);

    const page2 = await app.restart();
    await page2.locator('nav.sidebar').waitFor();
    expect(await page2.locator('main.welcome').count()).toBe(0);
  }, 120_000);
});
