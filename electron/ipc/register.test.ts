import { describe, expect, it, vi } from 'vitest';
import { Channels } from '../../shared/ipc/contract';
import { FORBIDDEN, handle, type InvokeEvent } from './register';

const APP_URL = 'app://humeur/index.html';

function fakeIpcMain() {
  const listeners = new Map<string, (event: InvokeEvent, ...args: unknown[]) => unknown>();
  return {
    handle: vi.fn((channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown) => {
      listeners.set(channel, listener);
    }),
    invoke: (channel: string, url: string | null, ...args: unknown[]) =>
      listeners.get(channel)!({ senderFrame: url === null ? null : { url } }, ...args),
  };
}

describe('handle', () => {
  it('answers the app page with what the handler returns', async () => {
    const ipc = fakeIpcMain();
    const handler = vi.fn(async (_event: InvokeEvent, name: unknown) => ({ ok: true, value: `read ${String(name)}` }));
    handle(ipc, Channels.backupRead, handler, { appUrl: APP_URL, log: () => {} });
    await expect(ipc.invoke(Channels.backupRead, `${APP_URL}#/settings`, 'humeur-backup-2024-10-01.json')).resolves.toEqual({
      ok: true,
      value: 'read humeur-backup-2024-10-01.json',
    });
  });

  it('refuses to register a channel outside "humeur:"', () => {
    const ipc = fakeIpcMain();
    expect(() => handle(ipc, 'files:save', () => 1, { appUrl: APP_URL })).toThrow(/humeur:/);
    expect(() => handle(ipc, 'humeur:', () => 1, { appUrl: APP_URL })).toThrow(/humeur:/);
    expect(ipc.handle).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not the app page, without running the handler', async () => {
    const ipc = fakeIpcMain();
    const handler = vi.fn(() => ({ ok: true, value: 'secret' }));
    const log = vi.fn();
    handle(ipc, Channels.backupList, handler, { appUrl: APP_URL, log });
    await expect(ipc.invoke(Channels.backupList, 'https://evil.example/')).resolves.toEqual(FORBIDDEN);
    await expect(ipc.invoke(Channels.backupList, 'file:///tmp/downloaded.html')).resolves.toEqual(FORBIDDEN);
    await expect(ipc.invoke(Channels.backupList, null)).resolves.toEqual(FORBIDDEN);
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('humeur:backups:list refused for sender', 'https://evil.example/');
  });

  it('turns a thrown error into { ok: false, error } and logs it', async () => {
    const ipc = fakeIpcMain();
    const log = vi.fn();
    const failure = new Error('EACCES: permission denied, open \'/home/ana/.config/Humeur/backups\'');
    handle(ipc, Channels.backupWrite, async () => { throw failure; }, { appUrl: APP_URL, log });
    await expect(ipc.invoke(Channels.backupWrite, APP_URL, {})).resolves.toEqual({ ok: false, error: failure.message });
    expect(log).toHaveBeenCalledWith('humeur:backups:write failed', failure);
  });

  it('does the same for a non-Error throw and for a frame Electron no longer knows', async () => {
    const ipc = fakeIpcMain();
    handle(ipc, Channels.setLanguage, () => { throw 'boom'; }, { appUrl: APP_URL, log: () => {} });
    await expect(ipc.invoke(Channels.setLanguage, APP_URL, 'fr')).resolves.toEqual({ ok: false, error: 'boom' });

    const listener = ipc.handle.mock.calls[0][1];
    const disposed = { get senderFrame(): never { throw new Error('Render frame was disposed'); } };
    await expect(listener(disposed)).resolves.toEqual(FORBIDDEN);
  });
});
