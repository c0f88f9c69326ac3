/**
 * Humeur's own backups: the full export, merge and replace from the Import screen (replace
 * writes a safety backup first), the Settings section with a fake desktop bridge, and the
 * automatic daily backup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { DbProvider } from '../../renderer/app/DbContext';
import { SettingsProvider } from '../../renderer/app/settings';
import { ToastProvider } from '../../renderer/components/Toasts';
import { exportFullBackup, planBackupMerge, replaceJournalWithBackup } from '../../renderer/db/backupIo';
import { createClient } from '../../renderer/db/clients';
import { blankEntry, saveEntry } from '../../renderer/db/entries';
import { openHumeurDb, type HumeurDb } from '../../renderer/db/schema';
import { readMeta, readSettings, updateSettings } from '../../renderer/db/settings';
import { ensureDefaultSignals } from '../../renderer/db/signals';
import { BackupsSection } from '../../renderer/features/backups/BackupsSection';
import { isAutomaticBackupDue, runAutomaticBackup, useAutomaticBackups } from '../../renderer/features/backups/automaticBackup';
import { ImportScreen } from '../../renderer/features/import/ImportScreen';
import type { Entry } from '../../shared/domain/types';
import { parseBackup } from '../../shared/import/humeurBackup';
import type { BackupInfo, BackupWriteRequest, DesktopApi } from '../../shared/ipc/contract';

vi.setConfig({ testTimeout: 30_000 });

const BACKUP_FILE = 'humeur-backup-v1.json';
const backupText = readFileSync(join(process.cwd(), 'tests/fixtures/backup', BACKUP_FILE), 'utf8');
const parsedFixture = () => {
  const parsed = parseBackup(backupText);
  if (!parsed.ok) throw new Error(parsed.error.detail);
  return parsed.value;
};
const NOW = new Date(2025, 2, 14, 20, 30).getTime();

let db: HumeurDb;
beforeEach(async () => {
  db = openHumeurDb('test-' + crypto.randomUUID());
  await db.open();
  await ensureDefaultSignals(db, NOW);
  await updateSettings(db, { language: 'fr', theme: 'light' });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A journal of its own: client "Studio Lumen" and two entries (one on 2025-03-10, one on 2025-03-12). */
async function ownJournal(): Promise<Entry[]> {
  const lumen = await createClient(db, { name: 'Studio Lumen' }, NOW);
  if (!lumen.ok) throw new Error(lumen.error);
  const saved: Entry[] = [];
  for (const [day, text] of [['2025-03-10', 'Réunion tendue avec Lumen'], ['2025-03-12', 'Bonne journée, été indien']] as const) {
    const entry: Entry = { ...blankEntry(day, '21:00', 'review', NOW), mood: 3, text: { fr: text, en: '' }, clients: [{ clientId: lumen.value.id, felt: -1, signals: [] }] };
    const result = await saveEntry(db, entry, { now: NOW, today: '2025-03-14' });
    if (!result.ok) throw new Error(result.error);
    saved.push(result.value);
  }
  return saved;
}

interface FakeDesktop extends DesktopApi {
  written: BackupWriteRequest[];
}

function fakeDesktop(overrides: Partial<DesktopApi> = {}, platform: 'desktop' | 'web' = 'desktop'): FakeDesktop {
  const written: BackupWriteRequest[] = [];
  return {
    platform,
    written,
    saveFile: vi.fn(),
    printToPdf: vi.fn(),
    writeBackup: vi.fn(async (request: BackupWriteRequest) => {
      written.push(request);
      const info: BackupInfo = { name: `humeur-backup-${request.day}-manual.json`, kind: request.kind, day: request.day, size: request.json.length, modifiedAt: NOW };
      return { ok: true as const, value: info };
    }),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(async () => ({ ok: true as const, value: backupText })),
    openBackupFolder: vi.fn(async () => ({ ok: true as const, value: { path: '/home/me/.config/Humeur/backups' } })),
    setLanguage: vi.fn(async () => {}),
    onMenuCommand: () => () => {},
    ...overrides,
  };
}

function renderWith(children: ReactNode) {
  return render(
    <DbProvider db={db}>
      <SettingsProvider>
        <ToastProvider>{children}</ToastProvider>
      </SettingsProvider>
    </DbProvider>,
  );
}

const findRegion = (name: string) => screen.findByRole('region', { name }, { timeout: 10_000 });
const entryIds = async () => (await db.entries.toArray()).map((e) => e.id).sort();

async function chooseBackupFile(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(await screen.findByLabelText('Choisir un fichier'), new File([backupText], BACKUP_FILE, { type: 'application/json' }));
  return findRegion('Sauvegarde Humeur du samedi 2 novembre 2024');
}

describe('exportFullBackup', () => {
  it('writes the whole journal as a valid backup, without index fields, the same bytes for the same journal', async () => {
    const saved = await ownJournal();
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
    const saved = await ownJournal();
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
    const saved = await ownJournal();
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
    expect(await entryIds()).toEqual([...saved.map((e) => e.id), 'e-1', 'e-2'].sort());
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
    const saved = await ownJournal();
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

    expect(await entryIds()).toEqual(['e-1', 'e-2']);
    expect((await db.clients.toArray()).map((c) => c.nameKey).sort()).toEqual(['acme: "pro" #1', 'شركة الأفق']);
    expect(await db.signals.count()).toBe(2);
    expect((await db.days.toArray()).map((d) => d.day)).toEqual(['2024-10-01', '2024-10-02']);
    expect(await readSettings(db)).toMatchObject({ theme: 'dark', reminderTime: '21:30', showPrompts: false });
  });

  it('replace changes nothing when the safety backup cannot be written', async () => {
    const saved = await ownJournal();
    const api = fakeDesktop({ writeBackup: vi.fn(async () => ({ ok: false as const, error: 'ENOSPC' })) });
    const user = userEvent.setup({ delay: null });
    renderWith(<ImportScreen api={api} />);
    const region = await chooseBackupFile(user);
    await user.click(within(region).getByRole('radio', { name: /^Remplacer/ }));
    await user.click(await within(region).findByRole('button', { name: 'Remplacer mon journal…' }));
    await user.click(within(region).getByRole('button', { name: 'Sauvegarder puis remplacer' }));
    const alert = await within(region).findByRole('alert');
    expect(alert.textContent).toBe('La sauvegarde de votre journal actuel a échoué (ENOSPC)\u00a0; rien n’a été remplacé.');
    expect(await entryIds()).toEqual(saved.map((e) => e.id).sort());
    expect((await readSettings(db)).theme).toBe('light');
  });
});

describe('Settings: backups', () => {
  const listed: BackupInfo[] = [
    { name: 'humeur-backup-2025-03-12.json', kind: 'daily', day: '2025-03-12', size: 12_700, modifiedAt: NOW - 2 * 86_400_000 },
    { name: 'humeur-backup-2025-02.json', kind: 'monthly', day: '2025-02-28', size: 2_400_000, modifiedAt: NOW - 14 * 86_400_000 },
    { name: 'humeur-backup-2025-03-14-manual.json', kind: 'manual', day: '2025-03-14', size: 13_100, modifiedAt: NOW },
  ];

  it('desktop: lists the backups newest first, backs up now, opens the folder, and restores one with a safety backup', async () => {
    const saved = await ownJournal();
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
    expect(await entryIds()).toEqual(['e-1', 'e-2']);
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
    await ownJournal();
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
    await ownJournal();
    expect(await runAutomaticBackup(db, fakeDesktop({}, 'web'), { today: '2025-03-14', now: NOW })).toBe('unsupported');
    expect(await runAutomaticBackup(db, api, { today: '2025-03-14', now: NOW })).toBe('written');
    expect(api.written.map((w) => [w.kind, w.day])).toEqual([['daily', '2025-03-14']]);
    expect(await readMeta(db, 'lastAutoBackupDay')).toBe('2025-03-14');
    expect(await runAutomaticBackup(db, api, { today: '2025-03-14', now: NOW + 3_600_000 })).toBe('not-due');
    expect(await runAutomaticBackup(db, api, { today: '2025-03-15', now: NOW + 86_400_000 })).toBe('written');
    expect(api.written).toHaveLength(2);
  });

  it('does not record the day when the write fails, so the next hour tries again', async () => {
    await ownJournal();
    const api = fakeDesktop({ writeBackup: vi.fn(async () => ({ ok: false as const, error: 'ENOSPC' })) });
    expect(await runAutomaticBackup(db, api, { today: '2025-03-14', now: NOW })).toBe('failed');
    expect(await readMeta(db, 'lastAutoBackupDay')).toBeUndefined();
  });

  it('runs when the app starts (the hook) on desktop', async () => {
    await ownJournal();
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
