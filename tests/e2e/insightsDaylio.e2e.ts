/**
 * A new user's first look at Insights after importing a year of Daylio, in French: mood only (no
 * energy scale, no felt rating), ~260 rated days, Groupe Vautrin planted as a drainer on ~63 days
 * in multi-week missions, activities mapped to clients in the mapping step. Without touching a
 * control, Insights ranks by mood with the drainer first, says the felt rating is not rated (Daylio
 * has none) and makes no next-day claim (none was planted). Energy then says why it is empty and
 * where to look; a felt rating given on Today shows up from its first day.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { daylioYear } from '../fixtures/import/daylioYear';
import { openApp, type AppSession } from './harness';

const NOW = '2025-10-06T20:00:00';
const MOOD_TABLE = 'Quels clients pèsent sur votre humeur ou l’améliorent';

let app: AppSession | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

const goTo = (page: Page, section: string) => page.getByRole('navigation').getByRole('link', { name: section, exact: true }).click();

/** The ranking table as rows of cell texts, header first. */
async function table(page: Page, name: string): Promise<string[][]> {
  const t = page.getByRole('table', { name });
  await t.waitFor();
  // A client's reading is a full-width row under its figures: read back as the row's last cell.
  return t.locator('tr').evaluateAll((rows) =>
    rows.reduce<string[][]>((out, row) => {
      const cells = [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim());
      if (row.hasAttribute('data-reading-for') && out.length > 0) out[out.length - 1].push(...cells);
      else out.push(cells);
      return out;
    }, []),
  );
}

describe('Insights after a Daylio year', () => {
  it('opens on mood with the planted drainer first, felt ratings where present, and no next-day claim', { timeout: 150_000 }, async () => {
    const year = daylioYear();
    scratch = mkdtempSync(join(tmpdir(), 'humeur-daylio-year-'));
    const file = join(scratch, 'daylio_export_2025_10_05.csv');
    writeFileSync(file, year.csv);
    app = await openApp({ locale: 'fr-FR', now: NOW });
    const { page } = app;

    await goTo(page, 'Importer');
    await page.getByLabel('Choisir un fichier').setInputFiles(file);
    await page.getByRole('heading', { name: 'Aperçu de daylio_export_2025_10_05.csv' }).waitFor();
    for (const name of ['Groupe Vautrin', 'Atelier Lumen', 'Studio Brise']) await page.getByLabel(name, { exact: true }).selectOption({ label: 'Nouveau client' });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText(`${year.ratedDays} entrées importées`, { exact: false }).waitFor({ timeout: 20_000 });

    // The first view, no control touched.
    await goTo(page, 'Analyses');
    const rows = await table(page, MOOD_TABLE);
    expect(await page.getByRole('radio', { name: 'Humeur' }).isChecked()).toBe(true);
    expect(rows[0]).toEqual(['Client', 'Verdict', 'Votre ressenti', 'Écart (points)', 'Fourchette plausible', 'Jours avec', 'Jours sans']);
    expect(rows[1].slice(0, 2)).toEqual(['Groupe Vautrin', 'épuise']);
    expect(rows[1][5]).toBe(String(year.vautrinDays));
    expect(rows[1][7]).toMatch(/^Les jours avec Groupe Vautrin, votre humeur est en moyenne \d,\d points? plus basse \(fourchette plausible\u00a0: −\d,\d à −\d,\d\u202f; \d+ jours avec, \d+ sans\)\./);
    // Daylio has no felt rating: the column says so rather than inventing one.
    expect(rows.slice(1).map((r) => r[2])).toEqual(rows.slice(1).map(() => 'non noté'));
    const text = await page.locator('.insights').innerText();
    expect(text).not.toContain('Le lendemain d’une journée avec');
    expect(text).not.toMatch(/IC\s95/);
    // Each verdict says how it is known.
    await page.getByText('Comment le sait-on\u202f?').first().click();
    await page.getByText('Comparés\u00a0: ' + year.vautrinDays + ' jours avec Groupe Vautrin', { exact: false }).first().waitFor();

    // Energy: the real reason and the way forward, not "record 5 more days".
    await page.getByRole('radio', { name: 'Énergie' }).check();
    await page.getByText(`${year.vautrinDays} jours avec Groupe Vautrin, aucun noté en énergie — voir l’humeur.`).waitFor();
    await page.getByRole('radio', { name: 'Humeur' }).check();
    await table(page, MOOD_TABLE);

    // A felt rating given today shows from its first day, with its "few days" note.
    await goTo(page, 'Aujourd’hui');
    await page.getByRole('button', { name: 'Groupe Vautrin', exact: true }).click();
    const region = page.getByRole('region', { name: 'Groupe Vautrin' });
    await region.getByRole('radio', { name: '−2 – Vidé·e' }).check();
    await page.waitForTimeout(1200);
    await goTo(page, 'Analyses');
    await expect
      .poll(async () => (await table(page, MOOD_TABLE)).find((r) => r[0] === 'Groupe Vautrin')?.[2])
      .toBe('−2,0 · 1 jour · peu de jours');
  });
});
