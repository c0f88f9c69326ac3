/**
 * The bridge the page sees as `window.humeur`: a few typed methods, never ipcRenderer itself,
 * and never an Electron event object.
 *
 * A sandboxed preload can require 'electron' and nothing else (no relative files), so this file
 * imports only types from shared/ and spells the channel names out; `satisfies typeof Channels`
 * makes the compiler refuse any drift from the contract.
 */
import type { ContextBridge, IpcRendererEvent } from 'electron';
import type { Channels, DesktopApi, LockReason, MenuCommand } from '../shared/ipc/contract';

export const PRELOAD_CHANNELS = {
  saveFile: 'humeur:files:save',
  printToPdf: 'humeur:files:print-pdf',
  backupWrite: 'humeur:backups:write',
  backupList: 'humeur:backups:list',
  backupRead: 'humeur:backups:read',
  backupOpenFolder: 'humeur:backups:open-folder',
  setLanguage: 'humeur:app:set-language',
  menuCommand: 'humeur:app:menu-command',
  lockRequest: 'humeur:app:lock-request',
  desktopPreferences: 'humeur:app:desktop-preferences',
  reviewedDay: 'humeur:reminder:reviewed-day',
} as const satisfies typeof Channels;

/** Every MenuCommand, so that the page only ever hears commands it knows. */
const MENU_COMMANDS: Record<MenuCommand, true> = {
  'go-today': true,
  'go-journal': true,
  'go-clients': true,
  'go-insights': true,
  'go-export': true,
  'go-import': true,
  'go-settings': true,
  'new-note': true,
  'lock-now': true,
};

/** Every LockReason: anything else sent on the lock channel is ignored. */
const LOCK_REASONS: Record<LockReason, true> = { 'lock-screen': true, suspend: true };

type MenuListener = (event: IpcRendererEvent, ...args: unknown[]) => void;

/** What the bridge uses of ipcRenderer; tests pass a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: MenuListener): unknown;
  removeListener(channel: string, listener: MenuListener): unknown;
}

function failureMessage(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('ok' in value) || value.ok !== false) return null;
  return 'error' in value ? String(value.error) : 'unknown';
}

export function buildDesktopApi(ipc: IpcRendererLike): DesktopApi {
  const C = PRELOAD_CHANNELS;
  // The main process answers Result-typed channels itself; it never sends a raw Error.
  const invoke = <T>(channel: string, ...args: unknown[]) => ipc.invoke(channel, ...args) as Promise<T>;
  return {
    platform: 'desktop',
    saveFile: (request) => invoke(C.saveFile, request),
    printToPdf: (request) => invoke(C.printToPdf, request),
    writeBackup: (request) => invoke(C.backupWrite, request),
    readBackup: (name) => invoke(C.backupRead, name),
    openBackupFolder: () => invoke(C.backupOpenFolder),
    // These two are not Result-typed: an unexpected failure in the main process arrives as
    // { ok: false, error } and becomes a rejected promise here, as the contract's types promise.
    listBackups: async () => {
      const answer = await ipc.invoke(C.backupList);
      if (Array.isArray(answer)) return answer;
      throw new Error(`listBackups failed: ${failureMessage(answer) ?? 'unexpected answer'}`);
    },
    setLanguage: async (lang) => {
      const failure = failureMessage(await ipc.invoke(C.setLanguage, lang));
      if (failure !== null) throw new Error(`setLanguage failed: ${failure}`);
    },
    setDesktopPreferences: (preferences) => invoke(C.desktopPreferences, preferences),
    setReviewedDay: async (day) => {
      const failure = failureMessage(await ipc.invoke(C.reviewedDay, day));
      if (failure !== null) throw new Error(`setReviewedDay failed: ${failure}`);
    },
    onMenuCommand: (listener) => {
      const wrapped: MenuListener = (_event, command) => {
        if (typeof command === 'string' && Object.hasOwn(MENU_COMMANDS, command)) listener(command as MenuCommand);
      };
      ipc.on(C.menuCommand, wrapped);
      return () => {
        ipc.removeListener(C.menuCommand, wrapped);
      };
    },
    onLockRequest: (listener) => {
      const wrapped: MenuListener = (_event, reason) => {
        if (typeof reason === 'string' && Object.hasOwn(LOCK_REASONS, reason)) listener(reason as LockReason);
      };
      ipc.on(C.lockRequest, wrapped);
      return () => {
        ipc.removeListener(C.lockRequest, wrapped);
      };
    },
  } satisfies DesktopApi;
}

export function exposeDesktopApi(bridge: Pick<ContextBridge, 'exposeInMainWorld'>, ipc: IpcRendererLike): void {
  bridge.exposeInMainWorld('humeur', buildDesktopApi(ipc));
}

// Runs only when Electron loads this file as the window's preload; tests import it under Node.
if (typeof process !== 'undefined' && process.type === 'renderer') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload gets `require('electron')` and no module loader
  const electron = require('electron') as typeof import('electron');
  exposeDesktopApi(electron.contextBridge, electron.ipcRenderer);
}
