/**
 * The renderer is untrusted input: every request is checked against the contract before a file is
 * touched. Each schema is pinned to its contract type, so the two cannot drift apart.
 */
import { z } from 'zod';
import { isDayKey } from '../../shared/domain/dates';
import type { BackupWriteRequest, DesktopPreferences, LockReason, PrintToPdfRequest, SaveFileRequest } from '../../shared/ipc/contract';
import type { DayKey, Lang, Result } from '../../shared/domain/types';
import { MAX_BACKUP_BYTES } from './backups';

/**
 * The most a request may carry, so that a runaway or hostile page cannot make the main process
 * hold gigabytes. Exports: a 30-year journal as CSV or Markdown is under 40 MB; the printable
 * report's HTML (text and SVG charts) is smaller still.
 */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
export const MAX_REPORT_HTML_CHARS = 128 * 1024 * 1024;

const exportData = z.union([
  z.string().max(MAX_EXPORT_BYTES),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, 'too large'),
]);

const fileName = z.string().trim().min(1).max(255);
const title = z.string().max(200).optional();

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  // e.g. "md", "csv", "pdf", or "*" for all files
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).min(1).max(20),
});

export const saveFileRequestSchema: z.ZodType<SaveFileRequest> = z.object({
  defaultName: fileName,
  filters: z.array(fileFilter).max(20),
  data: exportData,
  title,
});

export const printToPdfRequestSchema: z.ZodType<PrintToPdfRequest> = z.object({
  html: z.string().min(1).max(MAX_REPORT_HTML_CHARS),
  pageSize: z.enum(['A4', 'Letter']),
  defaultName: fileName,
  title,
});

export const backupWriteRequestSchema: z.ZodType<BackupWriteRequest> = z.object({
  // Characters, checked again in bytes by writeBackup.
  json: z.string().min(1).max(MAX_BACKUP_BYTES),
  kind: z.enum(['daily', 'manual']),
  day: z.string().refine(isDayKey, 'not a day key'),
});

export const langSchema: z.ZodType<Lang> = z.enum(['fr', 'en']);

export const desktopPreferencesSchema: z.ZodType<DesktopPreferences> = z.strictObject({
  // e.g. "20:30"
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable(),
  reminderDays: z.array(z.number().int().min(0).max(6)).max(7),
  keepInBackground: z.boolean(),
  openAtLogin: z.boolean(),
  lang: langSchema,
});

export const reviewedDaySchema: z.ZodType<DayKey | null> = z.string().refine(isDayKey, 'not a day key').nullable();

export const backupNameSchema = z.string().min(1).max(255);

export const INVALID_REQUEST = 'invalid-request';

export function parseRequest<T>(schema: z.ZodType<T>, value: unknown): Result<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: INVALID_REQUEST };
}

/** What the shell may send on the lock channel (the preload checks the same list on arrival). */
export const lockReasonSchema: z.ZodType<LockReason> = z.enum(['lock-screen', 'suspend']);
