/** Today: recording a day, clients added inline, days and languages, several entries in a day. */
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HumeurDb } from '../../renderer/db/schema';
import { updateSettings } from '../../renderer/db/settings';
import { createClient } from '../../renderer/db/clients';
import { entriesOfDay } from '../../renderer/db/entries';
import { TodayScreen } from '../../renderer/features/today/TodayScreen';
import { todayKey } from '../../shared/domain/dates';
import { openTestDb, renderWithApp } from './testDb';

// Accessible-name queries over a whole form are slow under jsdom on a busy machine; a browser is quick.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5000 });

const renderToday = (db: HumeurDb, day?: string) => renderWithApp(<TodayScreen day={day} />, db);

beforeEach(() => localStorage.clear());

describe('Today: recording a day', () => {
  it('stores mood, energy, two clients with felt, hours and signals, and French and English text', async () => {
    const db = await openTestDb('en');
    const acme = await createClient(db, { name: 'Acme' });
    const globex = await createClient(db, { name: 'Globex' });
    if (!acme.ok || !globex.ok) throw new Error('setup');
    const user = userEvent.setup({ delay: null });
    renderToday(db);

    await user.click(await screen.findByRole('radio', { name: '4 – Good' }));
    await user.click(within(screen.getByRole('group', { name: 'Energy' })).getByRole('radio', { name: '2 – Low' }));
    // The client list is its own live query and may arrive after the ratings.
    await user.click(await screen.findByRole('button', { name: 'Acme' }));
    await user.click(screen.getByRole('button', { name: 'Globex' }));

    const acmePanel = await screen.findByRole('region', { name: 'Acme' });
    await user.click(within(acmePanel).getByRole('radio', { name: '+2 – Energised' }));
    await user.type(within(acmePanel).getByLabelText('Hours with Acme'), '2,5');
    await user.click(within(screen.getByRole('toolbar', { name: 'Signals with Acme' })).getByRole('button', { name: 'Respected' }));

    const globexPanel = screen.getByRole('region', { name: 'Globex' });
    await user.click(within(globexPanel).getByRole('radio', { name: '\u22121 – A bit drained' }));
    await user.type(within(globexPanel).getByLabelText('Hours with Globex'), '1.5');
    const globexSignals = screen.getByRole('toolbar', { name: 'Signals with Globex' });
    await user.click(within(globexSignals).getByRole('button', { name: 'Scope creep' }));
    await user.click(within(globexSignals).getByRole('button', { name: 'Urgent deadline' }));

    await user.type(screen.getByLabelText('Français'), 'Journée chargée, mais l’été approche.');
    await user.type(screen.getByLabelText('English'), 'Globex moved the deadline again.');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(/^Entry saved at \d\d:\d\d\.$/)).toBeTruthy();

    const [entry, ...others] = await entriesOfDay(db, todayKey());
    expect(others).toHaveLength(0);
    expect(entry).toMatchObject({
      kind: 'review',
      mood: 4,
      energy: 2,
      signals: [],
      text: { fr: 'Journée chargée, mais l’été approche.', en: 'Globex moved the deadline again.' },
      clients: [
        { clientId: acme.value.id, felt: 2, hours: 2.5, signals: ['respected'] },
        { clientId: globex.value.id, felt: -1, hours: 1.5, signals: ['scope-creep', 'urgent-deadline'] },
      ],
    });
    // The compact day record Insights reads is kept in step with the entry.
    const day = await db.days.get(todayKey());
    expect(day).toMatchObject({ mood: 4, energy: 2, entryCount: 1 });
    expect(day?.clients.map((c) => [c.clientId, c.felt, c.hours])).toEqual(
      [
        [acme.value.id, 2, 2.5],
        [globex.value.id, -1, 1.5],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(localStorage.length).toBe(0);
  });

  it('keeps 100,000 characters, emoji and right-to-left text exactly', async () => {
    const db = await openTestDb('en');
    const user = userEvent.setup({ delay: null });
    renderToday(db);
    const long = 'Une journée à rallonge. '.repeat(4200).slice(0, 100_000);
    const mixed = `${long}\n🌿🙂 مرحبا بالعالم — שלום`;
    const english = await screen.findByLabelText('English');
    const french = screen.getByLabelText('Français');
    expect(french.getAttribute('lang')).toBe('fr');
    expect(english.getAttribute('lang')).toBe('en');
    expect(french.getAttribute('dir')).toBe('auto');
    expect(french.getAttribute('spellcheck')).toBe('true');
    await user.click(french);
    await user.paste(mixed);
    await user.tab();
    await waitFor(async () => expect((await entriesOfDay(db, todayKey()))[0]?.text.fr).toBe(mixed));
  });

  it('rejects hours outside 0–24 in the field and keeps saving the rest', async () => {
    const db = await openTestDb('en');
    await createClient(db, { name: 'Acme' });
    const user = userEvent.setup({ delay: null });
    renderToday(db);
    await user.click(await screen.findByRole('button', { name: 'Acme' }));
    const hours = screen.getByLabelText('Hours with Acme');
    await user.type(hours, '30');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Hours go from 0 to 24 in a day.');
    await user.type(screen.getByLabelText('English'), 'Long call.');
    await user.tab();
    await waitFor(async () => expect((await entriesOfDay(db, todayKey()))[0]?.text.en).toBe('Long call.'));
    expect((await entriesOfDay(db, todayKey()))[0].clients[0].hours).toBeUndefined();
    expect((screen.getByLabelText('Hours with Acme') as HTMLInputElement).value).toBe('30');
  });
});

describe('Today: clients added inline', () => {
  it('refuses an empty or duplicate name with a message, keeps the text, and picks a new client', async () => {
    const db = await openTestDb('en');
    await createClient(db, { name: 'Acme' });
    const user = userEvent.setup({ delay: null });
    renderToday(db);
    const field = await screen.findByRole('textbox', { name: 'New client' });
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type the client’s name first.');

    await user.type(field, ' acme ');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('A client named “acme” already exists.'));
    expect((field as HTMLInputElement).value).toBe(' acme ');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(await db.clients.count()).toBe(1);

    await user.clear(field);
    await user.type(field, 'Nova Design{Enter}');
    const chip = await screen.findByRole('button', { name: 'Nova Design' });
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect((field as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('region', { name: 'Nova Design' })).toBeTruthy();
    await user.tab();
    const nova = await db.clients.where('nameKey').equals('nova design').first();
    await waitFor(async () => expect((await entriesOfDay(db, todayKey()))[0]?.clients.map((c) => c.clientId)).toEqual([nova!.id]));
  });

  it('shows paused clients only on request and hides ended ones', async () => {
    const db = await openTestDb('en');
    await createClient(db, { name: 'Active Co' });
    const paused = await createClient(db, { name: 'Paused Co' });
    const ended = await createClient(db, { name: 'Ended Co' });
    if (!paused.ok || !ended.ok) throw new Error('setup');
    await db.clients.update(paused.value.id, { status: 'paused' });
    await db.clients.update(ended.value.id, { status: 'ended', endedOn: '2024-01-05' });
    const user = userEvent.setup({ delay: null });
    renderToday(db);
    await screen.findByRole('button', { name: 'Active Co' });
    expect(screen.queryByRole('button', { name: 'Paused Co' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show paused clients' }));
    expect(screen.getByRole('button', { name: 'Paused Co' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ended Co' })).toBeNull();
  });
});

describe('Today: days and languages', () => {
  it('refuses a future day with a clear message and disables next-day on today', async () => {
    const db = await openTestDb('en');
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const key = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    const view = renderToday(db, key);
    expect(await screen.findByText(/This day hasn’t happened yet/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Mood' })).toBeNull();
    view.unmount();

    const user = userEvent.setup({ delay: null });
    renderToday(db);
    expect((await screen.findByRole('button', { name: /Next day/ })).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Another day…' }));
    const jump = screen.getByLabelText('Go to a day');
    expect(document.activeElement).toBe(jump);
    await user.clear(jump);
    await user.type(jump, key);
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('alert').textContent).toMatch(/This day hasn’t happened yet/);
  });

  it('speaks French: day heading, scales, prompts into the French field', async () => {
    const db = await openTestDb('fr');
    const user = userEvent.setup({ delay: null });
    renderToday(db, '2025-03-03');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('lundi 3 mars 2025');
    const mood = await screen.findByRole('group', { name: 'Humeur' });
    expect(within(mood).getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual([
      '1 – Très mal',
      '2 – Mal',
      '3 – Moyen',
      '4 – Bien',
      '5 – Très bien',
    ]);
    expect(screen.getByRole('group', { name: 'Énergie' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Effacer l’humeur' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Qu’est-ce qui m’a donné de l’énergie aujourd’hui\u00a0?' }));
    expect((screen.getByLabelText('Français') as HTMLTextAreaElement).value).toBe('Qu’est-ce qui m’a donné de l’énergie aujourd’hui\u00a0?\n');
    // A prompt goes into the field last written in, in that field's language.
    await user.click(screen.getByLabelText('English'));
    await user.click(screen.getByRole('button', { name: 'À quoi dirais-je non la prochaine fois\u00a0?' }));
    expect((screen.getByLabelText('English') as HTMLTextAreaElement).value).toBe('What would I say no to next time?\n');
    await waitFor(async () => expect((await entriesOfDay(db, '2025-03-03'))[0]?.text.en).toBe('What would I say no to next time?\n'));
  });

  it('speaks English, and a rating can be cleared', async () => {
    const db = await openTestDb('en');
    const user = userEvent.setup({ delay: null });
    renderToday(db, '2025-03-03');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Monday, March 3, 2025');
    const mood = await screen.findByRole('group', { name: 'Mood' });
    await user.click(within(mood).getByRole('radio', { name: '3 – Okay' }));
    expect((within(mood).getByRole('radio', { name: '3 – Okay' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Clear mood' }));
    expect(within(mood).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(screen.getByRole('toolbar', { name: 'Reflection prompts' })).toBeTruthy();
    await updateSettingsAndWait(db);
    expect(screen.queryByRole('toolbar', { name: 'Reflection prompts' })).toBeNull();
  });
});

async function updateSettingsAndWait(db: HumeurDb) {
  await act(async () => {
    await updateSettings(db, { showPrompts: false });
  });
  await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Reflection prompts' })).toBeNull());
}

describe('Today: several entries', () => {
  it('adds a quick note beside the review, deletes it and undoes the deletion', async () => {
    const db = await openTestDb('en');
    const user = userEvent.setup({ delay: null });
    renderToday(db, '2025-03-03');
    await user.click(await screen.findByRole('radio', { name: '2 – Bad' }));
    await user.click(screen.getByRole('button', { name: 'Add a quick note' }));
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // The new note takes the caret, in the UI language's field.
    expect(document.activeElement).toBe(screen.getByLabelText('English'));
    await user.keyboard('Tense call with the bank.');
    await user.tab();
    await waitFor(async () => expect(await entriesOfDay(db, '2025-03-03')).toHaveLength(2));
    const note = (await entriesOfDay(db, '2025-03-03')).find((e) => e.kind === 'note')!;
    expect(note.text.en).toBe('Tense call with the bank.');

    await user.click(screen.getByRole('button', { name: 'Delete this entry' }));
    expect(await screen.findByText('Entry deleted.')).toBeTruthy();
    await waitFor(async () => expect((await entriesOfDay(db, '2025-03-03')).map((e) => e.kind)).toEqual(['review']));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await entriesOfDay(db, '2025-03-03')).find((e) => e.id === note.id)?.text.en).toBe('Tense call with the bank.'));
  });
});
