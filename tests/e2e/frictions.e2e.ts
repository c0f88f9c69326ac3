/**
 * The everyday frictions of the evening loop, in Chromium: signals managed in Settings and compact
 * on Today (Tab count asserted), editing from the Journal and coming back, Export on the 1st, the
 * French Excel CSV read back, hours typed "2h30", the shared ideal-client checklist, a backdated
 * end, and reflow at 200 % zoom / 320 px.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Entry } from '../../shared/domain/types';
import { openApp, type AppSession, screenshotWholePage } from './harness';
import { expectNoAxeViolations } from './axe';
import { SAMPLE_CLIENTS, sampleJournal, seedJournal } from './seed';

const SHOTS = join(process.cwd(), 'docs', 'screenshots');
const TODAY = '2025-03-14';
let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Adds signal records straight into the app's IndexedDB (e.g. an imported lowercase "sport"). */
async function addSignals(page: Page, signals: object[]) {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('humeur');
        open.onsuccess = () => {
          const tx = open.result.transaction('signals', 'readwrite');
          for (const s of list) tx.objectStore('signals').put(s);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    signals,
  );
}

/** What has the focus, e.g. "BUTTON:Terminé". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
  });

const THREE = [SAMPLE_CLIENTS[0], SAMPLE_CLIENTS[1], { ...SAMPLE_CLIENTS[0], id: 'c-trois', name: 'Studio Trois', color: '#7c3aed' }];
const review = (day: string, patch: Partial<Entry> = {}): Entry => ({
  id: `e-${day}`, day, time: '20:00', kind: 'review', mood: 3, energy: 3, text: { fr: 'Journée été', en: '' },
  clients: [], signals: [], createdAt: 1, updatedAt: 1, ...patch,
});

describe('everyday frictions in Chromium', () => {
  it('manages signals in Settings (rename, merge) and keeps Today’s card short: under 30 Tab presses to “Terminé”', async () => {
    app = await openApp({ locale: 'fr-FR', now: `${TODAY}T20:30:00` });
    let page = app.page;
    const entries = [
      review('2025-03-10', { clients: [{ clientId: 'c-acme', felt: -1, signals: ['imported-sport', 'scope-creep'] }], signals: ['imported-sport'] }),
      review('2025-03-11', { clients: [{ clientId: 'c-acme', felt: -2, signals: ['scope-creep', 'late-payment'] }] }),
      review(TODAY, { clients: THREE.map((c) => ({ clientId: c.id, felt: 1 as const, signals: [] })) }),
    ];
    await addSignals(page, [
      { id: 'imported-sport', label: { fr: 'sport', en: '' }, builtin: false, createdAt: 1 },
      { id: 'own-sport', label: { fr: 'Sport', en: '' }, builtin: false, createdAt: 2 },
    ]);
    await seedJournal(page, { clients: THREE, entries });

    await page.goto(`${app.baseUrl}#/settings`);
    const list = page.getByRole('list', { name: 'Vos signaux' });
    await list.waitFor();
    const english = list.getByRole('textbox', { name: 'Libellé anglais de «\u00a0Sport\u00a0»', exact: true });
    await english.fill('Exercise');
    await english.press('Enter');
    await page.getByText('«\u00a0Sport\u00a0» renommé.').waitFor();
    await list.getByRole('button', { name: 'Fusionner «\u00a0sport\u00a0» dans un autre signal', exact: true }).click();
    await page.getByRole('combobox', { name: 'Fusionner «\u00a0sport\u00a0» dans', exact: true }).selectOption({ label: 'Sport' });
    await expectNoAxeViolations(page, 'signal manager, merging (fr, light)');
    await page.getByRole('button', { name: 'Fusionner', exact: true }).click();
    await page.getByText('«\u00a0sport\u00a0» fusionné dans «\u00a0Sport\u00a0».', { exact: true }).waitFor();
    await expect.poll(() => list.getByRole('textbox', { name: /de «\u00a0sport\u00a0»$/ }).count()).toBe(0);
    await list.getByRole('button', { name: 'Masquer «\u00a0Confiance\u00a0»' }).click();
    await list.getByRole('button', { name: 'Réafficher «\u00a0Confiance\u00a0»' }).waitFor();
    await expectNoAxeViolations(page, 'signal manager (fr, light)');
    mkdirSync(SHOTS, { recursive: true });
    await page.getByRole('heading', { name: 'Signaux', exact: true }).scrollIntoViewIfNeeded();
    await page.locator('.signals-admin').screenshot({ path: join(SHOTS, 'signals-manager-fr-light.png') });

    // Today with three clients: each card shows its most used signals, the rest folded away.
    await page.goto(`${app.baseUrl}#/today`);
    page = await app.restart();
    await page.getByRole('button', { name: 'Terminé' }).waitFor();
    const acme = page.getByRole('toolbar', { name: 'Signaux avec Acme Studio' });
    expect(await acme.getByRole('button').allTextContents()).toEqual(['Dérive du périmètre', 'Retard de paiement', 'Sport', 'Échéance urgente']);
    expect(await page.getByRole('button', { name: /^Plus de signaux/ }).count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Confiance' }).count()).toBe(0);
    expect(await focused(page)).toMatch(/^H1:/);
    let presses = 0;
    while ((await focused(page)) !== 'BUTTON:Terminé' && presses < 80) {
      await page.keyboard.press('Tab');
      presses++;
    }
    console.info(`Tab presses from the heading to “Terminé” with three clients: ${presses}`);
    expect(presses).toBeLessThan(30);
    await expectNoAxeViolations(page, 'Today with three clients (fr, light)');
    await screenshotWholePage(page, join(SHOTS, 'today-compact-fr-light.png'));
  }, 180_000);

  it('shows the signal manager in English, dark', async () => {
    app = await openApp({ locale: 'en-US', colorScheme: 'dark', now: `${TODAY}T20:30:00` });
    const { page } = app;
    await addSignals(page, [{ id: 'imported-sport', label: { fr: 'sport', en: '' }, builtin: false, createdAt: 1 }]);
    await seedJournal(page, sampleJournal(TODAY, 30));
    await page.goto(`${app.baseUrl}#/settings`);
    await page.getByRole('list', { name: 'Your signals' }).waitFor();
    await page.getByRole('button', { name: 'Merge “sport” into another signal' }).click();
    await expectNoAxeViolations(page, 'signal manager (en, dark)');
    await page.locator('.signals-admin').screenshot({ path: join(SHOTS, 'signals-manager-en-dark.png') });
  });

  it('edits from the Journal and comes back to the entry; Done on a past day returns to the day navigation; hours “2h30”', async () => {
    app = await openApp({ locale: 'fr-FR', now: `${TODAY}T20:30:00` });
    const { page } = app;
    await seedJournal(page, sampleJournal(TODAY, 20));
    const id = `e-2025-03-12-review`;
    await page.goto(`${app.baseUrl}#/journal/${id}`);
    await page.getByRole('link', { name: 'Modifier' }).click();
    await page.getByRole('heading', { name: /^Modifier l’entrée du/ }).waitFor();
    expect(await page.locator('nav.sidebar a[aria-current="page"]').textContent()).toBe('Journal');
    const hours = page.getByLabel(/^Heures avec/).first();
    await hours.fill('2h30');
    await expectNoAxeViolations(page, 'editing in the Journal (fr, light)');
    // The toast of "Done" sits above the action bar, never on it.
    await page.getByRole('button', { name: 'Terminé' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/journal$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`#/journal/${id}`);
    const stored = await page.evaluate(
      (entryId) =>
        new Promise<Entry>((resolve) => {
          const open = indexedDB.open('humeur');
          open.onsuccess = () => {
            const get = open.result.transaction('entries').objectStore('entries').get(entryId);
            get.onsuccess = () => resolve(get.result);
          };
        }),
      id,
    );
    expect(stored.clients[0].hours).toBe(2.5);

    await page.goto(`${app.baseUrl}#/today/2025-03-10`);
    const done = page.getByRole('button', { name: 'Terminé' });
    await done.waitFor();
    await page.getByRole('radio', { name: '4 – Bien' }).check();
    await done.click();
    await expect.poll(() => focused(page)).toBe('BUTTON:Jour suivant ›');
    const toast = await page.locator('.toast').first().boundingBox();
    const bar = await page.locator('.entry-footer').boundingBox();
    expect(toast!.y + toast!.height).toBeLessThanOrEqual(bar!.y);
  });

  it('opens Export on the last month with entries on the 1st, and writes a CSV a French Excel reads', async () => {
    app = await openApp({ locale: 'fr-FR', now: '2025-04-01T09:00:00' });
    const { page } = app;
    await seedJournal(page, sampleJournal(TODAY, 40));
    await page.goto(`${app.baseUrl}#/export`);
    expect(await page.getByRole('radio', { name: 'Le mois dernier' }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('.export-preview [role=status]').textContent()).toMatch(/^\d+ entrées sur \d+ jours$/);
    expect(await page.getByLabel('CSV pour').inputValue()).toBe('excel-fr');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV (.csv)' }).click()]);
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0].slice(0, 8)).toEqual(['date', 'heure', 'type', 'humeur', 'énergie', 'client', 'ressenti', 'heures']);
    expect(rows.slice(1).every((r) => r.length === rows[0].length)).toBe(true);
    expect(rows.slice(1).every((r) => r[0].startsWith('2025-03-'))).toBe(true);
    expect(rows.some((r) => /^\d+,\d+$/.test(r[7])) || rows.every((r, i) => i === 0 || !r[7].includes('.'))).toBe(true);
    expect(rows.some((r) => r.some((c) => c.includes('Réunion avec Acme')))).toBe(true);
    await expectNoAxeViolations(page, 'Export on the 1st (fr)');
  });

  it('shares ideal-client criteria between clients and ends a relationship on a past day', async () => {
    app = await openApp({ locale: 'fr-FR', now: `${TODAY}T20:30:00` });
    const { page } = app;
    await seedJournal(page, sampleJournal(TODAY, 20));
    await page.goto(`${app.baseUrl}#/clients/c-acme`);
    await page.getByRole('textbox', { name: 'Nouveau critère' }).fill('Répond sous 48 h');
    await page.getByRole('button', { name: 'Ajouter le critère' }).click();
    await page.getByRole('checkbox', { name: 'Répond sous 48 h' }).check();
    await page.getByRole('checkbox', { name: 'Paie à temps' }).check();
    await page.getByRole('button', { name: 'Mettre fin à la relation…' }).click();
    await page.getByLabel('Terminé le').fill('2025-03-01');
    await expectNoAxeViolations(page, 'client page, ending (fr)');
    await page.getByRole('button', { name: 'Y mettre fin à cette date' }).click();
    await page.getByText('Terminé le 1 mars 2025').first().waitFor();

    await page.goto(`${app.baseUrl}#/clients/c-lemaire`);
    expect(await page.getByRole('checkbox', { name: 'Répond sous 48 h' }).isChecked()).toBe(false);
    await page.goto(`${app.baseUrl}#/clients`);
    const row = page.getByRole('row', { name: /Acme Studio/ });
    expect(await row.getByText('2 critères remplis sur 9').count()).toBe(1);
  });

  it('never scrolls sideways at 200 % zoom (640 px) or 320 px, on any screen', async () => {
    app = await openApp({ locale: 'fr-FR', now: `${TODAY}T20:30:00`, viewport: { width: 640, height: 430 } });
    const { page } = app;
    await seedJournal(page, sampleJournal(TODAY, 60));
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 700 });
      for (const screen of ['today', 'journal', 'journal/e-2025-03-12-review', 'clients', 'clients/c-acme', 'insights', 'export', 'import', 'settings']) {
        await page.goto(`${app.baseUrl}#/${screen}`);
        await page.locator('main h1').waitFor();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(screen === 'insights' ? 1500 : 300);
        const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(size.scroll, `${screen} at ${width} px`).toBeLessThanOrEqual(size.client);
      }
      // Every section of the navigation is on screen, "Réglages" included.
      const settings = await page.getByRole('navigation').getByRole('link', { name: 'Réglages' }).boundingBox();
      expect(settings!.x + settings!.width).toBeLessThanOrEqual(width);
    }
  }, 120_000);
});
