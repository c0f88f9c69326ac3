import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { matchesQuery, searchWords } from '../../shared/domain/search';
import { openApp, type AppSession } from './harness';
import { expectNoAxeViolations } from './axe';
import { sampleJournal, seedJournal } from './seed';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TODAY = '2025-03-14';
const journal = sampleJournal(TODAY, 120);

/** Reads one stored entry back from the app's IndexedDB, or null. */
function storedEntry(page: Page, id: string) {
  return page.evaluate(
    (entryId) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('humeur');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('entries').objectStore('entries').get(entryId);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

/** Presses Tab until the focused element satisfies `test` (at most `max` times). */
async function tabTo(page: Page, test: string, max = 15): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, test)) return;
  }
  throw new Error(`Tab never reached ${test}`);
}

describe('the Journal in Chromium', () => {
  it('searches with the keyboard ignoring accents, opens an entry, deletes it and undoes the delete', async () => {
    app = await openApp({ locale: 'fr-FR', now: `${TODAY}T20:30:00` });
    const { page } = app;
    await seedJournal(page, journal);

    await page.keyboard.press('Alt+2');
    // Today's own heading carries the same date: wait for the Journal's timeline, not for the words.
    await page.locator('.journal-timeline[aria-busy="false"]').getByRole('heading', { name: 'vendredi 14 mars 2025' }).waitFor();
    await expect.poll(() => page.locator('.journal-timeline').getByRole('article').count()).toBeGreaterThan(50);

    await tabTo(page, 'input[type="search"]');
    await page.keyboard.type('ete');
    const expected = journal.entries.filter((e) => matchesQuery(searchWords(e.text.fr, e.text.en), 'ete'));
    expect(expected.length).toBeGreaterThan(1);
    const status = page.locator('.journal-toolbar [role="status"]');
    await expect.poll(() => status.textContent()).toBe(`${expected.length}\u00a0entrées`.replace('\u00a0', ' '));
    await expect.poll(() => page.getByRole('article').count()).toBe(expected.length);
    expect(await page.locator('article mark').first().textContent()).toBe('été');

    await expectNoAxeViolations(page, 'journal search results (fr, light)');

    await tabTo(page, 'article h3 a');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const id = decodeURIComponent(href!.replace('#/journal/', ''));
    const before = await storedEntry(page, id);
    expect(before).toMatchObject({ id, words: expect.arrayContaining(['ete']) });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`#/journal/${encodeURIComponent(id)}`);
    const heading = page.locator('#journal-detail-title');
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('journal-detail-title');
    await expectNoAxeViolations(page, 'journal entry page (fr, light)');

    await tabTo(page, 'button.button-danger');
    await page.keyboard.press('Enter');
    await page.getByText('Entrée supprimée').waitFor();
    expect(await storedEntry(page, id)).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuler');
    await expect.poll(() => page.getByRole('article').count()).toBe(expected.length - 1);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`#/journal/${encodeURIComponent(id)}`);
    await heading.waitFor();
    expect(await storedEntry(page, id)).toEqual(before);
  });

  it('shows the month calendar by mood, reachable and usable with the keyboard, in English and dark', async () => {
    app = await openApp({ locale: 'en-US', colorScheme: 'dark', now: `${TODAY}T20:30:00` });
    const { page } = app;
    await seedJournal(page, journal);
    await page.goto(`${app.baseUrl}#/journal`);
    await page.getByRole('heading', { name: 'Friday, March 14, 2025' }).waitFor();

    await tabTo(page, '[role="tab"]');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('grid', { name: 'March 2025' }).waitFor();
    const review = journal.entries.find((e) => e.day === TODAY && e.kind === 'review')!;
    const count = journal.entries.filter((e) => e.day === TODAY).length;
    await page.getByRole('button', { name: `March 14: mood ${review.mood}, energy ${review.energy}, ${count} entries` }).waitFor();
    await expectNoAxeViolations(page, 'journal calendar (en, dark)');

    await tabTo(page, '[role="grid"] button');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-day'))).toBe(TODAY);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByText('Entries of Friday, March 7, 2025').waitFor();
    const onDay = journal.entries.filter((e) => e.day === '2025-03-07').length;
    await expect.poll(() => page.getByRole('article').count()).toBe(onDay);
    await expectNoAxeViolations(page, 'journal day filter (en, dark)');
  });

  it('passes the accessibility checks in French and light on the calendar and in English and dark on search results', async () => {
    app = await openApp({ locale: 'fr-FR', now: `${TODAY}T20:30:00` });
    await seedJournal(app.page, journal);
    await app.page.goto(`${app.baseUrl}#/journal`);
    await app.page.getByRole('tab', { name: 'Calendrier' }).click();
    await app.page.getByRole('grid', { name: 'mars 2025' }).waitFor();
    await expectNoAxeViolations(app.page, 'journal calendar (fr, light)');
    await app.close();

    app = await openApp({ locale: 'en-US', colorScheme: 'dark', now: `${TODAY}T20:30:00` });
    await seedJournal(app.page, journal);
    await app.page.goto(`${app.baseUrl}#/journal`);
    await app.page.getByRole('searchbox', { name: 'Search the journal' }).fill('trusted');
    await app.page.locator('article mark').first().waitFor();
    await expectNoAxeViolations(app.page, 'journal search results (en, dark)');
  });
});
