/**
 * Humeur's own backups: the full export, and merge and replace from the Import screen (replace
 * writes a safety backup first).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { exportFullBackup, planBackupMerge, replaceJournalWithBackup } from '../../renderer/db/backupIo';
import type { HumeurDb } from '../../renderer/db/schema';
import { readSettings } from '../../renderer/db/settings';
import { ImportScreen } from '../../renderer/features/import/ImportScreen';
import { parseBackup } from '../../shared/import/humeurBackup';
import type { BackupWriteRequest } from '../../shared/ipc/contract';
import { chooseBackupFile, entryIds, fakeDesktop, findRegion, NOW, openBackupTestDb, ownJournal, parsedFixture } from './backupHarness';
import { dropTestDb, renderWithApp } from './testDb';

vi.setConfig({ testTimeout: 30_000 });

let db: HumeurDb;
beforeEach(async () => {
  db = await openBackupTestDb();
});
afterEach(() => dropTestDb(db));

const renderWith = (ui: ReactNode) => renderWithApp(ui, db);

describe('exportFullBackup', () => {
  it('writes the whole journal as a valid backup, without index fields, the same bytes for the same journal', async () => {
    const saved = await ownJournal(db);
    const json = await exportFullBackup(db, NOW);
    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(parsed.error.detail);
    expect(parsed.value.entries).toEqual(saved);
    expect(parsed.value.clients.map((c) => c.name)).toEqual(['Studio Lumen']);
    expect(parsed.value.signals.length).toBe(9);
    expect(parsed.value.settings).toMatchObject({ language: 'fr', theme: 'light' });
    expect(json).not.toMatch(/"(nameKey|words|clientIds|sourceKey)"/);
    expect(await exportFullBackup(db, NOW)).toBe(json);
  });

  it('round-trips: a journal replaced by its own backup is the same journal', async () => {
    const saved = await ownJournal(db);
    const json = await exportFullBackup(db, NOW);
    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(parsed.error.detail);
    await replaceJournalWithBackup(db, parsed.value);
    expect(await exportFullBackup(db, NOW)).toBe(json);
    expect((await db.entries.where('words').startsWith('ete').toArray()).map((e) => e.id)).toEqual([saved[1].id]);
    expect(await db.days.count()).toBe(2);
  });
});

describe('planBackupMerge', () => {
  it('adds by id, keeps what is there, and links a same-named client instead of duplicating it', () => {
    const backup = parsedFixture();
    const plan = planBackupMerge(backup, {
      clientIds: new Set(['c-dubai']),
      clientIdByName: new Map([['acme: "pro" #1', 'c-mine']]),
      signalIds: new Set(['s-urgent']),
      entryIds: new Set(['e-2']),
      sourceKeys: new Set(),
    });
    expect(plan.clients).toEqual([]);
    expect(plan.signals.map((s) => s.id)).toEqual(['s-own']);
    expect(plan.alreadyThere).toBe(1);
    expect(plan.entries.map((e) => e.id)).toEqual(['e-1']);
    expect(plan.entries[0].clients.map((c) => c.clientId)).toEqual(['c-mine', 'c-dubai']);
  });

  it('skips an entry imported from the same Daylio row under another id', () => {
    const plan = planBackupMerge(parsedFixture(), {
      clientIds: new Set(),
      clientIdByName: new Map(),
      signalIds: new Set(),
      entryIds: new Set(),
      sourceKeys: new Set(['daylio:daylio-2024-10-01-21:35']),
    });
    expect(plan.entries.map((e) => e.id)).toEqual(['e-2']);
    expect(plan.alreadyThere).toBe(1);
  });
});

describe('Import screen: a Humeur backup', () => {
  it('merge adds what the journal lacks and keeps the rest, settings included', async () => {
    const saved = await ownJournal(db);
    const user = userEvent.setup({ delay: null });
    renderWith(<ImportScreen api={fakeDesktop()} />);
    const region = await chooseBackupFile(user);
    expect((within(region).getByRole('radio', { name: /^Fusionner/ }) as HTMLInputElement).checked).toBe(true);
    expect((await within(region).findByText('Entrées à ajouter')).nextElementSibling?.textContent).toBe('2');
    await user.click(within(region).getByRole('button', { name: 'Fusionner avec mon journal' }));
    const done = await findRegion('Import terminé');
    expect(done.textContent).toContain('La sauvegarde a été fusionnée avec votre journal.');
    expect(done.textContent).toContain('2 entrées importées, 0 déjà présente.');
    expect(done.textContent).toContain('2 nouveaux clients, 2 nouveaux signaux.');
    expect(await entryIds(db)).toEqual([...saved.map((e) => e.id), 'e-1', 'e-2'].sort());
    expect((await db.clients.toArray()).map((c) => c.name).sort()).toEqual(['Acme: "Pro" #1', 'Studio Lumen', 'شركة الأفق']);
    expect((await readSettings(db)).theme).toBe('light');
    expect(await db.days.count()).toBe(4);

    // Merging again adds nothing.
    await user.click(screen.getByRole('button', { name: 'Importer un autre fichier' }));
    const again = await chooseBackupFile(user);
    expect((await within(again).findByText('Entrées déjà dans votre journal')).nextElementSibling?.textContent).toBe('2');
    await user.click(within(again).getByRole('button', { name: 'Fusionner avec mon journal' }));
    expect((await findRegion('Import terminé')).textContent).toContain('0 entrée importée, 2 déjà présentes.');
    expect(await db.entries.count()).toBe(4);
  });

  it('replace shows before → after, asks for confirmation, writes a safety backup of the current journal first, then replaces', async () => {
    const saved = await ownJournal(db);
    const api = fakeDesktop();
    let entriesWhenBackedUp = -1;
    const write = api.writeBackup;
    api.writeBackup = vi.fn(async (request: BackupWriteRequest) => {
      entriesWhenBackedUp = await db.entries.count();
      return write(request);
    });
    const user = userEvent.setup({ delay: null });
    renderWith(<ImportScreen api={api} />);
    const region = await chooseBackupFile(user);
    await user.click(within(region).getByRole('radio', { name: /^Remplacer/ }));
    const table = await within(region).findByRole('table', { name: 'Votre journal maintenant et après la restauration' });
    const entriesRow = within(table).getByRole('row', { name: /^Entrées/ });
    expect(within(entriesRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '2']);
    const clientsRow = within(table).getByRole('row', { name: /^Clients/ });
    expect(within(clientsRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '2']);
    const signalsRow = within(table).getByRole('row', { name: /^Signaux/ });
    expect(within(signalsRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['9', '2']);

    await user.click(within(region).getByRole('button', { name: 'Remplacer mon journal…' }));
    expect(api.writeBackup).not.toHaveBeenCalled();
    const confirm = within(region).getByRole('group', { name: /^Remplacer votre journal par cette sauvegarde/ });
    await user.click(within(confirm).getByRole('button', { name: 'Sauvegarder puis remplacer' }));

    const done = await findRegion('Import terminé');
    expect(done.textContent).toContain('Votre journal contient maintenant la sauvegarde. L’ancien journal a été sauvegardé sous humeur-backup-');
    expect(api.writeBackup).toHaveBeenCalledTimes(1);
    expect(entriesWhenBackedUp).toBe(2);
    const safety = api.written[0];
    expect(safety.kind).toBe('manual');
    const previous = parseBackup(safety.json);
    if (!previous.ok) throw new Error(previous.error.detail);
    expect(previous.value.entries).toEqual(saved);

    expect(await entryIds(db)).toEqual(['e-1', 'e-2']);
    expect((await db.clients.toArray()).map((c) => c.nameKey).sort()).toEqual(['acme: "pro" #1', 'شركة الأفق']);
    expect(await db.signals.count()).toBe(2);
    expect((await db.days.toArray()).map((d) => d.day)).toEqual(['2024-10-01', '2024-10-02']);
    expect(await readSettings(db)).toMatchObject({ theme: 'dark', reminderTime: '21:30', showPrompts: false });
  });

  it('replace changes nothing when the safety backup cannot be written', async () => {
    const saved = await ownJournal(db);
    const api = fakeDesktop({ writeBackup: vi.fn(async () => ({ ok: false as const, error: 'ENOSPC' })) });
    const user = userEvent.setup({ delay: null });
    renderWith(<ImportScreen api={api} />);
    const region = await chooseBackupFile(user);
    await user.click(within(region).getByRole('radio', { name: /^Remplacer/ }));
    await user.click(await within(region).findByRole('button', { name: 'Remplacer mon journal…' }));
    await user.click(within(region).getByRole('button', { name: 'Sauvegarder puis remplacer' }));
    const alert = await within(region).findByRole('alert');
    expect(alert.textContent).toBe('La sauvegarde de votre journal actuel a échoué (ENOSPC)\u00a0; rien n’a été remplacé.');
    expect(await entryIds(db)).toEqual(saved.map((e) => e.id).sort());
    expect((await readSettings(db)).theme).toBe('light');
  });
});
