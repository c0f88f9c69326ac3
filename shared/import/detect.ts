import type { Result } from '../domain/types';
import { parseDaylioCsv } from './daylio';
import { looksLikeDayOneEntries, parseDayOne, parseDayOneZip } from './dayone';
import { isZip, MAX_IMPORT_BYTES, readImportText } from './input';
import { parseJsonText } from './json';
import { parseJrnlJson } from './jrnl';
import { parseMiniDiaryJson } from './miniDiary';
import type { ParseOptions } from './preview';
import type { ImportError, ImportFormat, ImportPreview } from './types';
import { bytesSource, type ByteSource } from './zip';

/** Enough of the start of a file to recognise it without reading 50 MB. */
const SNIFF_BYTES = 64 * 1024;

function head(content: string | Uint8Array): string {
  const text =
    typeof content === 'string'
      ? content.slice(0, SNIFF_BYTES)
      : // Non-fatal: a multi-byte character cut at the end of the slice must not matter here.
        new TextDecoder('utf-8').decode(content.subarray(0, SNIFF_BYTES));
  return text.replace(/^\uFEFF/, '').trimStart();
}

function sniffJson(text: string): ImportFormat | null {
  if (/"application"\s*:\s*"Mini Diary"/.test(text)) return 'minidiary';
  // Day One: entries with a "creationDate" (and a "uuid", except in trimmed files: shapeOfJson decides those).
  if (/"creationDate"\s*:/.test(text) && /"uuid"\s*:/.test(text)) return 'dayone';
  if (/"date"\s*:\s*"\d{4}-\d{2}-\d{2}"/.test(text) && /"time"\s*:/.test(text) && /"title"\s*:/.test(text)) return 'jrnl';
  return null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * When the first 64 KB did not tell (e.g. a Day One entry with a very long text before its
 * "creationDate"), the parsed JSON's shape does.
 */
function shapeOfJson(content: string | Uint8Array): ImportFormat | null {
  const read = readImportText(content);
  if (!read.ok) return null;
  const json = parseJsonText(read.value);
  if (!json.ok || !isObject(json.value)) return null;
  const { metadata, entries } = json.value;
  if (isObject(metadata) && metadata.application === 'Mini Diary') return 'minidiary';
  if (!Array.isArray(entries) || !isObject(entries[0])) return null;
  if (looksLikeDayOneEntries(entries)) return 'dayone';
  if ('date' in entries[0] && 'time' in entries[0] && 'title' in entries[0]) return 'jrnl';
  return null;
}

/** A Daylio header names "mood" and "full_date" (or "year" in the oldest exports), e.g. "full_date,date,weekday,time,mood,…". */
function sniffCsv(text: string): ImportFormat | null {
  const header = text.slice(0, text.search(/\r?\n|$/)).toLowerCase();
  const columns = header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return columns.includes('mood') && (columns.includes('full_date') || columns.includes('year')) ? 'daylio' : null;
}

/**
 * Which importer reads a file: by its content (ZIP magic bytes, a Daylio header, tell-tale JSON
 * keys near the start), then by its extension when the content says nothing (".csv" → Daylio,
 * ".zip" → Day One), so that the importer can explain what is wrong with it. null: unknown.
 */
export function detectFormat(fileName: string, content: string | Uint8Array): ImportFormat | null {
  if (typeof content !== 'string' && isZip(content)) return 'dayone';
  const text = head(content);
  const json = text.startsWith('{');
  const byContent = json ? (sniffJson(text) ?? shapeOfJson(content)) : sniffCsv(text);
  if (byContent) return byContent;
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'daylio';
  if (extension === 'zip') return 'dayone';
  return null;
}

/** Detects the format and parses a file held in memory (a ZIP goes through its central directory). */
export async function parseImportFile(fileName: string, content: string | Uint8Array, options: ParseOptions = {}): Promise<Result<ImportPreview, ImportError>> {
  if (typeof content !== 'string' && isZip(content)) return parseDayOneZip(bytesSource(content), options);
  return parseImportText(fileName, content, options);
}

/**
 * Detects the format and parses a file read through `source` (a File's slices in the browser):
 * a ZIP is read from its central directory whatever its size, anything else only up to
 * MAX_IMPORT_BYTES, the limit applying to what is read.
 */
export async function parseImportSource(fileName: string, source: ByteSource, options: ParseOptions = {}): Promise<Result<ImportPreview, ImportError>> {
  const magic = await source.read(0, Math.min(4, source.size));
  if (isZip(magic)) return parseDayOneZip(source, options);
  if (source.size > MAX_IMPORT_BYTES) return { ok: false, error: { code: 'tooLarge', value: String(source.size), detail: `The file has ${source.size} bytes.` } };
  return parseImportText(fileName, await source.read(0, source.size), options);
}

function parseImportText(fileName: string, content: string | Uint8Array, options: ParseOptions): Result<ImportPreview, ImportError> {
  const format = detectFormat(fileName, content);
  switch (format) {
    case 'daylio':
      return parseDaylioCsv(content, options);
    case 'dayone':
      return parseDayOne(content, fileName, options);
    case 'jrnl':
      return parseJrnlJson(content, options);
    case 'minidiary':
      return parseMiniDiaryJson(content, options);
    case null: {
      const empty = typeof content === 'string' ? content.trim() === '' : content.byteLength === 0;
      if (empty) return { ok: false, error: { code: 'empty', detail: 'The file is empty.' } };
      return { ok: false, error: { code: 'unknownFormat', detail: `Unrecognised file: ${fileName}` } };
    }
  }
}
