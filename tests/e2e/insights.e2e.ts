import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { generateJournal, type GenerateJournalOptions } from '../../shared/sample';
import { expectNoAxeViolations } from './axe';
import { openApp, type AppSession, screenshotWholePage } from './harness';
import { seedJournal } from './seed';

const NOW = '2025-03-14T20:30:00';

/** Three months ending on NOW's day: a clear drainer, a lifter, a neutral client, one seen on 3 days, one ended. */
const THREE_MONTHS: GenerateJournalOptions = {
  seed: 5,
  start: '2024-12-10',
  days: 95,
  clients: [
    { id: 'c-acme', name: 'Acme Corp', energy: -1.6, mood: -1, presence: 0.35, hourlyRate: 80 },
    { id: 'c-lumiere', name: 'Atelier Lumière', energy: 1, mood: 0.6, presence: 0.3, hourlyRate: 65 },
    { id: 'c-nord', name: 'Studio Nord', energy: 0, presence: 0.3 },
    { id: 'c-garance', name: 'Éditions Garance', onlyDays: 3 },
    { id: 'c-eole', name: 'Atelier Éole', energy: -0.5, presence: 0.15, status: 'ended' },
  ],
};

/** Fourteen months for the pictures: the same clients, and one whose effect slides from neutral to draining. */
const FOURTEEN_MONTHS: GenerateJournalOptions = {
  ...THREE_MONTHS,
  seed: 9,
  start: '2024-01-10',
  days: 430,
  clients: [
    ...(THREE_MONTHS.clients as object[]),
    { id: 'c-moreau', name: 'Cabinet Moreau', presence: 0.25, drift: { from: 0.4, to: -2 }, hourlyRate: 95 },
  ] as GenerateJournalOptions['clients'],
};

/** The ranking table as rows of cell texts, header row first. */
async function rankingTable(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole('table', { name });
  await table.waitFor();
  // A client's reading is a full-width row under its figures: read back as the row's last cell.
  return table.locator('tr').evaluateAll((rows) =>
    rows.reduce<string[][]>((out, row) => {
      const cells = [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim());
      if (row.hasAttribute('data-reading-for') && out.length > 0) out[out.length - 1].push(...cells);
      else out.push(cells);
      return out;
    }, []),
  );
}

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Insights in Chromium', () => {
  it('ranks the planted drainer first with its verdict and reading, in French then in English, with no axe violations', async () => {
    app = await openApp({ locale: 'fr-FR', now: NOW });
    const { page } = app;
    await seedJournal(page, generateJournal(THREE_MONTHS));
    await page.getByRole('link', { name: 'Analyses' }).click();

    const fr = await rankingTable(page, 'Quels clients épuisent ou ressourcent votre énergie');
    expect(fr[0]).toEqual(['Client', 'Verdict', 'Votre ressenti', 'Écart (points)', 'Fourchette plausible', 'Jours avec', 'Jours sans']);
    expect(fr[1][0]).toBe('Acme Corp');
    expect(fr[1][1]).toBe('épuise');
    expect(fr[1][7]).toMatch(/^Les jours avec Acme Corp, votre énergie est en moyenne \d,\d points? plus basse \(fourchette plausible\u00a0: −\d,\d à −\d,\d\u202f; \d+ jours avec, \d+ sans\)\./);
    expect(fr.map((r) => r[0])).toContain('Atelier Lumière');
    expect(fr.find((r) => r[0] === 'Atelier Lumière')![1]).toBe('ressource');
    // Ended clients are left out of the active view; the rare client waits for more days.
    expect(fr.map((r) => r[0])).not.toContain('Atelier Éole');
    await expect.poll(() => page.getByText('Notez encore 2 jours avec Éditions Garance pour voir son effet (3 sur les 5 nécessaires).').count()).toBe(1);
    await page.getByRole('heading', { name: 'L’année en pixels' }).waitFor();
    await expectNoAxeViolations(page, 'Insights (fr)');

    await page.getByRole('link', { name: 'Réglages' }).click();
    // The setting is saved, then read back: click and wait for the page to switch language.
    await page.getByRole('radio', { name: 'English', exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Insights' }).click();
    const en = await rankingTable(page, 'Which clients drain or lift your energy');
    expect(en[1].slice(0, 2)).toEqual(['Acme Corp', 'drains']);
    expect(en[1][7]).toMatch(/^On days with Acme Corp, your energy is \d\.\d points? lower on average \(plausible range: −\d\.\d to −\d\.\d; \d+ days with, \d+ without\)\./);

    // Every figure follows the controls: all clients brings the ended one back; mood re-ranks.
    await page.getByRole('radio', { name: 'All clients' }).check();
    await expect.poll(async () => (await rankingTable(page, 'Which clients drain or lift your energy')).some((r) => r[0] === 'Atelier Éole')).toBe(true);
    await page.getByRole('radio', { name: 'Mood' }).check();
    const mood = await rankingTable(page, 'Which clients drain or lift your mood');
    expect(mood[1][0]).toBe('Acme Corp');

    // A chart's data table opens with its toggle.
    const toggle = page.getByRole('button', { name: 'Show data table' }).first();
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Hide data table' }).first().getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page, 'Insights (en, mood, table open)');
  });

  it('redraws the ranking first on the first metric switch, the charts following a moment later', async () => {
    app = await openApp({ locale: 'en-US', now: NOW });
    const { page } = app;
    await seedJournal(page, generateJournal(THREE_MONTHS));
    await page.goto(`${app.baseUrl}#/insights`);
    await page.locator('.insights-later .insight-chart svg').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.insights .insight-pending'));
    // Each batch of DOM changes, as the person could see it: which choice the ranking and the charts show.
    await page.evaluate(() => {
      const seen: string[][] = [];
      (window as unknown as { seen: string[][] }).seen = seen;
      const pair = () => [document.querySelector<HTMLElement>('.insights-now')?.dataset.choice ?? '', document.querySelector<HTMLElement>('.insights-later')?.dataset.choice ?? ''];
      new MutationObserver(() => seen.push(pair())).observe(document.querySelector('.insights')!, { subtree: true, childList: true, attributes: true });
    });
    // No score has been picked yet: Insights opened on energy, and the click also remembers mood.
    await page.getByRole('radio', { name: 'Mood' }).check();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.insights-later')?.dataset.choice?.startsWith('mood|'));
    const seen = await page.evaluate(() => (window as unknown as { seen: string[][] }).seen.map(([now, later]) => [now.split('|')[0], later.split('|')[0]]));
    // When the ranking first shows mood, the charts still show energy; then they follow.
    expect(seen.find(([now]) => now === 'mood')).toEqual(['mood', 'energy']);
    expect(seen.at(-1)).toEqual(['mood', 'mood']);
  });

  it('prints in light ink on white even from the dark theme', async () => {
    app = await openApp({ locale: 'en-US', colorScheme: 'dark', now: NOW });
    const { page } = app;
    await seedJournal(page, generateJournal(THREE_MONTHS));
    await page.goto(`${app.baseUrl}#/insights`);
    const tick = page.locator('.ranking svg text', { hasText: 'Acme Corp' }).first();
    await tick.waitFor();
    expect(await tick.getAttribute('fill')).toBe('#ecebe8');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => tick.getAttribute('fill')).toBe('#1f1d1a');
    const look = await page.evaluate(() => ({
      body: getComputedStyle(document.body).backgroundColor,
      card: getComputedStyle(document.querySelector('.insights .card')!).backgroundColor,
      controls: getComputedStyle(document.querySelector('.insights-controls')!).display,
    }));
    expect(look).toEqual({ body: 'rgb(255, 255, 255)', card: 'rgb(255, 255, 255)', controls: 'none' });
  });

  it('shows the empty state on a new journal, with a way to Today', async () => {
    app = await openApp({ locale: 'en-US', now: NOW });
    const { page } = app;
    await page.getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { name: 'Nothing to chart yet' }).waitFor();
    expect(await page.getByText(/each client’s effect once it has 5 days with it and 5 without/).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Write today’s review' }).click();
    expect(page.url()).toContain('#/today');
  });

  it('lays out without overflow and passes axe in French light and English dark on fourteen months (full-page pictures)', async () => {
    const out = process.env.HUMEUR_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'humeur-insights-'));
    mkdirSync(out, { recursive: true });
    for (const [locale, colorScheme, file] of [
      ['fr-FR', 'light', 'insights-fr-light.png'],
      ['en-US', 'dark', 'insights-en-dark.png'],
    ] as const) {
      app = await openApp({ locale, colorScheme, now: NOW, viewport: { width: 1280, height: 900 } });
      const { page } = app;
      await seedJournal(page, generateJournal(FOURTEEN_MONTHS));
      await page.goto(`${app.baseUrl}#/insights`);
      await page.locator('.insights-sections').waitFor();
      await page.locator('.recharts-bar-rectangle').first().waitFor();
      // Follow the client whose effect slides from neutral to draining: the trend must say so.
      const fr = locale === 'fr-FR';
      await page.getByRole('combobox', { name: fr ? 'Marquer les jours avec' : 'Mark the days with' }).selectOption({ label: 'Cabinet Moreau' });
      await page.getByText(fr ? /la relation se dégrade\.$/ : /the relationship is getting worse\.$/).waitFor();
      await page.getByRole('combobox', { name: fr ? 'Année' : 'Year' }).selectOption('2024');
      await page.getByText(fr ? /jours notés en 2024\.$/ : /days recorded in 2024\.$/).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${locale} horizontal overflow`).toBeLessThanOrEqual(0);
      const path = join(out, file);
      await screenshotWholePage(page, path);
      expect(statSync(path).size).toBeGreaterThan(20_000);
      await expectNoAxeViolations(page, `Insights (${locale}, ${colorScheme}, fourteen months)`);
      await app.close();
      app = undefined;
    }
  });
});
