import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Channels } from '../../shared/ipc/contract';
import { MAX_BACKUP_BYTES } from './backups';
import { registerIpcHandlers, type IpcDeps } from './index';
import { MAX_EXPORT_BYTES, MAX_REPORT_HTML_CHARS } from './schemas';
import type { InvokeEvent } from './register';

const APP_URL = 'app://humeur/index.html';
const BACKUP = readFileSync(path.join(__dirname, '../../tests/fixtures/backup/humeur-backup-v1.json'), 'utf8');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'humeur-ipc-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function wire() {
  const listeners = new Map<string, (event: InvokeEvent, ...args: unknown[]) => unknown>();
  const setLanguage = vi.fn();
  const background = { apply: vi.fn(() => ({ loginItem: false })), setReviewedDay: vi.fn() };
  const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: path.join(dir, 'export.csv') }));
  const deps: IpcDeps<InvokeEvent> = {
    ipcMain: { handle: (channel, listener) => listeners.set(channel, listener) },
    appUrl: APP_URL,
    backups: { folder: path.join(dir, 'backups'), now: () => new Date(2024, 9, 1, 9, 0, 0), openPath: async () => '' },
    files: { dialog: { showSaveDialog }, defaultDirectory: () => dir, language: () => 'en', createPrintWindow: () => { throw new Error('unused'); }, printFolder: path.join(dir, 'print') },
    windowOf: () => null,
    setLanguage,
    background,
    log: () => {},
  };
  registerIpcHandlers(deps);
  const invoke = (channel: string, ...args: unknown[]) => listeners.get(channel)!({ senderFrame: { url: `${APP_URL}#/export` } }, ...args);
  return { listeners, invoke, setLanguage, showSaveDialog, background };
}

describe('registerIpcHandlers', () => {
  it('answers every request channel of the contract, and only those', () => {
    const { listeners } = wire();
    const requestChannels = Object.values(Channels).filter((c) => c !== Channels.menuCommand && c !== Channels.lockRequest);
    expect([...listeners.keys()].sort()).toEqual(requestChannels.sort());
  });

  it('saves a file and backs up the journal end to end', async () => {
    const { invoke } = wire();
    const saved = await invoke(Channels.saveFile, { defaultName: 'export.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], data: 'jour;humeur\n2024-10-01;4\n' });
    expect(saved).toEqual({ ok: true, value: { path: path.join(dir, 'export.csv') } });
    expect(await readFile(path.join(dir, 'export.csv'), 'utf8')).toBe('jour;humeur\n2024-10-01;4\n');

    const written = await invoke(Channels.backupWrite, { json: BACKUP, kind: 'daily', day: '2024-10-01' });
    expect(written).toMatchObject({ ok: true, value: { name: 'humeur-backup-2024-10-01.json' } });
    expect(await invoke(Channels.backupList)).toHaveLength(2);
    expect(await invoke(Channels.backupRead, 'humeur-backup-2024-10-01.json')).toEqual({ ok: true, value: BACKUP });
  });

  it('refuses malformed requests before touching the disk', async () => {
    const { invoke, showSaveDialog, setLanguage } = wire();
    const invalid = { ok: false, error: 'invalid-request' };
    expect(await invoke(Channels.saveFile, { defaultName: 'x.csv', filters: [], data: 42 })).toEqual(invalid);
    expect(await invoke(Channels.saveFile, { defaultName: 'x.csv', filters: [{ name: 'All', extensions: ['../sh'] }], data: '' })).toEqual(invalid);
    expect(await invoke(Channels.printToPdf, { html: '<p>x</p>', pageSize: 'A3', defaultName: 'x.pdf' })).toEqual(invalid);
    expect(await invoke(Channels.backupWrite, { json: '{}', kind: 'daily', day: '../../../.bashrc' })).toEqual(invalid);
    expect(await invoke(Channels.backupWrite, { json: '{}', kind: 'weekly', day: '2024-10-01' })).toEqual(invalid);
    expect(await invoke(Channels.backupRead, { name: 'x' })).toEqual(invalid);
    expect(await invoke(Channels.setLanguage, 'de')).toEqual(invalid);
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(setLanguage).not.toHaveBeenCalled();
    expect(await invoke(Channels.backupList)).toEqual([]);
  });

  it('refuses oversized payloads on every channel that carries one, before touching the disk', async () => {
    const { invoke, showSaveDialog } = wire();
    const invalid = { ok: false, error: 'invalid-request' };
    const huge = 'x'.repeat(MAX_EXPORT_BYTES + 1);
    expect(await invoke(Channels.saveFile, { defaultName: 'x.csv', filters: [], data: huge })).toEqual(invalid);
    expect(await invoke(Channels.saveFile, { defaultName: 'x.pdf', filters: [], data: new Uint8Array(MAX_EXPORT_BYTES + 1) })).toEqual(invalid);
    expect(await invoke(Channels.printToPdf, { html: huge.slice(0, MAX_REPORT_HTML_CHARS + 1), pageSize: 'A4', defaultName: 'x.pdf' })).toEqual(invalid);
    expect(await invoke(Channels.backupWrite, { json: huge.slice(0, MAX_BACKUP_BYTES + 1), kind: 'daily', day: '2024-10-01' })).toEqual(invalid);
    expect(await invoke(Channels.saveFile, { defaultName: 'x'.repeat(300), filters: [], data: '' })).toEqual(invalid);
    expect(await invoke(Channels.saveFile, { defaultName: 'x.csv', filters: [], data: '', title: 't'.repeat(201) })).toEqual(invalid);
    expect(await invoke(Channels.backupRead, 'x'.repeat(256))).toEqual(invalid);
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(await invoke(Channels.backupList)).toEqual([]);
  }, 30_000);

  it('refuses a backup the main clock does not date today, or that is not a journal', async () => {
    const { invoke } = wire();
    expect(await invoke(Channels.backupWrite, { json: BACKUP, kind: 'daily', day: '9999-12-31' })).toEqual({ ok: false, error: 'wrong-day' });
    expect(await invoke(Channels.backupWrite, { json: '{"entries":[]}', kind: 'daily', day: '2024-10-01' })).toEqual({ ok: false, error: 'not-a-backup' });
    expect(await invoke(Channels.backupList)).toEqual([]);
  });

  it('switches the language', async () => {
    const { invoke, setLanguage } = wire();
    expect(await invoke(Channels.setLanguage, 'fr')).toBeUndefined();
    expect(setLanguage).toHaveBeenCalledWith('fr');
  });

  it('hands valid desktop preferences to the background and answers its capabilities', async () => {
    const { invoke, background } = wire();
    const preferences = { reminderTime: '20:30', reminderDays: [1, 2, 3, 4, 5], keepInBackground: true, openAtLogin: false, lang: 'fr' };
    expect(await invoke(Channels.desktopPreferences, preferences)).toEqual({ ok: true, value: { loginItem: false } });
    expect(background.apply).toHaveBeenCalledWith(preferences);
    expect(await invoke(Channels.reviewedDay, '2025-03-14')).toBeUndefined();
    expect(await invoke(Channels.reviewedDay, null)).toBeUndefined();
    expect(background.setReviewedDay.mock.calls).toEqual([['2025-03-14'], [null]]);
  });

  it('refuses malformed desktop preferences and days', async () => {
    const { invoke, background } = wire();
    const invalid = { ok: false, error: 'invalid-request' };
    const valid = { reminderTime: null, reminderDays: [], keepInBackground: false, openAtLogin: false, lang: 'en' };
    expect(await invoke(Channels.desktopPreferences, { ...valid, reminderTime: '25:00' })).toEqual(invalid);
    expect(await invoke(Channels.desktopPreferences, { ...valid, reminderDays: [7] })).toEqual(invalid);
    expect(await invoke(Channels.desktopPreferences, { ...valid, openAtLogin: 'yes' })).toEqual(invalid);
    expect(await invoke(Channels.desktopPreferences, { ...valid, path: '/usr/bin/evil' })).toEqual(invalid);
    expect(await invoke(Channels.reviewedDay, '2025-02-30')).toEqual(invalid);
    expect(background.apply).not.toHaveBeenCalled();
    expect(background.setReviewedDay).not.toHaveBeenCalled();
  });
});
