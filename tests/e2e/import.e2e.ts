/**
 * Import and backups in the built app, in Chromium, as a person would: a Daylio export through
 * the mapping step, found in the Journal; the same file again adds nothing; "Back up now"
 * downloads the journal; that backup, imported with "replace", puts the journal back as it was.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { openApp, type AppSession } from './harness';

const DAYLIO = join(process.cwd(), 'tests/fixtures/import/daylio_export_2024_10_04.csv');
const NBSP = '\u00a0';

let app: AppSession | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A section of the app, from the sidebar. */
const goTo = (page: Page, section: string) => page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();

async function importDaylio(page: Page) {
  await goTo(page, 'Importer');
  await page.getByLabel('Choisir un fichier').setInputFiles(DAYLIO);
  await page.getByRole('heading', { name: 'Aperçu de daylio_export_2024_10_04.csv' }).waitFor();
  await page.getByLabel('épuisé', { exact: true }).selectOption({ label: '1 – Très mal' });
}

/** The Journal's search, typed as a person would; returns the text of the entries shown. */
async function searchJournal(page: Page, words: string): Promise<string[]> {
  await goTo(page, 'Journal');
  const search = page.getByLabel('Rechercher dans le journal');
  await search.fill(words);
  // The list follows the search after a short pause.
  await page.waitForTimeout(700);
  return page.locator('article').allTextContents();
}

describe('Import and backups in the browser', () => {
  it('imports a Daylio export with the mapping step, re-imports nothing, backs up, and restores with replace', async () => {
    app = await openApp({ locale: 'fr-FR', now: '2024-10-05T20:00:00' });
    const { page } = app;
    scratch = mkdtempSync(join(tmpdir(), 'humeur-import-'));
    const warnings: string[] = [];
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });

    await importDaylio(page);
    // The preview says what will happen before anything is written.
    await expect.poll(() => page.getByText('6 nouvelles entrées seront importées.').count()).toBe(1);
    await expect.poll(() => page.getByText('du 30 sept. 2024 au 3 oct. 2024').count()).toBe(1);
    await expectNoAxeViolations(page, 'the import preview with its mapping step');
    await page.getByLabel('Acme', { exact: true }).selectOption({ label: 'Nouveau client' });
    await page.getByLabel('Studio Lumen', { exact: true }).selectOption({ label: 'Nouveau client' });
    await page.getByLabel('urgence', { exact: true }).selectOption({ label: 'Échéance urgente' });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('6 entrées importées, 0 écartée, 0 déjà présente.').waitFor();
    await page.getByText('2 nouveaux clients.').waitFor();
    // The file was parsed by the Web Worker, not by the fallback on the main thread.
    expect(workers.some((url) => url.includes('importWorker'))).toBe(true);
    expect(warnings.filter((w) => w.includes('import worker'))).toEqual([]);

    // "reunion" without its accent finds "Réunion de 2 h"; the client came along.
    const found = await searchJournal(page, 'reunion');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('Réunion de 2');
    expect(found[0]).toContain('Acme');
    expect(await searchJournal(page, 'derniere minute')).toHaveLength(1);

    // The same file again: everything is already there.
    await importDaylio(page);
    await page.getByText(`Rien de nouveau${NBSP}: toutes les entrées de ce fichier sont déjà dans votre journal.`).waitFor();
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('0 entrée importée, 0 écartée, 6 déjà présentes.').waitFor();

    // Settings → Back up now: in the browser, a download.
    await goTo(page, 'Réglages');
    await page.getByText(/Les sauvegardes automatiques quotidiennes sont faites par l’application de bureau/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sauvegarder maintenant' }).click()]);
    expect(download.suggestedFilename()).toBe('humeur-backup-2024-10-05.json');
    const backupPath = join(scratch, download.suggestedFilename());
    await download.saveAs(backupPath);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup.format).toBe('humeur-backup');
    expect(backup.entries).toHaveLength(6);

    // One more entry, written on Today after the backup.
    await goTo(page, 'Aujourd’hui');
    await page.getByLabel('Français').first().fill('Note écrite après la sauvegarde : zèbre.');
    await expect.poll(async () => (await searchJournal(page, 'zebre')).length, { timeout: 10_000 }).toBe(1);

    // Restore the backup with "replace": a safety backup downloads first, then the journal is the backup.
    await goTo(page, 'Importer');
    await page.getByLabel('Choisir un fichier').setInputFiles(backupPath);
    await page.getByRole('heading', { name: 'Sauvegarde Humeur du samedi 5 octobre 2024' }).waitFor();
    await page.getByRole('radio', { name: /^Remplacer/ }).check();
    await page.getByRole('button', { name: 'Remplacer mon journal…' }).click();
    const [safety] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sauvegarder puis remplacer' }).click()]);
    await page.getByText(/^Votre journal contient maintenant la sauvegarde/).waitFor();
    const safetyPath = join(scratch, 'safety.json');
    await safety.saveAs(safetyPath);
    expect(readFileSync(safetyPath, 'utf8')).toContain('zèbre');

    expect(await searchJournal(page, 'zebre')).toHaveLength(0);
    const back = await searchJournal(page, 'reunion');
    expect(back).toHaveLength(1);
    expect(back[0]).toContain('Acme');
    expect(await searchJournal(page, 'equipe')).toHaveLength(1);
  });

  it('refuses a broken file with a message naming the line, in the UI language', async () => {
    app = await openApp({ locale: 'en-US' });
    const { page } = app;
    await goTo(page, 'Import');
    await page.getByLabel('File format').selectOption({ label: 'Daylio (CSV)' });
    await page.getByLabel('Choose a file').setInputFiles(join(process.cwd(), 'tests/fixtures/import/broken/daylio_impossible_dates.csv'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Line 3: the date “2023-02-30” does not exist.');
    expect(await alert.textContent()).toContain('Your journal has not changed.');
  });
});
