/**
 * The Export screen in the built app (web mode): a seeded journal of a few months, Markdown and CSV
 * caught as downloads and read back, and the PDF report printed by Chromium itself from the very
 * HTML the page hands to the print dialog, then turned into page images with pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { selectEntries } from '../../shared/export';
import { expectNoAxeViolations } from './axe';
import { openApp, type AppSession, screenshotWholePage } from './harness';
import { sampleJournal, seedJournal } from './seed';

const OUT = 'test-results/export';
const NOW = '2025-03-14T20:30:00';
const TODAY = '2025-03-14';
const journal = sampleJournal(TODAY, 75);

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Opens the app on a seeded journal, at the Export screen. */
async function openExport(options: { locale: string; colorScheme?: 'light' | 'dark' }): Promise<Page> {
  app = await openApp({ locale: options.locale, colorScheme: options.colorScheme, now: NOW });
  const { page } = app;
  // The report goes to the print dialog in a frame built from `srcdoc`; keep a copy of each.
  await page.addInitScript(() => {
    const w = window as unknown as { printedReports: string[] };
    w.printedReports = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof HTMLIFrameElement && node.srcdoc) w.printedReports.push(node.srcdoc);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await seedJournal(page, journal);
  await page.goto(`${app.baseUrl}#/export`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const countIn = (from: string, to: string, clientIds?: string[]) => {
  const selected = selectEntries(journal.entries, { from, to, clientIds, languages: 'both' });
  return { entries: selected.length, days: new Set(selected.map((e) => e.day)).size };
};

describe('Export in the browser', () => {
  it('counts the selection, then downloads Markdown and CSV that hold what the preview counted', async () => {
    mkdirSync(OUT, { recursive: true });
    const page = await openExport({ locale: 'fr-FR' });
    const march = countIn('2025-03-01', '2025-03-31');
    const status = page.locator('.export-preview [role=status]');
    await expect.poll(() => status.textContent()).toBe(`${march.entries} entrées sur ${march.days} jours`);
    await expectNoAxeViolations(page, 'Export (fr)');

    const md = await download(page, 'Exporter en Markdown (.md)');
    expect(md.name).toBe('humeur-2025-03.md');
    expect(md.text.startsWith('---\ntitle: ')).toBe(true);
    expect(md.text).toContain('period_start: 2025-03-01');
    expect(md.text).toContain('## Vendredi 14 mars 2025');
    expect(md.text.match(/^### \d\d:\d\d — /gm)).toHaveLength(march.entries);
    await expect.poll(() => page.locator('.export-outcome').textContent()).toBe('Téléchargé\u202f: humeur-2025-03.md');
    // Focus stays on the button the user pressed, for the next export.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Exporter en Markdown (.md)');
    await screenshotWholePage(page, join(OUT, 'export-fr-light.png'));

    await page.getByRole('radio', { name: 'Les 3 derniers mois' }).check();
    const quarter = countIn('2025-01-01', '2025-03-31');
    await expect.poll(() => status.textContent()).toBe(`${quarter.entries} entrées sur ${quarter.days} jours`);
    const csv = await download(page, 'Exporter en CSV (.csv)');
    expect(csv.name).toBe('humeur-2025-01-01_2025-03-31.csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    // A French UI writes for a French Excel: semicolons between cells.
    const lines = csv.text.slice(1).split('\r\n').filter((l) => /^\d{4}-\d\d-\d\d;/.test(l));
    const links = selectEntries(journal.entries, { from: '2025-01-01', to: '2025-03-31', languages: 'both' }).reduce((n, e) => n + Math.max(1, e.clients.length), 0);
    expect(lines).toHaveLength(links);
    expect(csv.text.slice(1, 40)).toMatch(/^date;heure;/);
  });

  it('prints a French report for one client that Chromium lays out on several A4 pages', async () => {
    mkdirSync(OUT, { recursive: true });
    const page = await openExport({ locale: 'fr-FR' });
    await page.getByRole('radio', { name: 'Les 3 derniers mois' }).check();
    await page.getByRole('radio', { name: 'Certains clients seulement' }).check();
    await page.getByRole('checkbox', { name: 'Acme Studio' }).check();
    const acme = countIn('2025-01-01', '2025-03-31', ['c-acme']);
    await expect.poll(() => page.locator('.export-preview [role=status]').textContent()).toBe(`${acme.entries} entrées sur ${acme.days} jours`);
    await page.getByRole('button', { name: 'Exporter le rapport PDF' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printedReports: string[] }).printedReports.length), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.locator('.export-outcome').textContent()).toContain('Enregistrer au format PDF');
    const html = await page.evaluate(() => (window as unknown as { printedReports: string[] }).printedReports[0]);
    writeFileSync(join(OUT, 'report.html'), html);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('size: A4');
    expect(html).toContain('Acme Studio');
    expect(html).toContain('class="recharts-surface"');
    expect(html).not.toMatch(/<script|<link|src="http/i);

    const printer = await app!.context.newPage();
    await printer.setContent(html, { waitUntil: 'load' });
    const pdf = await printer.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pdfPath = join(OUT, 'report.pdf');
    writeFileSync(pdfPath, pdf);
    const pages = join(OUT, 'report-page');
    for (const old of readdirSync(OUT).filter((f) => f.startsWith('report-page'))) rmSync(join(OUT, old));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, pages]);
    const images = readdirSync(OUT).filter((f) => f.startsWith('report-page') && f.endsWith('.png'));
    expect(images.length).toBeGreaterThanOrEqual(3);

    // The title page as documentation, sharp enough to read and small enough to keep; copied into
    // docs/ only on request (UPDATE_SCREENSHOTS=1), since fonts differ from one machine to another.
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(OUT, 'title')]);
    expect(statSync(join(OUT, 'title.png')).size).toBeLessThan(400 * 1024);
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(join(OUT, 'title.png'), 'docs/screenshots/report-fr-page1.png');
  });

  it('reads in English on the dark theme, and the backup holds every entry whatever the filters', async () => {
    mkdirSync(OUT, { recursive: true });
    const page = await openExport({ locale: 'en-US', colorScheme: 'dark' });
    await page.getByRole('radio', { name: 'Only some clients' }).check();
    await page.getByRole('checkbox', { name: 'Northwind' }).check();
    const north = countIn('2025-03-01', '2025-03-31', ['c-north']);
    await expect.poll(() => page.locator('.export-preview [role=status]').textContent()).toBe(
      `${north.entries} ${north.entries === 1 ? 'entry' : 'entries'} over ${north.days} ${north.days === 1 ? 'day' : 'days'}`,
    );
    await expectNoAxeViolations(page, 'Export (en, dark)');
    await screenshotWholePage(page, join(OUT, 'export-en-dark.png'));

    const backup = await download(page, 'Complete backup (JSON)');
    expect(backup.name).toBe('humeur-backup-2025-03-14.json');
    const parsed = JSON.parse(backup.text) as { format: string; entries: { id: string }[] };
    expect(parsed.format).toBe('humeur-backup');
    expect(parsed.entries.map((e) => e.id).sort()).toEqual(journal.entries.map((e) => e.id).sort());
  });
});
