/**
 * Turns a chosen file's bytes into something the Import screen can preview: a Humeur backup, or
 * another journal's export. Pure (no DOM, no database), so the Web Worker and the in-process
 * fallback run exactly the same code.
 */
import type { HumeurBackup } from '../../../shared/export/backup';
import { parseBackup, type BackupError } from '../../../shared/import/humeurBackup';
import { parseDaylioCsv } from '../../../shared/import/daylio';
import { parseDayOne } from '../../../shared/import/dayone';
import { parseImportFile } from '../../../shared/import/detect';
import { MAX_IMPORT_BYTES } from '../../../shared/import/input';
import { parseJrnlJson } from '../../../shared/import/jrnl';
import { parseMiniDiaryJson } from '../../../shared/import/miniDiary';
import type { ImportError, ImportFormat, ImportPreview } from '../../../shared/import/types';

/** What the user picked in the format list; "auto" detects it from the content. */
export type ChosenFormat = 'auto' | 'humeur' | ImportFormat;

export const CHOSEN_FORMATS: readonly ChosenFormat[] = ['auto', 'humeur', 'daylio', 'dayone', 'jrnl', 'minidiary'];

export type ParseOutcome =
  | { kind: 'journal'; preview: ImportPreview }
  | { kind: 'backup'; backup: HumeurBackup }
  | { kind: 'importError'; error: ImportError }
  | { kind: 'backupError'; error: BackupError };

/** The refusal of a file too large to read, decided from its size alone (nothing is read). */
export function sizeRefusal(size: number): ParseOutcome | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return { kind: 'importError', error: { code: 'tooLarge', value: String(size), detail: `The file has ${size} bytes.` } };
}

/**
 * A Humeur backup says so near its start, e.g. `{ "format": "humeur-backup", "version": 1, …`.
 * Checked before the other journals' detectors, which would call it an unknown JSON file.
 */
export function looksLikeHumeurBackup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') && /"format"\s*:\s*"humeur-backup"/.test(head);
}

function parseOther(fileName: string, bytes: Uint8Array, format: ChosenFormat): ParseOutcome {
  switch (format) {
    case 'daylio':
      return journalOutcome(parseDaylioCsv(bytes));
    case 'dayone':
      return journalOutcome(parseDayOne(bytes, fileName));
    case 'jrnl':
      return journalOutcome(parseJrnlJson(bytes));
    case 'minidiary':
      return journalOutcome(parseMiniDiaryJson(bytes));
    default:
      return journalOutcome(parseImportFile(fileName, bytes));
  }
}

function journalOutcome(result: ReturnType<typeof parseImportFile>): ParseOutcome {
  return result.ok ? { kind: 'journal', preview: result.value } : { kind: 'importError', error: result.error };
}

/** Parses a file's bytes as the chosen format, or detects it: Humeur backup first, then the others. */
export function parseImportBytes(fileName: string, bytes: Uint8Array, format: ChosenFormat): ParseOutcome {
  const refused = sizeRefusal(bytes.byteLength);
  if (refused) return refused;
  if (format === 'humeur' || (format === 'auto' && looksLikeHumeurBackup(bytes))) {
    const result = parseBackup(bytes);
    return result.ok ? { kind: 'backup', backup: result.value } : { kind: 'backupError', error: result.error };
  }
  return parseOther(fileName, bytes, format);
}
