/**
 * Turns a chosen file into something the Import screen can preview: a Humeur backup, or another
 * journal's export. Pure (no DOM, no database): the file is reached through a ByteSource, so the
 * Web Worker (a File's slices) and the in-process fallback run exactly the same code, and a Day
 * One ZIP of 1 GB of photos is read from its central directory without loading the photos.
 */
import { todayKey } from '../../../shared/domain/dates';
import type { HumeurBackup } from '../../../shared/export/backup';
import { looksLikeEncryptedBackup, readEncryptedBackup, type EncryptedBackup } from '../../../shared/export/encryptedBackupFormat';
import { parseBackup, type BackupError } from '../../../shared/import/humeurBackup';
import { parseDaylioCsv } from '../../../shared/import/daylio';
import { parseDayOne, parseDayOneZip } from '../../../shared/import/dayone';
import { parseImportSource } from '../../../shared/import/detect';
import { isZip, MAX_IMPORT_BYTES } from '../../../shared/import/input';
import { parseJrnlJson } from '../../../shared/import/jrnl';
import { parseMiniDiaryJson } from '../../../shared/import/miniDiary';
import type { ParseOptions } from '../../../shared/import/preview';
import type { ImportError, ImportFormat, ImportPreview } from '../../../shared/import/types';
import { bytesSource, type ByteSource } from '../../../shared/import/zip';

/** What the user picked in the format list; "auto" detects it from the content. */
export type ChosenFormat = 'auto' | 'humeur' | ImportFormat;

export const CHOSEN_FORMATS: readonly ChosenFormat[] = ['auto', 'humeur', 'daylio', 'dayone', 'jrnl', 'minidiary'];

export type ParseOutcome =
  | { kind: 'journal'; preview: ImportPreview }
  | { kind: 'backup'; backup: HumeurBackup }
  /** A protected journal's backup: its envelope only, opened once the user gives its passphrase. */
  | { kind: 'encryptedBackup'; envelope: EncryptedBackup }
  | { kind: 'importError'; error: ImportError }
  | { kind: 'backupError'; error: BackupError };

/** The refusal of a file too large to read, decided from its size alone (nothing is read). */
export function sizeRefusal(size: number): ParseOutcome | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return { kind: 'importError', error: { code: 'tooLarge', value: String(size), detail: `The file has ${size} bytes.` } };
}

/** A Blob (a File) read by slices: only the parts asked for are ever in memory. */
export function blobSource(blob: Blob): ByteSource {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

/**
 * A Humeur backup says so near its start, e.g. `{ "format": "humeur-backup", "version": 1, …`.
 * Checked before the other journals' detectors, which would call it an unknown JSON file.
 */
export function looksLikeHumeurBackup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') && /"format"\s*:\s*"humeur-backup"/.test(head);
}

function journalOutcome(result: Awaited<ReturnType<typeof parseImportSource>>): ParseOutcome {
  return result.ok ? { kind: 'journal', preview: result.value } : { kind: 'importError', error: result.error };
}

async function parseChosen(fileName: string, source: ByteSource, format: ImportFormat, options: ParseOptions): Promise<ParseOutcome> {
  const head = await source.read(0, Math.min(4, source.size));
  if (format === 'dayone' && isZip(head)) return journalOutcome(await parseDayOneZip(source, options));
  const refused = sizeRefusal(source.size);
  if (refused) return refused;
  const bytes = await source.read(0, source.size);
  switch (format) {
    case 'daylio':
      return journalOutcome(parseDaylioCsv(bytes, options));
    case 'dayone':
      return journalOutcome(parseDayOne(bytes, fileName, options));
    case 'jrnl':
      return journalOutcome(parseJrnlJson(bytes, options));
    case 'minidiary':
      return journalOutcome(parseMiniDiaryJson(bytes, options));
  }
}

/**
 * Parses a file as the chosen format, or detects it: Humeur backup first (encrypted or not), then the others. The
 * size limit applies to what is read: a whole file, or the journals inside a ZIP.
 */
export async function parseImportSourceAs(fileName: string, source: ByteSource, format: ChosenFormat, options: ParseOptions = {}): Promise<ParseOutcome> {
  const parseOptions = { today: options.today ?? todayKey() };
  if (format !== 'auto' && format !== 'humeur') return parseChosen(fileName, source, format, parseOptions);
  const head = await source.read(0, Math.min(4096, source.size));
  if ((format === 'auto' || format === 'humeur') && looksLikeEncryptedBackup(head)) {
    const refused = sizeRefusal(source.size);
    if (refused) return refused;
    const result = readEncryptedBackup(await source.read(0, source.size));
    return result.ok ? { kind: 'encryptedBackup', envelope: result.value } : { kind: 'backupError', error: result.error };
  }
  if (format === 'humeur' || looksLikeHumeurBackup(head)) {
    const refused = sizeRefusal(source.size);
    if (refused) return refused;
    const result = parseBackup(await source.read(0, source.size));
    return result.ok ? { kind: 'backup', backup: result.value } : { kind: 'backupError', error: result.error };
  }
  return journalOutcome(await parseImportSource(fileName, source, parseOptions));
}

/** The same, on bytes already in memory (tests, small files). */
export function parseImportBytes(fileName: string, bytes: Uint8Array, format: ChosenFormat, options: ParseOptions = {}): Promise<ParseOutcome> {
  return parseImportSourceAs(fileName, bytesSource(bytes), format, options);
}
