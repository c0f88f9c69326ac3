/**
 * Every channel of the contract, answered: requests are validated, then handed to the capability
 * that owns them (files.ts, backups.ts) or to the app (language).
 */
import type { BaseWindow } from 'electron';
import type { DayKey, Lang } from '../../shared/domain/types';
import { Channels, type DesktopCapabilities, type DesktopPreferences } from '../../shared/ipc/contract';
import type { Log } from '../security';
import { listBackups, openBackupFolder, readBackup, writeBackup, type BackupsDeps } from './backups';
import { printToPdf, saveFile, type FilesDeps } from './files';
import { handle, type Handler, type InvokeEvent, type IpcMainLike } from './register';
import {
  backupNameSchema,
  backupWriteRequestSchema,
  desktopPreferencesSchema,
  langSchema,
  parseRequest,
  printToPdfRequestSchema,
  reviewedDaySchema,
  saveFileRequestSchema,
} from './schemas';

export interface IpcDeps<E extends InvokeEvent> {
  ipcMain: IpcMainLike<E>;
  /** The file: URL of the app's index.html, the only page allowed to call. */
  appUrl: string;
  files: FilesDeps;
  backups: BackupsDeps;
  /** The window a request came from, so that the save dialog opens on top of it. */
  windowOf(event: E): BaseWindow | null;
  /** Rebuilds the menu (and dialog titles) in the UI language. */
  setLanguage(lang: Lang): void;
  /** The reminder, tray and login item (electron/background.ts). */
  background: {
    apply(preferences: DesktopPreferences): DesktopCapabilities;
    setReviewedDay(day: DayKey | null): void;
  };
  log?: Log;
}

/** Registers the handlers; menuCommand is the one channel that goes the other way. */
export function registerIpcHandlers<E extends InvokeEvent>(deps: IpcDeps<E>): void {
  const on = (channel: string, handler: Handler<E>) => handle(deps.ipcMain, channel, handler, { appUrl: deps.appUrl, log: deps.log });

  on(Channels.saveFile, (event, request) => {
    const parsed = parseRequest(saveFileRequestSchema, request);
    return parsed.ok ? saveFile(deps.files, parsed.value, deps.windowOf(event)) : parsed;
  });
  on(Channels.printToPdf, (event, request) => {
    const parsed = parseRequest(printToPdfRequestSchema, request);
    return parsed.ok ? printToPdf(deps.files, parsed.value, deps.windowOf(event)) : parsed;
  });
  on(Channels.backupWrite, (_event, request) => {
    const parsed = parseRequest(backupWriteRequestSchema, request);
    return parsed.ok ? writeBackup(deps.backups, parsed.value) : parsed;
  });
  on(Channels.backupList, () => listBackups(deps.backups));
  on(Channels.backupRead, (_event, name) => {
    const parsed = parseRequest(backupNameSchema, name);
    return parsed.ok ? readBackup(deps.backups, parsed.value) : parsed;
  });
  on(Channels.backupOpenFolder, () => openBackupFolder(deps.backups));
  on(Channels.setLanguage, (_event, lang) => {
    const parsed = parseRequest(langSchema, lang);
    if (!parsed.ok) return parsed;
    deps.setLanguage(parsed.value);
    return undefined;
  });
  on(Channels.desktopPreferences, (_event, preferences) => {
    const parsed = parseRequest(desktopPreferencesSchema, preferences);
    return parsed.ok ? { ok: true, value: deps.background.apply(parsed.value) } : parsed;
  });
  on(Channels.reviewedDay, (_event, day) => {
    const parsed = parseRequest(reviewedDaySchema, day);
    if (!parsed.ok) return parsed;
    deps.background.setReviewedDay(parsed.value);
    return undefined;
  });
}
