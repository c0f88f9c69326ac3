/** Signals managed in Settings (rename, hide, merge, delete with undo) and their compact chips on Today. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../shared/domain/types';
import { addDays, todayKey } from '../../shared/domain/dates';
import type { HumeurDb } from '../../renderer/db/schema';
import { createClient } from '../../renderer/db/clients';
import { saveEntry } from '../../renderer/db/entries';
import { deleteSignal, mergeSignals, renameSignal, undoSignalChange } from '../../renderer/db/signalAdmin';
import { SignalsSection } from '../../renderer/features/signals';
import { TodayScreen } from '../../renderer/features/today/TodayScreen';
import { dropTestDb, openTestDb, renderWithApp } from './testDb';

vi.setConfig({ testTimeout: 30_000 });

let db: HumeurDb | undefined;
afterEach(async () => {
  if (db) await dropTestDb(db);
  db = undefined;
});

// Within the year before today, which Today reads to rank the signals.
const D1 = addDays(todayKey(), -3);
const D2 = addDays(todayKey(), -2);
const D3 = addDays(todayKey(), -1);

async function journalWithSport(lang: 'fr' | 'en' = 'fr') {
  db = await openTestDb(lang);
  await db.signals.add({ id: 'imported-sport', label: { fr: 'sport', en: '' }, builtin: false, createdAt: 1 });
  await db.signals.add({ id: 'own-sport', label: { fr: 'Sport', en: 'Exercise' }, builtin: false, createdAt: 2 });
  const acme = await createClient(db, { name: 'Acme' });
  if (!acme.ok) throw new Error(acme.error);
  const entry = (day: string, signals: string[], clientSignals: string[]): Entry => ({
    id: `e-${day}`, day, time: '21:00', kind: 'review', mood: 3, energy: 3, text: { fr: '', en: '' },
    clients: [{ clientId: acme.value.id, felt: null, signals: clientSignals }], signals, createdAt: 1, updatedAt: 1,
  });
  await saveEntry(db, entry(D1, ['imported-sport'], ['scope-creep']));
  await saveEntry(db, entry(D2, ['imported-sport', 'own-sport'], ['imported-sport', 'late-payment']));
  await saveEntry(db, entry(D3, [], ['respected']));
  return { db, acme: acme.value };
}

describe('signal management', () => {
  it('merges one signal into another in entries and day records, and undo puts every entry back', async () => {
    const { db } = await journalWithSport();
    const before = await db.entries.toArray();
    const merged = await mergeSignals(db, 'imported-sport', 'own-sport');
    expect(merged.ok).toBe(true);
    const e2 = await db.entries.get(`e-${D2}`);
    expect(e2?.signals).toEqual(['own-sport']);
    expect(e2?.clients[0].signals).toEqual(['own-sport', 'late-payment']);
    expect((await db.days.get(D1))?.signals).toContain('own-sport');
    expect((await db.days.toArray()).flatMap((d) => d.signals)).not.toContain('imported-sport');
    expect(await db.signals.get('imported-sport')).toBeUndefined();

    if (merged.ok) await undoSignalChange(db, merged.value);
    expect(await db.signals.get('imported-sport')).toMatchObject({ label: { fr: 'sport', en: '' } });
    expect((await db.entries.toArray()).map((e) => [e.signals, e.clients[0].signals])).toEqual(before.map((e) => [e.signals, e.clients[0].signals]));
    expect((await db.days.get(D1))?.signals).toContain('imported-sport');
  });

  it('hides a built-in signal merged away (it comes back on every start), and deletes only unused own signals', async () => {
    const { db } = await journalWithSport();
    expect(await mergeSignals(db, 'scope-creep', 'late-payment')).toMatchObject({ ok: true });
    expect(await db.signals.get('scope-creep')).toMatchObject({ archived: true });
    expect(await deleteSignal(db, 'trusted')).toEqual({ ok: false, error: 'builtin' });
    expect(await deleteSignal(db, 'own-sport')).toEqual({ ok: false, error: 'in-use' });
    await db.signals.add({ id: 'unused', label: { fr: 'Vide', en: '' }, builtin: false, createdAt: 3 });
    expect(await deleteSignal(db, 'unused')).toMatchObject({ ok: true });
    expect(await mergeSignals(db, 'own-sport', 'own-sport')).toEqual({ ok: false, error: 'same-signal' });
  });

  it('renames with both labels, refusing an empty name or one another signal has (accents and case ignored)', async () => {
    const { db } = await journalWithSport();
    expect(await renameSignal(db, 'imported-sport', { fr: ' ', en: '' })).toEqual({ ok: false, error: 'empty-label' });
    expect(await renameSignal(db, 'imported-sport', { fr: 'ÉCHÉANCE urgente', en: '' })).toEqual({ ok: false, error: 'duplicate-label' });
    expect(await renameSignal(db, 'imported-sport', { fr: ' Course à pied ', en: 'Running' })).toMatchObject({ ok: true, value: { label: { fr: 'Course à pied', en: 'Running' } } });
  });
});

describe('Settings: the signal manager', () => {
  it('renames both labels, merges with undo, hides and deletes from the keyboard-friendly list', async () => {
    const { db } = await journalWithSport('fr');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<SignalsSection />, db);
    const list = await screen.findByRole('list', { name: 'Vos signaux' });

    const english = within(list).getByRole('textbox', { name: 'Libellé anglais de «\u00a0sport\u00a0»' });
    await user.type(english, 'Sports{Enter}');
    await waitFor(async () => expect((await db.signals.get('imported-sport'))?.label).toEqual({ fr: 'sport', en: 'Sports' }));
    const french = within(list).getByRole('textbox', { name: 'Libellé français de «\u00a0sport\u00a0»' });
    await user.clear(french);
    await user.type(french, 'Respecté·e{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Un autre signal porte déjà ce nom.');
    expect((await db.signals.get('imported-sport'))?.label.fr).toBe('sport');
    await user.keyboard('{Escape}');

    await user.click(within(list).getByRole('button', { name: 'Fusionner «\u00a0sport\u00a0» dans un autre signal' }));
    expect(document.querySelector('.signal-merge .field-hint')?.textContent).toBe('Les 2\u00a0jours avec «\u00a0sport\u00a0» porteront à la place le signal choisi.');
    await user.click(screen.getByRole('button', { name: 'Fusionner' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choisissez le signal dans lequel fusionner.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fusionner «\u00a0sport\u00a0» dans' }), 'Sport');
    await user.click(screen.getByRole('button', { name: 'Fusionner' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Notifications' }).textContent).toContain('«\u00a0sport\u00a0» fusionné dans «\u00a0Sport\u00a0».'));
    await waitFor(async () => expect(await db.signals.get('imported-sport')).toBeUndefined());
    expect(within(list).queryByRole('textbox', { name: /de «\u00a0sport\u00a0»/ })).toBeNull();
    // Undo has the focus: Enter brings "sport" back with its days.
    expect(document.activeElement?.textContent).toBe('Annuler');
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await db.entries.get(`e-${D1}`))?.signals).toEqual(['imported-sport']));
    expect(await within(list).findByRole('textbox', { name: 'Libellé français de «\u00a0sport\u00a0»' })).toBeTruthy();

    await user.click(within(list).getByRole('button', { name: 'Masquer «\u00a0Confiance\u00a0»' }));
    await waitFor(async () => expect((await db.signals.get('trusted'))?.archived).toBe(true));
    expect(await within(list).findByRole('button', { name: 'Réafficher «\u00a0Confiance\u00a0»' })).toBeTruthy();

    const deleteTrusted = within(list).getByRole('button', { name: 'Supprimer «\u00a0Confiance\u00a0»' }) as HTMLButtonElement;
    expect(deleteTrusted.disabled).toBe(true);
    expect(deleteTrusted.getAttribute('aria-describedby')).toBeTruthy();
    await db.signals.add({ id: 'unused', label: { fr: 'Vide', en: '' }, builtin: false, createdAt: 3 });
    await user.click(await within(list).findByRole('button', { name: 'Supprimer «\u00a0Vide\u00a0»' }));
    await waitFor(async () => expect(await db.signals.get('unused')).toBeUndefined());
  });
});

describe('Today: compact signal chips', () => {
  it('shows a client’s most used signals first, the rest behind “More signals”, and one Tab stop for the chips', async () => {
    const { db } = await journalWithSport('en');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<TodayScreen />, db);
    await user.click(await screen.findByRole('button', { name: 'Acme' }, { timeout: 5000 }));
    const chips = await screen.findByRole('toolbar', { name: 'Signals with Acme' });
    const names = () => within(chips).getAllByRole('button').map((b) => b.textContent);
    // Acme's own (each once), "sport" first as the most used across the journal, then the brief's order.
    expect(names()).toEqual(['sport', 'Scope creep', 'Respected', 'Late payment']);
    expect(within(chips).getAllByRole('button').filter((b) => b.tabIndex === 0)).toHaveLength(1);
    const more = screen.getByRole('button', { name: /^More signals \(\d+\) \(Signals with Acme\)$/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Add a signal (Signals with Acme)' })).toBeNull();
    await user.click(more);
    expect(names().length).toBeGreaterThan(8);
    await user.click(within(chips).getByRole('button', { name: 'Trusted' }));
    await user.click(screen.getByRole('button', { name: 'Fewer signals (Signals with Acme)' }));
    // A picked signal is never folded away.
    expect(names()).toContain('Trusted');
    await waitFor(async () => expect((await db.entries.where('day').equals(todayKey()).first())?.clients[0].signals).toEqual(['trusted']));
  });
});
