import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HumeurDb } from '../../renderer/db/schema';
import { createClient } from '../../renderer/db/clients';
import { blankEntry, saveEntry } from '../../renderer/db/entries';
import { ClientsScreen, type ClientsScreenProps } from '../../renderer/features/clients/ClientsScreen';
import { formatShortDay, todayKey } from '../../shared/domain/dates';
import type { Client } from '../../shared/domain/types';
import { openTestDb, renderWithApp } from './testDb';

// Accessible-name queries over a whole form are slow under jsdom on a busy machine; a browser is quick.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5000 });

function renderClients(db: HumeurDb, props: ClientsScreenProps = {}) {
  return renderWithApp(<ClientsScreen {...props} />, db);
}

async function addClient(db: HumeurDb, name: string): Promise<Client> {
  const result = await createClient(db, { name });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** An end-of-day review on `day` that mentions the client, as Today would save it. */
async function recordDay(db: HumeurDb, day: string, clientId: string) {
  const entry = { ...blankEntry(day, '21:00', 'review', Date.now()), mood: 3, energy: 3, clients: [{ clientId, felt: 1 as const, signals: [] }] };
  const saved = await saveEntry(db, entry);
  if (!saved.ok) throw new Error(saved.error);
}

describe('Clients: the list', () => {
  it('explains clients when there are none, then creates one with a colour and refuses empty and duplicate names', async () => {
    const db = await openTestDb('en');
    const user = userEvent.setup({ delay: null });
    renderClients(db);
    expect(await screen.findByText(/Add the people and companies you work for/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add your first client' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);

    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Type the client’s name first.');

    await user.type(name, 'Atelier Lumen');
    await user.click(screen.getByRole('radio', { name: 'Violet' }));
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    const row = (await screen.findByRole('link', { name: 'Atelier Lumen' })).closest('tr')!;
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('Not yet')).toBeTruthy();
    expect(within(row).getByText('0')).toBeTruthy();
    const stored = await db.clients.toArray();
    expect(stored.map((c) => [c.name, c.color, c.status])).toEqual([['Atelier Lumen', '#7c3aed', 'active']]);

    await user.type(name, 'atelier LUMEN');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('A client named “atelier LUMEN” already exists.'));
    expect((name as HTMLInputElement).value).toBe('atelier LUMEN');
    expect(await db.clients.count()).toBe(1);
  });

  it('shows the status with its end date, the last day seen and the number of days, in French', async () => {
    const db = await openTestDb('fr');
    const acme = await addClient(db, 'Acme');
    const globex = await addClient(db, 'Globex');
    await recordDay(db, '2025-03-03', acme.id);
    await recordDay(db, '2025-02-10', acme.id);
    await db.clients.update(globex.id, { status: 'ended', endedOn: '2025-01-31' });
    renderClients(db);
    const acmeRow = (await screen.findByRole('link', { name: 'Acme' })).closest('tr')!;
    await waitFor(() => expect(within(acmeRow).getByText('3 mars 2025')).toBeTruthy());
    expect(within(acmeRow).getByText('2')).toBeTruthy();
    expect(within(acmeRow).getByText('Actif')).toBeTruthy();
    const globexRow = screen.getByRole('link', { name: 'Globex' }).closest('tr')!;
    expect(within(globexRow).getByText('Terminé le 31 janv. 2025')).toBeTruthy();
    expect(within(globexRow).getByText('Pas encore')).toBeTruthy();
    // Ended clients come last.
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Acme', 'Globex']);
  });
});

describe('Clients: one client', () => {
  it('renames and recolours, refusing a name another client has', async () => {
    const db = await openTestDb('en');
    const acme = await addClient(db, 'Acme');
    await addClient(db, 'Globex');
    const user = userEvent.setup({ delay: null });
    renderClients(db, { clientId: acme.id });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Acme');
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Globex{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('A client named “Globex” already exists.');
    expect((name as HTMLInputElement).value).toBe('Globex');

    await user.clear(name);
    await user.type(name, 'Acme Industries');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acme Industries'));
    expect((await db.clients.get(acme.id))?.name).toBe('Acme Industries');

    await user.click(screen.getByRole('radio', { name: 'Teal' }));
    await waitFor(async () => expect((await db.clients.get(acme.id))?.color).toBe('#0891b2'));
  });

  it('ends a relationship after confirmation, records the date, keeps the history, and reactivates', async () => {
    const db = await openTestDb('en');
    const acme = await addClient(db, 'Acme');
    await recordDay(db, '2025-03-03', acme.id);
    const user = userEvent.setup({ delay: null });
    renderClients(db, { clientId: acme.id });

    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    await waitFor(async () => expect((await db.clients.get(acme.id))?.status).toBe('paused'));

    await user.click(screen.getByRole('button', { name: 'End the relationship…' }));
    expect(screen.getByText('End the relationship with Acme? Its history stays in your journal and in Insights.')).toBeTruthy();
    expect((await db.clients.get(acme.id))?.status).toBe('paused');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await db.clients.get(acme.id))?.status).toBe('paused');

    await user.click(screen.getByRole('button', { name: 'End the relationship…' }));
    await user.click(screen.getByRole('button', { name: 'End it today' }));
    await waitFor(async () => expect(await db.clients.get(acme.id)).toMatchObject({ status: 'ended', endedOn: todayKey() }));
    expect(await screen.findAllByText(`Ended on ${formatShortDay(todayKey(), 'en')}`)).not.toHaveLength(0);
    expect(await db.entries.where('clientIds').equals(acme.id).count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Reactivate' }));
    await waitFor(async () => expect((await db.clients.get(acme.id))?.status).toBe('active'));
    expect((await db.clients.get(acme.id))?.endedOn).toBeUndefined();
  });

  it('ends a relationship on a day the user picks, and refuses a future day or one before the first day together', async () => {
    const db = await openTestDb('en');
    const acme = await addClient(db, 'Acme');
    await recordDay(db, '2025-01-06', acme.id);
    const user = userEvent.setup({ delay: null });
    renderClients(db, { clientId: acme.id });
    await user.click(await screen.findByRole('button', { name: 'End the relationship…' }));
    const field = screen.getByLabelText('Ended on') as HTMLInputElement;
    expect(field.value).toBe(todayKey());

    await user.clear(field);
    await user.type(field, '2025-01-05');
    await user.click(screen.getByRole('button', { name: 'End it on that day' }));
    expect((await screen.findByRole('alert')).textContent).toBe(`The end cannot be before the first day with this client (${formatShortDay('2025-01-06', 'en')}).`);
    expect((await db.clients.get(acme.id))?.status).toBe('active');

    await user.clear(field);
    await user.type(field, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'End it on that day' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The end cannot be after today.');

    await user.clear(field);
    await user.type(field, '2025-02-28');
    await user.click(screen.getByRole('button', { name: 'End it on that day' }));
    await waitFor(async () => expect(await db.clients.get(acme.id)).toMatchObject({ status: 'ended', endedOn: '2025-02-28' }));
    expect(await screen.findAllByText(`Ended on ${formatShortDay('2025-02-28', 'en')}`)).not.toHaveLength(0);
  });

  it('shares one ideal-client checklist between clients, in the UI language, ticked per client, with the score in the list', async () => {
    const db = await openTestDb('fr');
    const acme = await addClient(db, 'Acme');
    const bea = await addClient(db, 'Béa');
    const user = userEvent.setup({ delay: null });
    const view = renderClients(db, { clientId: acme.id });
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('checkbox')).toHaveLength(8);

    await user.click(screen.getByRole('checkbox', { name: 'Respecte les délais' }));
    await waitFor(async () => expect((await db.clients.get(acme.id))?.idealCriteria).toEqual([{ id: 'seed-1', label: 'Respecte les délais', met: true }]));
    expect(screen.getByText('1 sur 8 remplis')).toBeTruthy();

    const field = screen.getByRole('textbox', { name: 'Nouveau critère' });
    await user.type(field, 'Répond sous 48 h{Enter}');
    // The field empties once the criterion is stored.
    await waitFor(() => expect((field as HTMLInputElement).value).toBe(''));
    await user.click(await screen.findByRole('checkbox', { name: 'Répond sous 48 h' }));
    await user.type(field, 'respecte les delais{Enter}');
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toBe('Ce critère est déjà dans la liste.');
    await waitFor(async () => expect((await db.settings.get('app'))?.idealCriteria).toHaveLength(9));

    await user.click(screen.getByRole('button', { name: 'Retirer «\u00a0Paie à temps\u00a0» pour tous les clients' }));
    await waitFor(async () => expect((await db.settings.get('app'))?.idealCriteria?.map((d) => d.id)).not.toContain('seed-6'));
    expect(screen.getByText('2 sur 8 remplis')).toBeTruthy();
    view.unmount();

    // Béa gets the same list, the criterion added for Acme included, none ticked.
    renderClients(db, { clientId: bea.id });
    expect(await screen.findByRole('checkbox', { name: 'Répond sous 48 h' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(0);
  });

  it('shows each client’s ideal-client score in the list, in English with the defaults in English', async () => {
    const db = await openTestDb('en');
    const acme = await addClient(db, 'Acme');
    await db.clients.update(acme.id, { idealCriteria: [{ id: 'seed-1', label: 'Respecte les délais', met: true }, { id: 'seed-6', label: 'Paie à temps', met: true }] });
    renderClients(db);
    const row = await screen.findByRole('row', { name: /Acme/ });
    expect(within(row).getByText('2 of 8 criteria met')).toBeTruthy();
    expect(within(row).getByText('2/8')).toBeTruthy();
  });

  it('autosaves notes and keeps an hourly rate with its currency', async () => {
    const db = await openTestDb('fr');
    const acme = await addClient(db, 'Acme');
    const user = userEvent.setup({ delay: null });
    renderClients(db, { clientId: acme.id });
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Contact : Marie, paiement à 30 jours.');
    await waitFor(async () => expect((await db.clients.get(acme.id))?.notes).toBe('Contact : Marie, paiement à 30 jours.'), { timeout: 2000 });

    const rate = screen.getByRole('textbox', { name: 'Taux horaire' });
    await user.type(rate, 'abc');
    await user.tab();
    expect((await screen.findByRole('alert')).textContent).toBe('Saisissez un montant positif, par ex. 65 ou 62,50.');
    await user.clear(rate);
    await user.type(rate, '62,50');
    await user.tab();
    await waitFor(async () => expect(await db.clients.get(acme.id)).toMatchObject({ hourlyRate: 62.5, currency: 'EUR' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Devise' }), 'CHF');
    await waitFor(async () => expect((await db.clients.get(acme.id))?.currency).toBe('CHF'));
  });

  it('renders the Insights summary in its slot and says when a client does not exist', async () => {
    const db = await openTestDb('en');
    const acme = await addClient(db, 'Acme');
    const view = renderClients(db, { clientId: acme.id, renderSummary: (c) => <p>Summary for {c.name}</p> });
    const slot = await screen.findByRole('region', { name: 'Effect on mood and energy' });
    expect(slot.textContent).toBe('Summary for Acme');
    view.unmount();
    renderClients(db, { clientId: 'missing' });
    expect(await screen.findByText('This client does not exist, or no longer does.')).toBeTruthy();
  });
});
