/**
 * Pictures to look at, not assertions of taste: Insights, a client page and the PDF report's
 * insights page, in French on the light theme and English on the dark one, for a journal of 11 days
 * and one of a year (felt ratings included), at 1280 px and Insights again at 1024 px. Each screen
 * must lay out without horizontal overflow. Runs only with HUMEUR_SHOTS_DIR=<folder> (CI stays lean).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { generateJournal, type GenerateJournalOptions } from '../../shared/sample';
import { openApp, type AppSession, screenshotWholePage } from './harness';
import { seedJournal } from './seed';

const OUT = process.env.HUMEUR_SHOTS_DIR;
const NOW = '2025-03-14T20:30:00';

const CLIENTS: GenerateJournalOptions['clients'] = [
  { id: 'c-acme', name: 'Acme Corp', energy: -1.5, mood: -0.9, presence: 0.3, hourlyRate: 80 },
  { id: 'c-lumiere', name: 'Atelier Lumière', energy: 0.9, mood: 0.6, presence: 0.3 },
  { id: 'c-nord', name: 'Studio Nord', energy: 0, presence: 0.25 },
];
const JOURNALS: Record<string, GenerateJournalOptions> = {
  '11d': { seed: 3, start: '2025-03-04', days: 11, clients: CLIENTS },
  year: { seed: 9, start: '2024-03-15', days: 365, clients: CLIENTS },
};

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function noOverflow(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what}: horizontal overflow`).toBeLessThanOrEqual(0);
}

/** Captures the report HTML the page hands to the print dialog, prints it with Chromium and keeps its second page (the insights). */
async function reportPage(page: Page, name: string, button: string) {
  await page.getByRole('button', { name: button }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printedReports: string[] }).printedReports.length), { timeout: 30_000 }).toBe(1);
  const html = await page.evaluate(() => (window as unknown as { printedReports: string[] }).printedReports[0]);
  const printer = await app!.context.newPage();
  await printer.setContent(html, { waitUntil: 'load' });
  const pdf = join(OUT!, `${name}.pdf`);
  writeFileSync(pdf, await printer.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await printer.close();
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '2', '-l', '2', '-singlefile', pdf, join(OUT!, name)]);
}

describe.skipIf(!OUT)('Insights pictures', () => {
  for (const [size, options] of Object.entries(JOURNALS)) {
    for (const [locale, colorScheme, lang] of [
      ['fr-FR', 'light', 'fr'],
      ['en-US', 'dark', 'en'],
    ] as const) {
      it(`${size}, ${lang} ${colorScheme}`, { timeout: 180_000 }, async () => {
        mkdirSync(OUT!, { recursive: true });
        app = await openApp({ locale, colorScheme, now: NOW, viewport: { width: 1280, height: 900 } });
        const { page } = app;
        await page.addInitScript(() => {
          const w = window as unknown as { printedReports: string[] };
          w.printedReports = [];
          new MutationObserver((records) => {
            for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLIFrameElement && node.srcdoc) w.printedReports.push(node.srcdoc);
          }).observe(document, { childList: true, subtree: true });
        });
        await seedJournal(page, generateJournal(options));
        const base = `truth-${size}-${lang}-${colorScheme}`;

        await page.goto(`${app.baseUrl}#/insights`);
        await page.locator('.insights-sections').waitFor();
        await page.locator('.recharts-surface').first().waitFor();
        await page.waitForTimeout(600);
        await noOverflow(page, `${base} insights`);
        await screenshotWholePage(page, join(OUT!, `${base}-insights.png`));
        await page.setViewportSize({ width: 1024, height: 800 });
        await page.waitForTimeout(400);
        await noOverflow(page, `${base} insights 1024`);
        await page.screenshot({ path: join(OUT!, `${base}-insights-1024.png`) });
        await page.setViewportSize({ width: 1280, height: 900 });

        await page.goto(`${app.baseUrl}#/clients/c-acme`);
        await page.locator('.client-effect-summary h2').waitFor();
        await page.waitForTimeout(300);
        await noOverflow(page, `${base} client`);
        await screenshotWholePage(page, join(OUT!, `${base}-client.png`));

        await page.goto(`${app.baseUrl}#/export`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await reportPage(page, `${base}-report`, lang === 'fr' ? 'Exporter le rapport PDF' : 'Export PDF report');
      });
    }
  }
});
