/**
 * The whole bridge between the renderer and the desktop shell, typed once.
 * electron/preload.ts builds an object that `satisfies DesktopApi`; electron/ipc/* implement
 * the handlers; renderer/platform/ is the only reader of `window.humeur`.
 * Every channel starts with "humeur:" and the main process refuses any other.
 */
import type { DayKey, Lang, Result } from '../domain/types';

export const CHANNEL_PREFIX = 'humeur:';

export const Channels = {
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
} as const;

export type Channel = (typeof Channels)[keyof typeof Channels];

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** Suggested file name, e.g. "humeur-2024-10.md". */
  defaultName: string;
  filters: FileFilter[];
  /** Text (written as UTF-8) or bytes. */
  data: string | Uint8Array;
  /** The dialog title in the UI language. */
  title?: string;
}

/** "cancelled" is an expected outcome, not an error. */
export type SaveFileResult = Result<{ path: string }, 'cancelled' | string>;

export interface PrintToPdfRequest {
  /** A complete HTML document (styles inlined) to print. */
  html: string;
  pageSize: 'A4' | 'Letter';
  defaultName: string;
  title?: string;
}

export interface BackupInfo {
  /** File name inside the backup folder, e.g. "humeur-backup-2024-10-01.json". */
  name: string;
  /** "daily" backups rotate after 30 days, "monthly" after 12 months, "manual" are kept. */
  kind: 'daily' | 'monthly' | 'manual';
  /** Local day of the backup, e.g. "2024-10-01". */
  day: string;
  size: number;
  modifiedAt: number;
}

export interface BackupWriteRequest {
  json: string;
  kind: 'daily' | 'manual';
  /** The local day the backup is for ("today" is a parameter). */
  day: string;
}

/** The settings the main process acts on: the evening reminder, the tray and the login item. */
export interface DesktopPreferences {
  /** Local "HH:mm", or null when the reminder is off. */
  reminderTime: string | null;
  /** 0 = Sunday … 6 = Saturday. */
  reminderDays: number[];
  keepInBackground: boolean;
  openAtLogin: boolean;
  /** The notification and the tray menu speak the UI language. */
  lang: Lang;
}

/** What this desktop can do of it: Linux has no login items Electron can write. */
export interface DesktopCapabilities {
  loginItem: boolean;
}

export type MenuCommand = 'go-today' | 'go-journal' | 'go-clients' | 'go-insights' | 'go-export' | 'go-import' | 'go-settings' | 'new-note' | 'lock-now';

/** Why the desktop shell asks a protected journal to lock: the session locked, or the computer goes to sleep. */
export type LockReason = 'lock-screen' | 'suspend';

export interface DesktopApi {
  /** 'web' for the browser build, where files download and there is no backup folder. */
  readonly platform: 'desktop' | 'web';
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  writeBackup(request: BackupWriteRequest): Promise<Result<BackupInfo>>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(name: string): Promise<Result<string>>;
  openBackupFolder(): Promise<Result<{ path: string }>>;
  /** The application menu follows the UI language. */
  setLanguage(lang: Lang): Promise<void>;
  /** The reminder, tray and login item follow these settings; sent on start and on every change. */
  setDesktopPreferences(preferences: DesktopPreferences): Promise<Result<DesktopCapabilities>>;
  /** The latest day with an end-of-day review, so that the reminder stays silent on that day. */
  setReviewedDay(day: DayKey | null): Promise<void>;
  /** Menu items the renderer acts on; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The computer locks or sleeps (Electron's powerMonitor); returns an unsubscribe function. */
  onLockRequest(listener: (reason: LockReason) => void): () => void;
}

declare global {
  interface Window {
    humeur?: DesktopApi;
  }
}
