import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';
import { expectNoAxeViolations } from './axe';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const FR_TEXT = 'Belle journée d’été avec l’équipe d’Atelier Lumen ; très créative !';
const EN_TEXT = 'Globex changed the scope again, late on a Friday.';

/** Checks the whole recorded day as Today shows it (French UI). */
async function expectDayIntact(page: Page) {
  await page.getByRole('radiogroup', { name: 'Humeur' }).or(page.getByRole('group', { name: 'Humeur' })).first().waitFor();
  expect(await page.getByRole('radio', { name: '4 – Bien' }).isChecked()).toBe(true);
  expect(await page.getByRole('radio', { name: '2 – Faible' }).isChecked()).toBe(true);
  const lumen = page.getByRole('region', { name: 'Atelier Lumen' });
  const globex = page.getByRole('region', { name: 'Globex' });
  expect(await lumen.getByRole('radio', { name: '+2 – Stimulé·e' }).isChecked()).toBe(true);
  expect(await globex.getByRole('radio', { name: '\u22121 – Un peu vidé·e' }).isChecked()).toBe(true);
  expect(await lumen.getByRole('button', { name: 'Respecté·e' }).getAttribute('aria-pressed')).toBe('true');
  expect(await globex.getByRole('button', { name: 'Dérive du périmètre' }).getAttribute('aria-pressed')).toBe('true');
  expect(await page.getByLabel('Heures avec Atelier Lumen').inputValue()).toBe('3,5');
  expect(await page.getByLabel('Français', { exact: true }).inputValue()).toBe(FR_TEXT);
  expect(await page.getByLabel('English', { exact: true }).inputValue()).toBe(EN_TEXT);
}

describe('a new user’s first evening, in French', () => {
  it('records a day, keeps it through a reload and a restart, finds it without accents, edits it, deletes it and undoes', async () => {
    app = await openApp({ locale: 'en-US' });
    let page = app.page;

    // Switch the UI to French in Settings.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Français' }).check();
    await page.getByRole('navigation').getByRole('link', { name: 'Aujourd’hui' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    // Today: two clients added inline, both picked, rated, with signals, hours and text in both languages.
    await page.getByRole('navigation').getByRole('link', { name: 'Aujourd’hui' }).click();
    await page.getByRole('radio', { name: '4 – Bien' }).check();
    await page.getByRole('radio', { name: '2 – Faible' }).check();
    for (const name of ['Atelier Lumen', 'Globex']) {
      await page.getByLabel('Nouveau client').fill(name);
      await page.getByRole('button', { name: 'Ajouter le client' }).click();
      await page.getByRole('region', { name }).waitFor();
    }
    const lumen = page.getByRole('region', { name: 'Atelier Lumen' });
    const globex = page.getByRole('region', { name: 'Globex' });
    await lumen.getByRole('radio', { name: '+2 – Stimulé·e' }).check();
    await lumen.getByLabel('Heures avec Atelier Lumen').fill('3,5');
    await lumen.getByRole('button', { name: 'Respecté·e' }).click();
    await globex.getByRole('radio', { name: '\u22121 – Un peu vidé·e' }).check();
    await globex.getByRole('button', { name: 'Dérive du périmètre' }).click();
    await page.getByLabel('Français', { exact: true }).fill(FR_TEXT);
    await page.getByLabel('English', { exact: true }).fill(EN_TEXT);
    await page.getByRole('button', { name: 'Terminé' }).click();
    await page.getByText(/^Entrée enregistrée à \d\d:\d\d\.$/).waitFor();
    await expectNoAxeViolations(page, 'Today in French with a recorded day');

    await page.reload();
    await expectDayIntact(page);

    page = await app.restart();
    await page.getByRole('navigation').getByRole('link', { name: 'Aujourd’hui' }).waitFor();
    await expectDayIntact(page);

    // Journal: "ete" finds "été".
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.getByLabel('Rechercher dans le journal').fill('ete');
    await page.getByText('1 entrée', { exact: true }).waitFor();
    const result = page.getByRole('article').first();
    expect(await result.innerText()).toContain('Atelier Lumen');
    await expectNoAxeViolations(page, 'Journal search in French');

    // Open it and edit it.
    await result.getByRole('link').first().click();
    await page.getByRole('link', { name: 'Modifier' }).click();
    const english = page.getByLabel('English', { exact: true });
    await english.fill(`${EN_TEXT} We agreed on a change request.`);
    await page.getByRole('button', { name: 'Terminé' }).click();
    await page.getByText(/^Enregistré à \d\d:\d\d, retour au journal\.$/).waitFor();
    await page.getByLabel('Rechercher dans le journal').fill('change request');
    await page.getByText('1 entrée', { exact: true }).waitFor();

    // Delete it, then undo from the message.
    await page.getByRole('article').first().getByRole('link').first().click();
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Entrée supprimée').waitFor();
    await page.getByLabel('Rechercher dans le journal').fill('ete');
    await page.getByText('0 entrée', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('link', { name: 'Modifier' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.getByLabel('Rechercher dans le journal').fill('ete');
    await page.getByText('1 entrée', { exact: true }).waitFor();

    // And it is really back in the database: a restart still shows it on its day.
    page = await app.restart();
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.getByLabel('Rechercher dans le journal').fill('CREATIVE lumen');
    await page.getByText('1 entrée', { exact: true }).waitFor();
  });
});
