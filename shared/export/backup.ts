/**
 * Writes Humeur's complete, re-importable JSON backup (format described in
 * docs/backup-format.md; read back by shared/import/humeurBackup.ts), e.g.
 *
 *   {
 *     "format": "humeur-backup",
 *     "version": 1,
 *     "exportedAt": "2024-11-02T18:04:05.000Z",
 *     "app": { "name": "Humeur", "version": "0.1.0" },
 *     …
 *   }
 */
import { z } from 'zod';
import type { Client, Entry, Settings, Signal } from '../domain/types';
import { parseBackup, type BackupError } from '../import/humeurBackup';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type HumeurBackup } from './backupSchema';

export { BACKUP_FORMAT, BACKUP_VERSION, type HumeurBackup } from './backupSchema';

export interface BackupContent {
  clients: Client[];
  entries: Entry[];
  signals: Signal[];
  settings: Settings;
  /** The moment of export, passed in (pure code reads no clock), e.g. Date.now() at the caller. */
  exportedAt: number | Date;
  /** The app's version, e.g. "0.1.0"; "unknown" when the caller cannot tell. */
  appVersion?: string;
}

/** The backup of a whole journal, in the order the caller's arrays hold it. */
export function createBackup(content: BackupContent): HumeurBackup {
  const exportedAt = new Date(content.exportedAt);
  if (Number.isNaN(exportedAt.getTime())) throw new Error(`Invalid export time: ${String(content.exportedAt)}`);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    app: { name: 'Humeur', version: content.appVersion ?? 'unknown' },
    settings: content.settings,
    clients: content.clients,
    signals: content.signals,
    entries: content.entries,
  };
}

/**
 * The backup as text: 2-space indentation, a final line break, and every object's keys in the
 * order the schema declares them (the order of docs/backup-format.md), whatever order the
 * objects were built in. The same backup therefore always gives the same bytes, and two backups
 * compare line by line. Keys the schema does not know are kept, after the known ones,
 * alphabetically — a writer never drops data; the reader decides.
 */
export function serialiseBackup(backup: HumeurBackup): string {
  const ordered = inSchemaOrder(backup, backupSchema) as { settings: Record<string, unknown> };
  // Never-edited ideal-client criteria (the defaults) are left out, as in files written before the
  // shared checklist existed: the reader takes an absent list as the defaults.
  if (ordered.settings.idealCriteria === null) delete ordered.settings.idealCriteria;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Unwraps optional and nullable layers down to the schema that describes a present value. */
function innerSchema(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

function inSchemaOrder(value: unknown, schema: z.ZodType | undefined): unknown {
  const s = schema && innerSchema(schema);
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(item, s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined));
  if (!isRecord(value)) return value;
  const shape: Record<string, z.ZodType> = s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>) : {};
  const known = Object.keys(shape).filter((k) => k in value);
  const extra = Object.keys(value).filter((k) => !(k in shape)).sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...extra]) out[key] = inSchemaOrder(value[key], shape[key]);
  return out;
}

/** A backup the app refused to write because its own reader would refuse it (e.g. an entry on day "999-03-01"). */
export class UnrestorableBackupError extends Error {
  constructor(readonly error: BackupError) {
    super(`The backup was not written: it would not restore (${error.detail}).`);
    this.name = 'UnrestorableBackupError';
  }
}

/**
 * The backup as text, once the backup reader (the one a restore uses) has accepted that very
 * text: the app never writes a backup it cannot restore. Throws UnrestorableBackupError, naming
 * the first refused record, when the journal holds something the reader refuses.
 */
export function restorableBackupText(backup: HumeurBackup): string {
  const text = serialiseBackup(backup);
  const read = parseBackup(text);
  if (!read.ok) throw new UnrestorableBackupError(read.error);
  return text;
}
