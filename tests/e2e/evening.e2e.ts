/**
 * The evening loop's frictions, in Chromium: the review written after midnight, writing in one
 * language in a field that grows, "On this day", and Settings with the reminder.
 * With HUMEUR_SCREENSHOTS=<folder> it saves Today in one language and Settings with the reminder
 * (French light, English dark).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/types';
import { expectNoAxeViolations } from './axe';
import { openApp, type AppSession, screenshotWholePage } from './harness';
import { SAMPLE_CLIENTS, seedJournal } from './seed';

const shotsDir = process.env.HUMEUR_SCREENSHOTS;
async function shot(page: Page, name: string, fullPage = false) {
  if (!shotsDir) return;
  const path = join(shotsDir, `${name}.png`);
  if (fullPage) await screenshotWholePage(page, path);
  else await page.screenshot({ path });
}

/**
 * Stands in for the desktop bridge (electron/preload.ts) so that Settings shows the desktop-only
 * options, and records what the page sends to the main process.
 */
const FAKE_DESKTOP = `
  window.__desktopCalls = [];
  window.humeur = {
    platform: 'desktop',
    saveFile: async () => ({ ok: false, error: 'cancelled' }),
    printToPdf: async () => ({ ok: false, error: 'cancelled' }),
    writeBackup: async (r) => ({ ok: true, value: { name: 'b.json', kind: r.kind, day: r.day, size: 1, modifiedAt: 0 } }),
    listBackups: async () => [],
    readBackup: async () => ({ ok: false, error: 'missing' }),
    openBackupFolder: async () => ({ ok: true, value: { path: '' } }),
    setLanguage: async () => {},
    setDesktopPreferences: async (p) => { window.__desktopCalls.push(['preferences', p]); return { ok: true, value: { loginItem: true } }; },
    setReviewedDay: async (d) => { window.__desktopCalls.push(['reviewedDay', d]); },
    onMenuCommand: () => () => {},
  };
`;

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The stored entries' days and texts, read straight from IndexedDB. */
function storedEntries(page: Page): Promise<Array<{ day: string; fr: string; en: string }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('humeur');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('entries').objectStore('entries').getAll();
          request.onsuccess = () => {
            resolve((request.result as Entry[]).map((e) => ({ day: e.day, fr: e.text.fr, en: e.text.en })));
            open.result.close();
          };
        };
      }),
  );
}

const entry = (id: string, day: string, fr: string, en: string): Entry => ({
  id,
  day,
  time: '21:10',
  kind: 'review',
  mood: 4,
  energy: 3,
  text: { fr, en },
  clients: [{ clientId: 'c-acme', felt: 1, signals: [] }],
  signals: [],
  createdAt: Date.UTC(2024, 2, 14, 20),
  updatedAt: Date.UTC(2024, 2, 14, 20),
});

describe('the evening loop', () => {
  it('at 00:40 offers yesterday’s review first, and writes it on yesterday', async () => {
    app = await openApp({ locale: 'fr-FR', colorScheme: 'light', now: '2025-03-15T00:40:00' });
    const { page } = app;
    const question = page.getByRole('region', { name: 'Vous faites le bilan d’hier\u00a0?' });
    await question.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('samedi 15 mars 2025');
    expect(await question.textContent()).toContain('vendredi 14 mars 2025');
    // The question comes first: the new day's editor is not there yet.
    expect(await page.locator('.entry-editor').count()).toBe(0);
    await expectNoAxeViolations(page, 'Today at 00:40');

    await page.getByRole('button', { name: 'Oui, le bilan d’hier' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('vendredi 14 mars 2025');
    await page.getByLabel('Français').fill('Soirée longue, bilan écrit après minuit.');
    await page.getByRole('button', { name: 'Terminé' }).click();
    await expect.poll(() => storedEntries(page)).toEqual([{ day: '2025-03-14', fr: 'Soirée longue, bilan écrit après minuit.', en: '' }]);

    // Back on Today: answered, so the new day opens as usual.
    await page.getByRole('button', { name: 'Aujourd’hui', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('samedi 15 mars 2025');
    await page.locator('.entry-editor').waitFor();
    expect(await question.count()).toBe(0);

    // After a reload it asks again (the new day is still empty), and "No, today" keeps the new day.
    await page.reload();
    await question.waitFor();
    await page.getByRole('button', { name: 'Non, aujourd’hui' }).click();
    await page.locator('.entry-editor').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('samedi 15 mars 2025');
  }, 120_000);

  it('writes in one language in a full-width field that grows, the other one click away', async () => {
    app = await openApp({ locale: 'en-US', colorScheme: 'dark', now: '2025-03-14T20:40:00' });
    const { page } = app;
    await app.context.addInitScript(FAKE_DESKTOP);
    await page.goto(`${app.baseUrl}#/settings`);
    await page.reload();
    await page.getByRole('radio', { name: 'English', exact: true }).first().waitFor();
    await page.getByRole('group', { name: 'I write in' }).getByRole('radio', { name: 'English' }).check();
    await page.getByRole('checkbox', { name: 'Remind me to write my day' }).check();
    await page.getByRole('checkbox', { name: 'Wednesday' }).uncheck();
    expect(await page.getByLabel('Time').inputValue()).toBe('20:30');
    // The desktop app's two options, off by default, each explained in one sentence.
    const background = page.getByRole('checkbox', { name: 'Keep Humeur running in the background' });
    const login = page.getByRole('checkbox', { name: 'Open Humeur when I log in' });
    expect(await background.isChecked()).toBe(false);
    expect(await login.isChecked()).toBe(false);
    expect(await page.getByText(/Closing the window leaves Humeur in the tray/).isVisible()).toBe(true);
    await background.check();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __desktopCalls: unknown[][] }).__desktopCalls.filter((c) => c[0] === 'preferences').at(-1)?.[1]))
      .toEqual({ reminderTime: '20:30', reminderDays: [0, 1, 2, 4, 5, 6], keepInBackground: true, openAtLogin: false, lang: 'en' });
    await expectNoAxeViolations(page, 'Settings with the reminder');
    await shot(page, 'settings-reminder-en-dark', true);

    await page.goto(`${app.baseUrl}#/today`);
    const texts = page.locator('.entry-texts textarea');
    await texts.first().waitFor();
    expect(await texts.count()).toBe(1);
    expect(await texts.first().getAttribute('lang')).toBe('en');
    const section = await page.locator('.entry-texts').boundingBox();
    const field = await texts.first().boundingBox();
    expect(field!.width).toBeGreaterThan(section!.width - 4);
    await texts.first().fill('Good session with Northwind. They trusted the plan.');
    await page.getByRole('button', { name: 'Also write in French' }).scrollIntoViewIfNeeded();
    await shot(page, 'today-single-en-dark');

    // 2,000 characters: the field grows with them instead of becoming a small scroll box.
    const long = 'Long day with the Northwind workshop, then the invoices. '.repeat(36).slice(0, 2000);
    await texts.first().fill(long);
    const sizes = await texts.first().evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client + 2);
    expect(sizes.client).toBeGreaterThan(300);

    await page.getByRole('button', { name: 'Also write in French' }).click();
    expect(await texts.count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('fr');
    await page.keyboard.type('Une phrase en français.');
    await texts.first().click();
    await expect.poll(() => storedEntries(page)).toEqual([{ day: '2025-03-14', fr: 'Une phrase en français.', en: long }]);
    await expectNoAxeViolations(page, 'Today in one language');
  }, 120_000);

  it('shows what was written a month and a year ago, and the screens in French', async () => {
    app = await openApp({ locale: 'fr-FR', colorScheme: 'light', now: '2025-03-14T20:40:00' });
    const { page } = app;
    await app.context.addInitScript(FAKE_DESKTOP);
    await seedJournal(page, {
      clients: SAMPLE_CLIENTS,
      entries: [
        entry('e-month', '2025-02-14', 'Atelier avec Acme : enfin un brief clair, et du temps pour le faire bien.', ''),
        entry('e-year', '2024-03-14', '', 'First week as a freelancer. Scared and happy.'),
        entry('e-other', '2025-02-13', 'Rien à voir.', ''),
      ],
    });
    const memories = page.getByRole('complementary', { name: 'Ce jour-là' });
    await memories.waitFor();
    const text = await memories.textContent();
    expect(text).toContain('Il y a un mois, le vendredi 14 février 2025');
    expect(text).toContain('enfin un brief clair');
    expect(text).toContain('Il y a un an, le jeudi 14 mars 2024');
    expect(text).toContain('First week as a freelancer.');
    expect(text).not.toContain('Rien à voir');
    await expectNoAxeViolations(page, 'Today with On this day');

    await page.goto(`${app.baseUrl}#/settings`);
    await page.getByRole('group', { name: 'J’écris en' }).getByRole('radio', { name: 'français' }).check();
    await page.getByRole('checkbox', { name: 'Me rappeler de noter ma journée' }).check();
    await page.getByRole('checkbox', { name: 'Laisser Humeur tourner en arrière-plan' }).waitFor();
    await shot(page, 'settings-reminder-fr-light', true);

    await page.goto(`${app.baseUrl}#/today`);
    await page.locator('.entry-texts textarea').first().waitFor();
    expect(await page.locator('.entry-texts textarea').count()).toBe(1);
    await page.getByRole('button', { name: 'Écrire aussi en anglais' }).scrollIntoViewIfNeeded();
    await shot(page, 'today-single-fr-light');

    await page.getByRole('link', { name: 'Lire l’entrée du vendredi 14 février 2025' }).click();
    await expect.poll(() => page.url()).toContain('#/journal/e-month');
  }, 120_000);
});
