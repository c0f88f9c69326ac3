/** Humeur's own backups in Settings, with a fake desktop bridge, and the automatic daily backup. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import type { HumeurDb } from '../../renderer/db/schema';
import { readMeta } from '../../renderer/db/settings';
import { BackupsSection } from '../../renderer/features/backups/BackupsSection';
import { isAutomaticBackupDue, runAutomaticBackup, useAutomaticBackups } from '../../renderer/features/backups/automaticBackup';
import { parseBackup } from '../../shared/import/humeurBackup';
import type { BackupInfo } from '../../shared/ipc/contract';
import { entryIds, fakeDesktop, findRegion, NOW, openBackupTestDb, ownJournal } from './backupHarness';
import { dropTestDb, renderWithApp } from './testDb';

vi.setConfig({ testTimeout: 30_000 });

let db: HumeurDb;
beforeEach(async () => {
  db = await openBackupTestDb();
});
afterEach(() => dropTestDb(db));

const renderWith = (ui: ReactNode) => renderWithApp(ui, db);

describe('Settings: backups', () => {
  const listed: BackupInfo[] = [
    { name: 'humeur-backup-2025-03-12.json', kind: 'daily', day: '2025-03-12', size: 12_700, modifiedAt: NOW - 2 * 86_400_000 },
    { name: 'humeur-backup-2025-02.json', kind: 'monthly', day: '2025-02-28', size: 2_400_000, modifiedAt: NOW - 14 * 86_400_000 },
    { name: 'humeur-backup-2025-03-14-manual.json', kind: 'manual', day: '2025-03-14', size: 13_100, modifiedAt: NOW },
  ];

  it('desktop: lists the backups newest first, backs up now, opens the folder, and restores one with a safety backup', async () => {
    const saved = await ownJournal(db);
    const api = fakeDesktop({ listBackups: vi.fn(async () => listed) });
    const user = userEvent.setup({ delay: null });
    renderWith(<BackupsSection api={api} />);
    const table = await screen.findByRole('table', { name: 'Sauvegardes enregistrées' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'vendredi 14 mars 2025Manuelle12,8\u00a0KoRestaurer',
      'mercredi 12 mars 2025Quotidienne12,4\u00a0KoRestaurer',
      'vendredi 28 février 2025Mensuelle2,3\u00a0MoRestaurer',
    ]);
    expect(screen.getByText(/Les sauvegardes quotidiennes sont gardées 30/)).toBeTruthy();
    expect(await screen.findByText('Pas encore de sauvegarde automatique.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sauvegarder maintenant' }));
    await screen.findByText(/^Sauvegarde enregistrée/);
    expect(api.written).toHaveLength(1);
    expect(api.written[0].kind).toBe('manual');
    expect(parseBackup(api.written[0].json).ok).toBe(true);
    expect(api.listBackups).toHaveBeenCalledTimes(2);

    await user.click(screen.getByRole('button', { name: 'Ouvrir le dossier des sauvegardes' }));
    expect(api.openBackupFolder).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Restaurer la sauvegarde du mercredi 12 mars 2025 (Quotidienne)' }));
    const panel = await findRegion('Restaurer la sauvegarde du mercredi 12 mars 2025');
    expect(api.readBackup).toHaveBeenCalledWith('humeur-backup-2025-03-12.json');
    await user.click(await within(panel).findByRole('button', { name: 'Remplacer mon journal…' }));
    await user.click(within(panel).getByRole('button', { name: 'Sauvegarder puis remplacer' }));
    await screen.findByText(/^Votre journal contient maintenant la sauvegarde/, {}, { timeout: 10_000 });
    expect(api.written).toHaveLength(2);
    const safety = parseBackup(api.written[1].json);
    if (!safety.ok) throw new Error(safety.error.detail);
    expect(safety.value.entries.map((e) => e.id).sort()).toEqual(saved.map((e) => e.id).sort());
    expect(await entryIds(db)).toEqual(['e-1', 'e-2']);
  });

  it('desktop: an empty folder says when the first backup comes', async () => {
    renderWith(<BackupsSection api={fakeDesktop()} />);
    expect(await screen.findByText('Aucune sauvegarde pour l’instant. La première est faite aujourd’hui, dès que votre journal a une entrée.')).toBeTruthy();
  });

  it('desktop: a folder that cannot be read, and a damaged backup, are explained', async () => {
    const broken = '{ "format": "humeur-backup", "version": 1, "exportedAt": "2024-11-02T18:04:05.000Z" }';
    const api = fakeDesktop({ listBackups: vi.fn(async () => listed), readBackup: vi.fn(async () => ({ ok: true as const, value: broken })) });
    const user = userEvent.setup({ delay: null });
    const view = renderWith(<BackupsSection api={api} />);
    await user.click(await screen.findByRole('button', { name: /^Restaurer la sauvegarde du vendredi 14 mars 2025/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Cette sauvegarde est abîmée/);
    view.unmount();

    renderWith(<BackupsSection api={fakeDesktop({ listBackups: vi.fn(async () => Promise.reject(new Error('EACCES'))) })} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Le dossier des sauvegardes est illisible\u00a0: EACCES');
  });

  it('web: explains that automatic backups are in the desktop app, and "Back up now" downloads the journal', async () => {
    await ownJournal(db);
    const api = fakeDesktop({}, 'web');
    const user = userEvent.setup({ delay: null });
    renderWith(<BackupsSection api={api} />);
    expect(await screen.findByText(/Les sauvegardes automatiques quotidiennes sont faites par l’application de bureau/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ouvrir le dossier des sauvegardes' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Aller à Importer' }).getAttribute('href')).toBe('#/import');
    await user.click(screen.getByRole('button', { name: 'Sauvegarder maintenant' }));
    await screen.findByText(/^Sauvegarde téléchargée/);
    expect(api.written).toHaveLength(1);
  });
});

describe('automatic daily backup', () => {
  it('is due once a day, only for a journal with entries', () => {
    expect(isAutomaticBackupDue(undefined, '2025-03-14', 3)).toBe(true);
    expect(isAutomaticBackupDue('2025-03-13', '2025-03-14', 3)).toBe(true);
    expect(isAutomaticBackupDue('2025-03-14', '2025-03-14', 3)).toBe(false);
    expect(isAutomaticBackupDue(undefined, '2025-03-14', 0)).toBe(false);
  });

  it('writes a daily backup on desktop, records the day, and waits for the next day', async () => {
    const api = fakeDesktop();
    expect(await runAutomaticBackup(db, api, { today: '2025-03-14', now: NOW })).toBe('empty');
    await ownJournal(db);
    expect(await runAutomaticBackup(db, fakeDesktop({}, 'web'), { today: '2025-03-14', now: NOW })).toBe('unsupported');
    expect(await runAutomaticBackup(db, api, { today: '2025-03-14', now: NOW })).toBe('written');
    expect(api.written.map((w) => [w.kind, w.day])).toEqual([['daily', '2025-03-14']]);
    expect(await readMeta(db, 'lastAutoBackupDay')).toBe('2025-03-14');
    expect(await runAutomaticBackup(db, api, { today: '2025-03-14', now: NOW + 3_600_000 })).toBe('not-due');
    expect(await runAutomaticBackup(db, api, { today: '2025-03-15', now: NOW + 86_400_000 })).toBe('written');
    expect(api.written).toHaveLength(2);
  });

  it('does not record the day when the write fails, so the next hour tries again', async () => {
    await ownJournal(db);
    const api = fakeDesktop({ writeBackup: vi.fn(async () => ({ ok: false as const, error: 'ENOSPC' })) });
    expect(await runAutomaticBackup(db, api, { today: '2025-03-14', now: NOW })).toBe('failed');
    expect(await readMeta(db, 'lastAutoBackupDay')).toBeUndefined();
  });

  it('runs when the app starts (the hook) on desktop', async () => {
    await ownJournal(db);
    const api = fakeDesktop();
    function Probe() {
      useAutomaticBackups(api);
      return null;
    }
    renderWith(<Probe />);
    await waitFor(() => expect(api.written.map((w) => w.kind)).toEqual(['daily']));
    await waitFor(async () => expect(await readMeta(db, 'lastAutoBackupDay')).toBe(api.written[0].day));
  });
});
