/**
 * The renderer is untrusted input: every request is checked against the contract before a file is
 * touched. Each schema is pinned to its contract type, so the two cannot drift apart.
 */
import { z } from 'zod';
import { isDayKey } from '../../shared/domain/dates';
import type { BackupWriteRequest, LockReason, PrintToPdfRequest, SaveFileRequest } from '../../shared/ipc/contract';
import type { Lang, Result } from '../../shared/domain/types';

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
  data: z.union([z.string(), z.instanceof(Uint8Array)]),
  title,
});

export const printToPdfRequestSchema: z.ZodType<PrintToPdfRequest> = z.object({
  html: z.string().min(1),
  pageSize: z.enum(['A4', 'Letter']),
  defaultName: fileName,
  title,
});

export const backupWriteRequestSchema: z.ZodType<BackupWriteRequest> = z.object({
  json: z.string().min(1),
  kind: z.enum(['daily', 'manual']),
  day: z.string().refine(isDayKey, 'not a day key'),
});

export const langSchema: z.ZodType<Lang> = z.enum(['fr', 'en']);

export const backupNameSchema = z.string().min(1).max(255);

export const INVALID_REQUEST = 'invalid-request';

export function parseRequest<T>(schema: z.ZodType<T>, value: unknown): Result<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: INVALID_REQUEST };
}

/** What the shell may send on the lock channel (the preload checks the same list on arrival). */
export const lockReasonSchema: z.ZodType<LockReason> = z.enum(['lock-screen', 'suspend']);
