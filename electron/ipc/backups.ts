/**
 * Automatic and manual backups in `<userData>/backups`, visible to the user and restorable.
 * Names and retention are in backupRotation.ts; this file does the disk work.
 */
import { randomUUID } from 'node:crypto';
import { chmod, mkdir, open, readFile, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { addDays, formatDate } from '../../shared/domain/dates';
import { looksLikeEncryptedBackup, readEncryptedBackup } from '../../shared/export/encryptedBackupFormat';
import { parseBackup } from '../../shared/import/humeurBackup';
import type { BackupRefusal } from '../../shared/ipc/backupRefusal';
import type { Result } from '../../shared/domain/types';
import type { BackupInfo, BackupWriteRequest } from '../../shared/ipc/contract';
import type { Log } from '../security';
import {
  compareNewestFirst,
  dailyBackupName,
  manualBackupName,
  monthlyBackupName,
  parseBackupName,
  planBackupRotation,
  type BackupName,
} from './backupRotation';

export interface BackupsDeps {
  /** The backup folder, `backupFolder(app.getPath('userData'))` in the app. */
  folder: string;
  /**
   * The main process's clock: it decides what "today" is for the name and the rotation; the
   * renderer's day is only accepted when it is within a day of it (a time-zone change).
   */
  now(): Date;
  /** `shell.openPath` in the app: resolves to an error message, or "" on success. */
  openPath(folder: string): Promise<string>;
  log?: Log;
}

export function backupFolder(userData: string): string {
  return path.join(userData, 'backups');
}

/**
 * A 30-year journal of generated entries is about 30 MB as a backup; four times that leaves room
 * for long entries while a runaway or hostile page cannot fill the disk in one request.
 */
export const MAX_BACKUP_BYTES = 128 * 1024 * 1024;

/** Backups hold the whole journal: readable by the user alone (on systems with POSIX modes). */
export const BACKUP_FILE_MODE = 0o600;
export const BACKUP_FOLDER_MODE = 0o700;


function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * Writes through a temporary file flushed to disk and then renamed over the target, so a crash
 * or a full disk never leaves a half-written backup under a backup's name.
 */
async function writeAtomically(folder: string, name: string, text: string): Promise<void> {
  const temp = path.join(folder, `.${name}.${randomUUID()}.tmp`);
  try {
    // 'wx': a fresh file, never one planted under the temporary name; 0600 from its first byte.
    const handle = await open(temp, 'wx', BACKUP_FILE_MODE);
    try {
      await handle.writeFile(text, { encoding: 'utf8' });
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path.join(folder, name));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function readNames(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

async function describe(folder: string, backup: BackupName): Promise<BackupInfo | null> {
  try {
    const info = await stat(path.join(folder, backup.name));
    if (!info.isFile()) return null;
    return { name: backup.name, kind: backup.kind, day: backup.day, size: info.size, modifiedAt: Math.round(info.mtimeMs) };
  } catch (error) {
    // Deleted between readdir and stat, e.g. by the user in their file manager.
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Deletes what the rotation plan names; a file that cannot be deleted now is retried next time. */
async function rotate(deps: BackupsDeps, today: string): Promise<void> {
  const doomed = planBackupRotation(await readNames(deps.folder), today);
  for (const name of doomed) {
    try {
      await unlink(path.join(deps.folder, name));
    } catch (error) {
      if (!isMissing(error)) deps.log?.('backup rotation could not delete', { name, error });
    }
  }
}

/**
 * The folder, created 0700, and made 0700 again (with its backups 0600) if an older version or
 * the user opened it up. Foreign files in it are left as they are.
 */
async function ensurePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: BACKUP_FOLDER_MODE });
  if (process.platform === 'win32') return;
  await chmod(folder, BACKUP_FOLDER_MODE);
  for (const name of await readNames(folder)) {
    if (parseBackupName(name)) await chmod(path.join(folder, name), BACKUP_FILE_MODE).catch(() => {});
  }
}

/**
 * Checks a request against the main process's clock and the backup format (plain, or the
 * envelope of an encrypted backup, shape and sizes) before a byte is written: a page with a wrong (or forged) clock cannot name a backup "9999-12-31" and so rotate
 * the real ones away, nor fill the disk, nor store something that is not a journal.
 */
export function checkBackupRequest(request: BackupWriteRequest, now: Date): Result<{ today: string }, BackupRefusal> {
  const today = formatDate(now, 'yyyy-MM-dd', 'en');
  if (request.day < addDays(today, -1) || request.day > addDays(today, 1)) return { ok: false, error: 'wrong-day' };
  // A character takes at least one byte: the length alone refuses the obvious case without counting.
  if (request.json.length > MAX_BACKUP_BYTES || Buffer.byteLength(request.json, 'utf8') > MAX_BACKUP_BYTES) return { ok: false, error: 'too-large' };
  // A protected journal's backup is encrypted: without its key, only its envelope can be checked.
  const readable = looksLikeEncryptedBackup(request.json) ? readEncryptedBackup(request.json).ok : parseBackup(request.json).ok;
  if (!readable) return { ok: false, error: 'not-a-backup' };
  return { ok: true, value: { today } };
}

/**
 * Writes a daily backup (replacing the same day's) or a manual one. The first daily backup of a
 * month is also kept as that month's backup. Then old daily and monthly backups are rotated.
 */
export async function writeBackup(deps: BackupsDeps, request: BackupWriteRequest): Promise<Result<BackupInfo>> {
  const now = deps.now();
  const checked = checkBackupRequest(request, now);
  if (!checked.ok) {
    deps.log?.('backup refused', { reason: checked.error, day: request.day });
    return checked;
  }
  const name = request.kind === 'daily' ? dailyBackupName(request.day) : manualBackupName(request.day, formatDate(now, 'HHmmss', 'en'));
  try {
    await ensurePrivateFolder(deps.folder);
    await writeAtomically(deps.folder, name, request.json);
    if (request.kind === 'daily') {
      const monthly = monthlyBackupName(request.day);
      if (!(await readNames(deps.folder)).includes(monthly)) await writeAtomically(deps.folder, monthly, request.json);
    }
  } catch (error) {
    // A full disk or a folder the user made read-only: shown to the user, nothing half-written.
    return { ok: false, error: messageOf(error) };
  }
  // The later of the two days: a backup dated tomorrow (a time zone ahead) is counted, not left aside.
  await rotate(deps, request.day > checked.value.today ? request.day : checked.value.today);
  const info = await describe(deps.folder, { name, kind: request.kind, day: request.day });
  return info ? { ok: true, value: info } : { ok: false, error: 'not-found' };
}

/** Humeur's backups, newest first; other files in the folder are ignored. */
export async function listBackups(deps: Pick<BackupsDeps, 'folder'>): Promise<BackupInfo[]> {
  const names = (await readNames(deps.folder)).map(parseBackupName).filter((b): b is BackupName => b !== null);
  const infos = await Promise.all(names.sort(compareNewestFirst).map((b) => describe(deps.folder, b)));
  return infos.filter((info): info is BackupInfo => info !== null);
}

/**
 * The text of one backup. Only a name that listBackups returns is read, so "../x" or an absolute
 * path can never reach outside the backup folder.
 */
export async function readBackup(deps: Pick<BackupsDeps, 'folder'>, name: string): Promise<Result<string>> {
  if (parseBackupName(name) === null) return { ok: false, error: 'invalid-name' };
  const listed = await listBackups(deps);
  if (!listed.some((b) => b.name === name)) return { ok: false, error: 'not-found' };
  return { ok: true, value: await readFile(path.join(deps.folder, name), { encoding: 'utf8' }) };
}

/** Shows the folder in the system file manager, creating it first so that it always opens. */
export async function openBackupFolder(deps: BackupsDeps): Promise<Result<{ path: string }>> {
  await ensurePrivateFolder(deps.folder);
  const error = await deps.openPath(deps.folder);
  return error ? { ok: false, error } : { ok: true, value: { path: deps.folder } };
}
