/** After a crash or a hang the shell reloads the page with "?recovered=…"; the page says so in the user's language. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RecoveryNotice } from '../../renderer/app/RecoveryNotice';
import { takeRecoveryReason } from '../../renderer/app/recovery';
import { openTestDb, renderWithApp } from './testDb';

describe('takeRecoveryReason', () => {
  it('reads the reason and removes it from the address, keeping the route', () => {
    window.history.replaceState(null, '', '/index.html?recovered=crash#/today');
    expect(takeRecoveryReason()).toBe('crash');
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/index.html#/today');
    // A later reload says nothing.
    expect(takeRecoveryReason()).toBeNull();
  });

  it('knows a hang, keeps other query parameters, and ignores a reason it does not know', () => {
    window.history.replaceState(null, '', '/index.html?a=1&recovered=unresponsive#/today');
    expect(takeRecoveryReason()).toBe('unresponsive');
    expect(window.location.search).toBe('?a=1');
    window.history.replaceState(null, '', '/index.html?recovered=%3Cimg%3E#/today');
    expect(takeRecoveryReason()).toBeNull();
    expect(window.location.search).toBe('');
  });
});

describe('RecoveryNotice', () => {
  it('tells a French user the window was reopened after a crash, until dismissed', async () => {
    const db = await openTestDb('fr');
    renderWithApp(<RecoveryNotice reason="crash" />, db);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Humeur s’est arrêté de façon inattendue et a été rouvert sur Aujourd’hui. Ce que vous écriviez a été conservé.');
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells an English user the window was restarted after a hang', async () => {
    const db = await openTestDb('en');
    renderWithApp(<RecoveryNotice reason="unresponsive" />, db);
    expect((await screen.findByRole('alert')).textContent).toContain('Humeur stopped responding and has been restarted on Today.');
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  });

  it('shows nothing after an ordinary start', async () => {
    const db = await openTestDb('en');
    const { container } = renderWithApp(<RecoveryNotice reason={null} />, db);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.querySelector('.recovery-notice')).toBeNull();
  });
});
