import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { Channels, type BackupInfo, type DesktopApi, type MenuCommand } from '../shared/ipc/contract';
import { buildDesktopApi, exposeDesktopApi, PRELOAD_CHANNELS, type IpcRendererLike } from './preload';

/** ipcRenderer as the page would misuse it if it ever got hold of it. */
function fakeIpcRenderer(answers: Record<string, unknown> = {}) {
  const emitter = new EventEmitter();
  const ipc = {
    invoke: vi.fn(async (channel: string) => answers[channel]),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener)),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.removeListener(channel, listener)),
    send: vi.fn(),
  };
  /** What the main process does with webContents.send: the event object comes first. */
  const sendFromMain = (channel: string, ...args: unknown[]) => emitter.emit(channel, { sender: ipc, senderFrame: {} }, ...args);
  return { ipc: ipc as typeof ipc & IpcRendererLike, sendFromMain, emitter };
}

const backup: BackupInfo = { name: 'humeur-backup-2024-10-01.json', kind: 'daily', day: '2024-10-01', size: 2048, modifiedAt: 1727800000000 };

describe('the preload bridge', () => {
  it('spells the channels exactly as the contract does', () => {
    expect(PRELOAD_CHANNELS).toEqual(Channels);
  });

  it('invokes the right channel with the request for every method', async () => {
    const { ipc } = fakeIpcRenderer({
      [Channels.saveFile]: { ok: true, value: { path: '/home/ana/humeur.md' } },
      [Channels.backupList]: [backup],
    });
    const api = buildDesktopApi(ipc);
    const save = { defaultName: 'humeur.md', filters: [{ name: 'Markdown', extensions: ['md'] }], data: '# Octobre' };
    const pdf = { html: '<p>Rapport</p>', pageSize: 'A4' as const, defaultName: 'rapport.pdf' };
    const write = { json: '{}', kind: 'manual' as const, day: '2024-10-01' };

    await expect(api.saveFile(save)).resolves.toEqual({ ok: true, value: { path: '/home/ana/humeur.md' } });
    await api.printToPdf(pdf);
    await api.writeBackup(write);
    await expect(api.listBackups()).resolves.toEqual([backup]);
    await api.readBackup('humeur-backup-2024-10-01.json');
    await api.openBackupFolder();
    await api.setLanguage('fr');
    const preferences = { reminderTime: '20:30', reminderDays: [1, 2], keepInBackground: true, openAtLogin: true, lang: 'fr' as const };
    await api.setDesktopPreferences(preferences);
    await api.setReviewedDay('2025-03-14');

    expect(ipc.invoke.mock.calls).toEqual([
      ['humeur:files:save', save],
      ['humeur:files:print-pdf', pdf],
      ['humeur:backups:write', write],
      ['humeur:backups:list'],
      ['humeur:backups:read', 'humeur-backup-2024-10-01.json'],
      ['humeur:backups:open-folder'],
      ['humeur:app:set-language', 'fr'],
      ['humeur:app:desktop-preferences', preferences],
      ['humeur:reminder:reviewed-day', '2025-03-14'],
    ]);
    expect(api.platform).toBe('desktop');
  });

  it('turns a main-process failure into a rejection for the methods that are not Result-typed', async () => {
    const failure = { ok: false, error: 'EACCES: permission denied' };
    const { ipc } = fakeIpcRenderer({ [Channels.backupList]: failure, [Channels.setLanguage]: { ok: false, error: 'forbidden' } });
    const api = buildDesktopApi(ipc);
    await expect(api.listBackups()).rejects.toThrow('listBackups failed: EACCES: permission denied');
    await expect(api.setLanguage('en')).rejects.toThrow('setLanguage failed: forbidden');
  });

  it('gives menu commands to the listener without the event object, and unsubscribes', () => {
    const { ipc, sendFromMain, emitter } = fakeIpcRenderer();
    const api = buildDesktopApi(ipc);
    const heard: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args: unknown[]) => heard.push(args));

    sendFromMain(Channels.menuCommand, 'go-journal' satisfies MenuCommand);
    sendFromMain(Channels.menuCommand, 'rm -rf');
    sendFromMain(Channels.menuCommand, { toString: () => 'go-today' });
    expect(heard).toEqual([['go-journal']]);

    unsubscribe();
    sendFromMain(Channels.menuCommand, 'go-today');
    expect(heard).toEqual([['go-journal']]);
    expect(emitter.listenerCount(Channels.menuCommand)).toBe(0);
    expect(ipc.removeListener.mock.calls[0][1]).toBe(ipc.on.mock.calls[0][1]);
  });

  it('keeps two subscribers independent', () => {
    const { ipc, sendFromMain } = fakeIpcRenderer();
    const api = buildDesktopApi(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = api.onMenuCommand(first);
    api.onMenuCommand(second);
    stopFirst();
    sendFromMain(Channels.menuCommand, 'new-note');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('new-note');
  });

  it('exposes the typed API as window.humeur and never ipcRenderer itself', () => {
    const { ipc } = fakeIpcRenderer();
    const exposeInMainWorld = vi.fn();
    exposeDesktopApi({ exposeInMainWorld }, ipc);

    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, DesktopApi];
    expect(key).toBe('humeur');
    expect(Object.keys(api).sort()).toEqual(
      ['platform', 'saveFile', 'printToPdf', 'writeBackup', 'listBackups', 'readBackup', 'openBackupFolder', 'setLanguage', 'setDesktopPreferences', 'setReviewedDay', 'onMenuCommand', 'onLockRequest'].sort(),
    );
    for (const value of Object.values(api)) {
      expect(value).not.toBe(ipc);
      expect(value).not.toBe(ipc.invoke);
      expect(value).not.toBe(ipc.send);
    }
  });
});
