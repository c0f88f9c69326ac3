/**
 * The Import screen on a real (fake-indexeddb) journal, driven as a person would: choose a file,
 * read the preview, map activities and moods, import; and what must NOT change when it fails.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../renderer/db/clients';
import type { HumeurDb } from '../../renderer/db/schema';
import { ImportScreen } from '../../renderer/features/import/ImportScreen';
import { MAX_IMPORT_BYTES } from '../../shared/import/input';
import type { Lang } from '../../shared/domain/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropTestDb, openTestDb, renderWithApp } from './testDb';

const DAYLIO = 'daylio_export_2024_10_04.csv';
// Read from the working directory: under jsdom, import.meta.url is not a file URL.
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/import', name)));
const fixtureText = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/import', name), 'utf8');
// French messages put a no-break space before ":" and inside « »; Testing Library queries see plain spaces.
const NBSP = '\u00a0';
let db: HumeurDb;

async function openJournal(lang: Lang = 'fr'): Promise<HumeurDb> {
  db = await openTestDb(lang);
  return db;
}

afterEach(async () => {
  await dropTestDb(db);
  vi.restoreAllMocks();
});

function renderImport() {
  return renderWithApp(<ImportScreen />, db);
}

const fileOf = (name: string, content: Uint8Array | string = fixtureBytes(name)) => new File([content as BlobPart], name, { type: 'text/csv' });

async function counts() {
  return { entries: await db.entries.count(), clients: await db.clients.count(), signals: await db.signals.count(), days: await db.days.count() };
}

/** Screens appear after a parse or a transaction: wait longer than Testing Library's 1 s on a busy machine. */
const findRegion = (name: string) => screen.findByRole('region', { name }, { timeout: 10_000 });

async function chooseFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.upload(await screen.findByLabelText(/^(Choisir un fichier|Choose a file)$/), file);
}

/** The mapping the tests make: each activity's select, by the activity's name. */
async function mapDaylio(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText('épuisé'), '1 – Très mal');
  await user.selectOptions(screen.getByLabelText('Studio Lumen'), 'Nouveau client');
  await user.selectOptions(screen.getByLabelText('urgence'), 'Échéance urgente');
  await user.selectOptions(screen.getByLabelText('réunion'), 'Nouveau signal');
  const name = screen.getByLabelText(`Nom du nouveau signal pour « réunion »`);
  await user.clear(name);
  await user.type(name, 'Réunions');
}

// Whole screens through jsdom: slow on a busy two-core machine, so each test gets room.
vi.setConfig({ testTimeout: 30_000 });

describe('Import: a Daylio export with the mapping step', () => {
  it('previews, waits for the unknown mood, and writes entries, clients, signals and day records', async () => {
    await openJournal('fr');
    const acme = await createClient(db, { name: 'Acme' });
    if (!acme.ok) throw new Error(acme.error);
    const user = userEvent.setup({ delay: null });
    renderImport();
    await chooseFile(user, fileOf(DAYLIO));

    const preview = await findRegion(`Aperçu de ${DAYLIO}`);
    const facts = within(preview);
    expect(facts.getByText('Entrées du fichier').nextElementSibling?.textContent).toBe('6');
    expect(facts.getByText('Jours').nextElementSibling?.textContent).toBe('4');
    expect(facts.getByText('du 30 sept. 2024 au 3 oct. 2024')).toBeTruthy();
    expect(facts.getByText('6 nouvelles entrées seront importées.')).toBeTruthy();

    // "épuisé" is not a Daylio default: nothing is imported until it has a level.
    const importButton = facts.getByRole('button', { name: 'Importer' });
    expect((importButton as HTMLButtonElement).disabled).toBe(true);
    expect(facts.getByText(`Choisissez un niveau pour l’humeur « épuisé » avant d’importer.`)).toBeTruthy();
    // Known names come with their level; a tag named like a signal is suggested.
    expect((screen.getByLabelText('super') as HTMLSelectElement).value).toBe('5');
    expect((screen.getByLabelText('Mal') as HTMLSelectElement).value).toBe('2');
    expect((screen.getByLabelText('travail non payé') as HTMLSelectElement).value).toBe('signal:unpaid-work');
    expect((screen.getByLabelText('sport') as HTMLSelectElement).value).toBe('ignore');
    expect(screen.queryByLabelText(`Nom du nouveau signal pour « réunion »`)).toBeNull();

    await mapDaylio(user);
    await user.selectOptions(screen.getByLabelText('Acme'), 'Acme');
    expect((screen.getByLabelText(`Nom du nouveau client pour « Studio Lumen »`) as HTMLInputElement).value).toBe('Studio Lumen');
    expect(importButton.hasAttribute('disabled')).toBe(false);
    await user.click(importButton);

    const done = await findRegion('Import terminé');
    expect(done.textContent).toContain('6 entrées importées, 0 écartée, 0 déjà présente.');
    expect(done.textContent).toContain('1 nouveau client, 1 nouveau signal.');
    expect(within(done).getByRole('link', { name: 'Ouvrir le journal' }).getAttribute('href')).toBe('#/journal');

    const clients = await db.clients.toArray();
    expect(clients.map((c) => c.name).sort()).toEqual(['Acme', 'Studio Lumen']);
    expect(clients.find((c) => c.name === 'Studio Lumen')?.nameKey).toBe('studio lumen');
    const lumen = clients.find((c) => c.name === 'Studio Lumen')!.id;
    const meeting = (await db.signals.toArray()).find((s) => s.label.fr === 'Réunions');
    expect(meeting?.builtin).toBe(false);

    const evening = (await db.entries.where('day').equals('2024-10-02').toArray())[0];
    expect(evening).toMatchObject({ time: '22:05', mood: 1, energy: 1, kind: 'review', source: { app: 'daylio' } });
    expect(evening.clients.map((c) => c.clientId)).toEqual([lumen]);
    expect(evening.signals.sort()).toEqual(['unpaid-work', 'urgent-deadline']);
    expect(evening.text.fr).toContain('Encore une demande de dernière minute');
    expect(evening.text.en).toBe('');
    // Index fields: the search finds "derniere" without its accent, the client filter finds Lumen.
    expect(evening.words).toContain('derniere');
    expect(evening.clientIds).toEqual([lumen]);
    expect(evening.sourceKey).toMatch(/^daylio:/);

    const noon = (await db.entries.where('day').equals('2024-10-03').toArray()).find((e) => e.time === '12:10')!;
    expect(noon.clients.map((c) => c.clientId)).toEqual([acme.value.id]);
    expect(noon.signals).toEqual([meeting!.id]);
    // "sport" was ignored: no client, no signal came from it.
    const morning = (await db.entries.where('day').equals('2024-10-03').toArray()).find((e) => e.time === '21:35')!;
    expect(morning.signals).toEqual([]);

    const days = await db.days.orderBy('day').toArray();
    expect(days.map((d) => d.day)).toEqual(['2024-09-30', '2024-10-01', '2024-10-02', '2024-10-03']);
    // The day's mood is its review's (the 21:35 "super"), not the mean with the 12:10 "bof".
    expect(days[3]).toMatchObject({ mood: 5, entryCount: 2 });
    expect(days[3].clients.map((c) => c.clientId)).toEqual([acme.value.id]);
  });

  it('importing the same file twice adds nothing and says the entries are already there', async () => {
    await openJournal('fr');
    const user = userEvent.setup({ delay: null });
    renderImport();
    await chooseFile(user, fileOf(DAYLIO));
    await findRegion(`Aperçu de ${DAYLIO}`);
    await user.selectOptions(screen.getByLabelText('épuisé'), '1 – Très mal');
    await user.selectOptions(screen.getByLabelText('Studio Lumen'), 'Nouveau client');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await findRegion('Import terminé');
    const after = await counts();
    expect(after).toMatchObject({ entries: 6, days: 4, clients: 1 });

    await user.click(screen.getByRole('button', { name: 'Importer un autre fichier' }));
    await chooseFile(user, fileOf(DAYLIO));
    const preview = await findRegion(`Aperçu de ${DAYLIO}`);
    expect(within(preview).getByText(`Rien de nouveau : toutes les entrées de ce fichier sont déjà dans votre journal.`)).toBeTruthy();
    expect(within(preview).getByText(`6 entrées sont déjà dans votre journal (importées auparavant) : elles seront ignorées.`)).toBeTruthy();
    // The client made by the first import is now suggested for its activity.
    const lumen = (await db.clients.toArray())[0];
    expect((screen.getByLabelText('Studio Lumen') as HTMLSelectElement).value).toBe(`client:${lumen.id}`);
    await user.selectOptions(screen.getByLabelText('épuisé'), '1 – Très mal');
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const done = await findRegion('Import terminé');
    expect(done.textContent).toContain('0 entrée importée, 0 écartée, 6 déjà présentes.');
    expect(await counts()).toEqual(after);
  });

  it('lists a skipped row with its line and reason, and imports the rest', async () => {
    await openJournal('en');
    const user = userEvent.setup({ delay: null });
    renderImport();
    const text = `${fixtureText(DAYLIO).trimEnd()}\n2024-02-30,30 février,vendredi,21:00,bien,"","","",""\n`;
    await chooseFile(user, fileOf('daylio_export_edited.csv', text));
    const preview = await findRegion('Preview of daylio_export_edited.csv');
    expect(within(preview).getByText('Left out').nextElementSibling?.textContent).toBe('1');
    const skipped = within(preview).getByRole('region', { name: 'Left out of the import' });
    expect(skipped.textContent).toContain('Line 9: the date “2024-02-30” does not exist.');
    expect(within(preview).getByText('Choose a level for the mood “épuisé” to import.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('épuisé'), '1 – Very bad');
    // English chosen: the French text goes into the English field as the user asked.
    await user.click(within(preview).getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const done = await findRegion('Import finished');
    expect(done.textContent).toContain('6 entries imported, 1 left out, 0 already there.');
    const entries = await db.entries.toArray();
    expect(entries.every((e) => e.text.fr === '')).toBe(true);
    expect(entries.some((e) => e.text.en.includes('Réunion de 2 h'))).toBe(true);
  });
});

describe('Import: jrnl tags', () => {
  it('maps "@acme" to a new client named without its symbol and leaves "@lumen" out, with the format picked explicitly', async () => {
    await openJournal('en');
    const user = userEvent.setup({ delay: null });
    renderImport();
    await user.selectOptions(await screen.findByLabelText('File format'), 'jrnl (JSON)');
    await user.upload(screen.getByLabelText('Choose a file'), new File([fixtureBytes('jrnl_with_tags.json') as BlobPart], 'jrnl_with_tags.json', { type: 'application/json' }));
    const preview = await findRegion('Preview of jrnl_with_tags.json');
    expect(within(preview).getByText('Format: jrnl (JSON)')).toBeTruthy();
    expect(within(preview).queryByText('Moods')).toBeNull();
    await user.selectOptions(screen.getByLabelText('@acme'), 'New client');
    const name = screen.getByLabelText('Name of the new client for “@acme”') as HTMLInputElement;
    expect(name.value).toBe('acme');
    await user.clear(name);
    await user.type(name, 'Acme SARL');
    expect((screen.getByLabelText('@lumen') as HTMLSelectElement).value).toBe('ignore');
    await user.click(within(preview).getByRole('radio', { name: 'Français' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await findRegion('Import finished')).textContent).toContain('3 entries imported, 0 left out, 0 already there.');
    const [client] = await db.clients.toArray();
    expect(client).toMatchObject({ name: 'Acme SARL', nameKey: 'acme sarl' });
    const linked = await db.entries.where('clientIds').equals(client.id).toArray();
    expect(linked.map((e) => `${e.day} ${e.time}`).sort()).toEqual(['2020-07-01 20:00', '2020-07-02 18:45']);
    expect(linked.every((e) => e.text.fr !== '' && e.text.en === '')).toBe(true);
  });
});

describe('Import: nothing changes when it fails', () => {
  it('a broken file shows its message naming the line, and leaves every table as it was', async () => {
    await openJournal('fr');
    await createClient(db, { name: 'Acme' });
    const before = await counts();
    const user = userEvent.setup({ delay: null });
    renderImport();
    await chooseFile(user, fileOf('daylio_impossible_dates.csv', fixtureBytes('broken/daylio_impossible_dates.csv')));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('daylio_impossible_dates.csv ne peut pas être importé');
    expect(alert.textContent).toContain(`Ligne 3${NBSP}: la date «${NBSP}2023-02-30${NBSP}» n’existe pas.`);
    expect(alert.textContent).toContain('Votre journal n’a pas changé.');
    expect(screen.queryByRole('button', { name: 'Importer' })).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('a file over the size limit is refused from its size, without being read', async () => {
    await openJournal('en');
    const user = userEvent.setup({ delay: null });
    renderImport();
    const file = fileOf(DAYLIO);
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(file, 'arrayBuffer');
    await chooseFile(user, file);
    expect((await screen.findByRole('alert')).textContent).toContain('The file is larger than 50 MB, the most Humeur can import.');
    expect(read).not.toHaveBeenCalled();
  });

  it('a failure in the middle of the transaction (after entries are written) rolls everything back', async () => {
    await openJournal('fr');
    const before = await counts();
    const user = userEvent.setup({ delay: null });
    renderImport();
    await chooseFile(user, fileOf(DAYLIO));
    await findRegion(`Aperçu de ${DAYLIO}`);
    await mapDaylio(user);
    await user.selectOptions(screen.getByLabelText('Acme'), 'Nouveau client');
    // Clients, signals and entries are written first; the day records (one bulk write) come last, and fail.
    const put = vi.spyOn(db.days, 'bulkPut').mockImplementation(() => {
      throw new Error('Disque plein');
    });
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`L’import a échoué et rien n’a été enregistré${NBSP}: Disque plein`);
    expect(put).toHaveBeenCalled();
    expect(await counts()).toEqual(before);
    expect(await db.entries.where('sourceKey').startsWith('daylio:').count()).toBe(0);

    // The same choices work once the disk is back.
    put.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await findRegion('Import terminé');
    await waitFor(async () => expect(await counts()).toMatchObject({ entries: 6, days: 4, clients: 2, signals: before.signals + 1 }));
  });
});
