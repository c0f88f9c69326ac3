import type { Result } from '../domain/types';
import type { ImportError } from './types';

/** The largest file Humeur reads: 50 MB, far above any real journal export (a decade of Daylio is ~5 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const BOM = '\uFEFF';
const REPLACEMENT = '\uFFFD';

/** 1-based line of a character offset, e.g. lineAt("a\nb", 2) → 2. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Number of lines of a text, not counting a final line break. */
export function lineCount(text: string): number {
  return lineAt(text, text.replace(/\s+$/, '').length);
}

/** True when the bytes start like a ZIP archive ("PK\3\4", or "PK\5\6" for an empty one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function notUtf8(text: string): ImportError {
  const at = text.indexOf(REPLACEMENT);
  return {
    code: 'notUtf8',
    line: lineAt(text, at),
    detail: 'The file is not UTF-8 text (another encoding such as Latin-1 or Windows-1252?).',
  };
}

/**
 * Bytes or text → the file's text, without BOM. Refuses an empty file, one over MAX_IMPORT_BYTES,
 * and one that is not UTF-8: invalid bytes, or text already decoded with U+FFFD replacement
 * characters in it (what a browser gives for a Latin-1 file read as UTF-8, e.g. "r\uFFFDunion").
 * Bytes that decode strictly are UTF-8, even when the user's text holds a literal U+FFFD "�".
 */
export function readImportText(input: string | Uint8Array): Result<string, ImportError> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'tooLarge', value: String(size), detail: `The file has ${size} bytes.` } };
  }
  let text: string;
  const decoded = typeof input === 'string';
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false, error: notUtf8(new TextDecoder('utf-8').decode(input)) };
    }
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text.trim() === '') return { ok: false, error: { code: 'empty', detail: 'The file is empty.' } };
  if (decoded && text.includes(REPLACEMENT)) return { ok: false, error: notUtf8(text) };
  return { ok: true, value: text };
}
