/**
 * Reads Humeur's own JSON backup (docs/backup-format.md) and says precisely why when it cannot:
 * a restore must change nothing unless the whole file is sound.
 *
 * Steps: JSON → format tag → version (newer than this build: refused; older: upgraded step by
 * step) → every field against the schema → referential integrity (unique ids, every client and
 * signal an entry names is in the file).
 */
import { formatShortDay, isDayKey } from '../domain/dates';
import type { DayKey, Lang, Result } from '../domain/types';
import { translate } from '../i18n/translate';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type HumeurBackup } from '../export/backupSchema';

export type BackupErrorCode =
  | 'not-json'
  | 'not-a-backup'
  | 'invalid-version'
  | 'version-too-new'
  | 'invalid-field'
  | 'duplicate-id'
  | 'missing-client'
  | 'missing-signal';

/** The entry an error is about, as far as the file tells: its position, id, day and time. */
export interface BackupErrorEntry {
  index: number;
  id?: string;
  day?: DayKey;
  time?: string;
}

export interface BackupError {
  code: BackupErrorCode;
  entry?: BackupErrorEntry;
  /** Where in the file, e.g. "entries[3].mood" or "clients[1].id". */
  path?: string;
  /** The file's format version, for 'version-too-new' and 'invalid-version'. */
  version?: number;
  /** Technical detail in English, for logs and the "details" disclosure. */
  detail: string;
}

/** A backup object of any version, before validation, e.g. as read from an old file. */
export type RawBackup = Record<string, unknown> & { version: number };
/** Turns a backup of version n into version n + 1. */
export type BackupUpgradeStep = (backup: RawBackup) => RawBackup;

/**
 * Upgrade steps by the version they start from. Version 1 is the first format, so there are none
 * yet. When version 2 comes, add `1: (b) => ({ ...b, version: 2, … })` and never edit a step
 * once released: a backup written years ago must still take the same path.
 */
export const BACKUP_UPGRADES: Readonly<Record<number, BackupUpgradeStep>> = {};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A backup file's JSON (text or bytes, UTF-8, with or without a byte-order mark), plain or encrypted. */
export function readBackupJson(content: string | Uint8Array): Result<unknown, BackupError> {
  const text = (typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content)).replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: { code: 'not-json', detail: e instanceof Error ? e.message : String(e) } };
  }
}

/** A parsed backup file (text or bytes, UTF-8, with or without a byte-order mark). */
export function parseBackup(content: string | Uint8Array): Result<HumeurBackup, BackupError> {
  const json = readBackupJson(content);
  return json.ok ? validateBackup(json.value) : json;
}

/** The same checks as parseBackup on an already parsed value. */
export function validateBackup(value: unknown): Result<HumeurBackup, BackupError> {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    const found = isRecord(value) ? JSON.stringify(value.format) : Array.isArray(value) ? 'an array' : typeof value;
    return fail({ code: 'not-a-backup', path: 'format', detail: `Expected format "${BACKUP_FORMAT}", found ${found ?? 'nothing'}` });
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'invalid-version', path: 'version', detail: `Expected a whole number from 1, found ${JSON.stringify(version)}` });
  }
  if (version > BACKUP_VERSION) {
    return fail({
      code: 'version-too-new',
      path: 'version',
      version,
      detail: `Format version ${version} is newer than ${BACKUP_VERSION}, the newest this build reads`,
    });
  }
  const upgraded = upgradeBackup({ ...value, version });
  if (!upgraded.ok) return upgraded;

  const parsed = backupSchema.safeParse(upgraded.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = formatPath(issue.path);
    return fail({ code: 'invalid-field', path, entry: entryAt(upgraded.value, issue.path), detail: `${path}: ${issue.message}` });
  }
  const integrity = checkIntegrity(parsed.data);
  return integrity ? fail(integrity) : { ok: true, value: parsed.data };
}

/**
 * Brings an older backup up to the current version, one step at a time, e.g. 1 → 2 → 3.
 * `steps` and `target` are parameters so that the mechanism itself can be tested.
 */
export function upgradeBackup(
  backup: RawBackup,
  steps: Readonly<Record<number, BackupUpgradeStep>> = BACKUP_UPGRADES,
  target: number = BACKUP_VERSION,
): Result<RawBackup, BackupError> {
  let current = backup;
  while (current.version < target) {
    const from = current.version;
    const step = steps[from];
    if (!step) {
      return fail({ code: 'invalid-version', path: 'version', version: from, detail: `No upgrade from format version ${from}` });
    }
    current = step(current);
    if (current.version !== from + 1) throw new Error(`Upgrade step from ${from} produced version ${current.version}`);
  }
  return { ok: true, value: current };
}

function fail(error: BackupError): { ok: false; error: BackupError } {
  return { ok: false, error };
}

/** ["entries", 3, "clients", 0, "clientId"] → "entries[3].clients[0].clientId" */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The entry a path points into, described with whatever of its id, day and time is readable. */
function entryAt(backup: Record<string, unknown>, path: readonly PropertyKey[]): BackupErrorEntry | undefined {
  if (path[0] !== 'entries' || typeof path[1] !== 'number') return undefined;
  const raw = (backup.entries as unknown[])[path[1]];
  const entry: BackupErrorEntry = { index: path[1] };
  if (isRecord(raw)) {
    if (typeof raw.id === 'string') entry.id = raw.id;
    if (isDayKey(raw.day)) entry.day = raw.day;
    if (typeof raw.time === 'string') entry.time = raw.time;
  }
  return entry;
}

function duplicateId(items: readonly { id: string }[], collection: string): BackupError | null {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) return { code: 'duplicate-id', path: `${collection}[${i}].id`, detail: `The id "${item.id}" appears twice in ${collection}` };
    seen.add(item.id);
  }
  return null;
}

function checkIntegrity(backup: HumeurBackup): BackupError | null {
  const duplicate =
    duplicateId(backup.clients, 'clients') ?? duplicateId(backup.signals, 'signals') ?? duplicateId(backup.entries, 'entries');
  if (duplicate) return duplicate;
  const clientIds = new Set(backup.clients.map((c) => c.id));
  const signalIds = new Set(backup.signals.map((s) => s.id));
  for (const [i, e] of backup.entries.entries()) {
    const entry: BackupErrorEntry = { index: i, id: e.id, day: e.day, time: e.time };
    const where = `Entry "${e.id}" (${e.day} ${e.time})`;
    const dayMissing = e.signals.findIndex((s) => !signalIds.has(s));
    if (dayMissing >= 0) {
      const path = `entries[${i}].signals[${dayMissing}]`;
      return { code: 'missing-signal', entry, path, detail: `${where} names signal "${e.signals[dayMissing]}", which is not in the backup` };
    }
    for (const [j, link] of e.clients.entries()) {
      if (!clientIds.has(link.clientId)) {
        const path = `entries[${i}].clients[${j}].clientId`;
        return { code: 'missing-client', entry, path, detail: `${where} names client "${link.clientId}", which is not in the backup` };
      }
      const missing = link.signals.findIndex((s) => !signalIds.has(s));
      if (missing >= 0) {
        const path = `entries[${i}].clients[${j}].signals[${missing}]`;
        return { code: 'missing-signal', entry, path, detail: `${where} names signal "${link.signals[missing]}", which is not in the backup` };
      }
    }
  }
  return null;
}

/**
 * The error as a sentence for the user in the UI language, e.g.
 * "L’entrée du 3 oct. 2024 à 21:35 renvoie à un client absent de la sauvegarde."
 */
export function backupErrorMessage(error: BackupError, lang: Lang): string {
  const entry = error.entry;
  const described =
    entry?.day !== undefined
      ? entry.time !== undefined
        ? translate(lang, 'backupErrors.entryAt', { day: formatShortDay(entry.day, lang), time: entry.time })
        : formatShortDay(entry.day, lang)
      : undefined;
  const path = error.path ?? '';
  switch (error.code) {
    case 'version-too-new':
      return translate(lang, 'backupErrors.version-too-new', { version: String(error.version ?? '?') });
    case 'invalid-field':
      return described
        ? translate(lang, 'backupErrors.invalid-field.entry', { entry: described, path })
        : translate(lang, 'backupErrors.invalid-field', { path });
    case 'missing-client':
    case 'missing-signal':
      return translate(lang, `backupErrors.${error.code}`, { entry: described ?? path });
    case 'duplicate-id':
      return translate(lang, 'backupErrors.duplicate-id', { path });
    default:
      return translate(lang, `backupErrors.${error.code}`);
  }
}
