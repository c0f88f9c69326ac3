import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the built app in Chromium', () => {
  it('opens on Today in the system language and moves between sections with links and Alt+digit', async () => {
    app = await openApp({ locale: 'fr-FR' });
    const { page } = app;
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect.poll(() => page.title()).toBe('Humeur');
    await page.getByRole('link', { name: 'Journal' }).click();
    expect(page.url()).toContain('#/journal');
    await page.keyboard.press('Alt+7');
    expect(page.url()).toContain('#/settings');
  });
});
