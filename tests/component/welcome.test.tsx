import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { blankEntry, saveEntry } from '../../renderer/db/entries';
import { readSettings } from '../../renderer/db/settings';
import type { HumeurDb } from '../../renderer/db/schema';
import { useWelcomeGate, Welcome, WELCOME_STEPS } from '../../renderer/features/welcome';
import { useRoute } from '../../renderer/app/route';
import { dropTestDb, openTestDb, renderWithApp } from './testDb';

/** The route each render of the app found: the first is the screen the welcome handed over to. */
let routesSeen: string[] = [];
/** The screen each render of the app drew, from the route as App reads it. */
let screensDrawn: string[] = [];

/** What App does with the gate: the welcome on a first run, the app (on its route) otherwise. */
function Gate() {
  const route = useRoute();
  const firstRun = useWelcomeGate();
  if (firstRun === undefined) return <p>loading</p>;
  if (firstRun) return <Welcome />;
  routesSeen.push(window.location.hash);
  screensDrawn.push(route.screen);
  return <p>the app</p>;
}

let db: HumeurDb | undefined;
afterEach(async () => {
  if (db) await dropTestDb(db);
  db = undefined;
  window.location.hash = '';
  routesSeen = [];
  screensDrawn = [];
});

describe('the first-run welcome', () => {
  it('shows on an empty journal, goes step by step, and records that it was seen', async () => {
    db = await openTestDb('fr');
    const user = userEvent.setup();
    renderWithApp(<Gate />, db);
    expect(await screen.findByRole('heading', { name: 'Bienvenue dans Humeur' })).toBeTruthy();
    expect(screen.getByText(`Étape 1 sur ${WELCOME_STEPS.length}`)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await user.click(screen.getByRole('radio', { name: 'anglais' }));
    await waitFor(async () => expect((await readSettings(db!)).writingLanguages).toBe('en'));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await user.click(screen.getByRole('checkbox', { name: 'Me rappeler de noter ma journée' }));
    await waitFor(async () => expect((await readSettings(db!)).reminderTime).toBe('20:30'));
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(screen.getByRole('heading', { name: 'Dans quelles langues écrivez-vous\u00a0?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Passer' }));

    expect(await screen.findByText('the app')).toBeTruthy();
    expect((await readSettings(db)).welcomeDone).toBe(true);
    expect(window.location.hash).toBe('#/today');
    expect(routesSeen[0]).toBe('#/today');
    expect(screensDrawn[0]).toBe('today');
  });

  it('offers a passphrase, off unless chosen, and refuses a short one with its reason', async () => {
    db = await openTestDb('en');
    const user = userEvent.setup();
    renderWithApp(<Gate />, db);
    await screen.findByRole('heading', { name: 'Welcome to Humeur' });
    const step = WELCOME_STEPS.findIndex((s) => s.id === 'privacy');
    expect(step).toBeGreaterThan(0);
    for (let i = 0; i < step; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Keep your journal private?' })).toBeTruthy();
    expect(screen.getByText(/It is optional: without it, anyone who can open this computer account can read your journal\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Protect my journal…' }));
    const field = screen.getByLabelText('Passphrase', { exact: true });
    expect(document.activeElement).toBe(field);
    await user.type(field, 'court');
    await user.type(screen.getByLabelText('Passphrase again'), 'court{Enter}');
    expect((await screen.findByText('Too short: at least 8 characters.')).textContent).toBe('Too short: at least 8 characters.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    // Nothing was turned on: the next step is reached as before.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/Coming from Daylio, Day One, jrnl or Mini Diary\?/)).toBeTruthy();
  });

  it('goes to Import from its last step, and counts that as seen', async () => {
    db = await openTestDb('en');
    const user = userEvent.setup();
    renderWithApp(<Gate />, db);
    await screen.findByRole('heading', { name: 'Welcome to Humeur' });
    for (let i = 1; i < WELCOME_STEPS.length; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/Coming from Daylio, Day One, jrnl or Mini Diary\?/)).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Import' }));
    expect(await screen.findByText('the app')).toBeTruthy();
    // The app's first frame is already Import: it is not drawn on Today first, then moved.
    expect(routesSeen[0]).toBe('#/import');
    expect(screensDrawn).not.toContain('today');
    expect(window.location.hash).toBe('#/import');
    await waitFor(async () => expect((await readSettings(db!)).welcomeDone).toBe(true));
  });

  it('is never shown to a journal that already has entries (an update, a restore), and marks it seen', async () => {
    db = await openTestDb('fr');
    await saveEntry(db, { ...blankEntry('2025-03-14', '21:00', 'review', Date.now()), mood: 4 }, { today: '2025-03-14' });
    renderWithApp(<Gate />, db);
    expect(await screen.findByText('the app')).toBeTruthy();
    await waitFor(async () => expect((await readSettings(db!)).welcomeDone).toBe(true));
    expect(screen.queryByRole('heading', { name: 'Bienvenue dans Humeur' })).toBeNull();
  });
});
