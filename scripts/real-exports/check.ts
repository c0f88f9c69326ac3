/**
 * The body of `npm run check:real-exports`: each file through the Import screen's own path, then
 * an independent count of the records the file holds, so that a row neither imported nor listed
 * as skipped (a silent loss) fails the check.
 */
import { open, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { importIntoJournal } from '../../renderer/db/importPlan';
import { openHumeurDb } from '../../renderer/db/schema';
import { parseImportSourceAs } from '../../renderer/features/import/parseImportBytes';
import { defaultImportMapping } from '../../shared/import/mapping';
import { scaleSummaries, suggestedEnergyScale } from '../../shared/import/mapping';
import type { ImportPreview } from '../../shared/import/types';
import type { ByteSource } from '../../shared/import/zip';

async function fileSource(path: string): Promise<{ source: ByteSource; close(): Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    source: {
      size,
      async read(offset, length) {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      },
    },
    close: () => handle.close(),
  };
}

const entriesOf = (json: unknown): number => {
  const entries = (json as { entries?: unknown }).entries;
  if (Array.isArray(entries)) return entries.length;
  if (entries && typeof entries === 'object') return Object.values(entries).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 1), 0);
  return 0;
};

/** How many records the file holds, counted without the importers: CSV rows, JSON entries. */
async function recordsIn(path: string): Promise<number> {
  const bytes = new Uint8Array(await readFile(path));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const files = unzipSync(bytes, { filter: (f) => /\.json$/i.test(f.name) && !f.name.startsWith('__MACOSX/') });
    return Object.values(files).reduce((n, b) => n + entriesOf(JSON.parse(new TextDecoder().decode(b))), 0);
  }
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  if (/\.json$/i.test(path)) return entriesOf(JSON.parse(text));
  const rows = Papa.parse<string[]>(text.trim()).data.filter((r) => r.some((f) => f.trim() !== ''));
  const headed = rows[0]?.some((f) => f.trim().toLowerCase() === 'mood');
  return rows.length - (headed ? 1 : 0);
}

function reasons(preview: ImportPreview): string {
  const byCode = new Map<string, string[]>();
  for (const s of preview.skipped) {
    const where = s.line !== undefined ? `l.${s.line}` : `#${String(s.entry)}`;
    byCode.set(s.code, [...(byCode.get(s.code) ?? []), where]);
  }
  return [...byCode].map(([code, at]) => `${at.length} ${code} (${at.slice(0, 3).join(' ')}${at.length > 3 ? ' …' : ''})`).join('; ') || '—';
}

function leftBehind(preview: ImportPreview): string {
  const parts: string[] = [];
  const a = preview.notes.attachments;
  if (a) for (const [kind, n] of Object.entries(a)) if (n > 0) parts.push(`${n} ${kind}`);
  if (preview.notes.noonEntries) parts.push(`${preview.notes.noonEntries} at 12:00 (no time)`);
  if (preview.format === 'daylio') {
    const scales = scaleSummaries(preview);
    const energy = suggestedEnergyScale(scales);
    const ignored = scales.filter((s) => s.key !== energy).map((s) => s.name);
    if (ignored.length) parts.push(`scales ignored: ${ignored.join(', ')}`);
  }
  return parts.join('; ') || '—';
}

async function listFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !/\.md$/i.test(entry.name)) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort();
}

/** Checks every file; returns how many failed (refused, or entries lost without a word). */
export async function checkRealExports(folder: string, print: (line: string) => void, today = '2026-12-01'): Promise<number> {
  const files = await listFiles(folder);
  print('| file | format | records | entries | days | range | skipped and why | not importable | result |');
  print('|---|---|---:|---:|---:|---|---|---|---|');
  let failures = 0;
  for (const path of files) {
    const name = relative(folder, path);
    const { source, close } = await fileSource(path);
    let row: string;
    try {
      const outcome = await parseImportSourceAs(name, source, 'auto', { today });
      if (outcome.kind === 'importError' || outcome.kind === 'backupError') {
        failures++;
        row = `| ${name} | — | | | | | | | REFUSED: ${outcome.error.code} ${outcome.error.detail ?? ''} |`;
      } else if (outcome.kind === 'backup') {
        row = `| ${name} | humeur | ${outcome.backup.entries.length} | | | | | | backup (not checked here) |`;
      } else if (outcome.kind === 'encryptedBackup') {
        row = `| ${name} | humeur | | | | | | | encrypted backup (not checked here) |`;
      } else {
        const preview = outcome.preview;
        const db = openHumeurDb(`check-${crypto.randomUUID()}`);
        const written = await importIntoJournal(db, preview, defaultImportMapping(preview), { now: Date.now(), newId: () => crypto.randomUUID(), language: 'en' });
        const stored = await db.entries.count();
        const days = await db.days.count();
        db.close();
        const records = await recordsIn(path);
        const accounted = preview.items.length + preview.skipped.length;
        const lost = stored !== preview.items.length || written.duplicates > 0 || accounted !== records;
        if (lost) failures++;
        const range = preview.range ? `${preview.range.from} … ${preview.range.to}` : '—';
        const result = lost ? `LOST: ${records} records, ${accounted} accounted, ${stored} written, ${written.duplicates} merged` : 'ok';
        row = `| ${name} | ${preview.format} | ${records} | ${stored} | ${days} | ${range} | ${reasons(preview)} | ${leftBehind(preview)} | ${result} |`;
      }
    } catch (error) {
      failures++;
      row = `| ${name} | — | | | | | | | CRASH: ${error instanceof Error ? error.message : String(error)} |`;
    } finally {
      await close();
    }
    print(row);
  }
  print(`\n${files.length} files, ${files.length - failures} imported without loss, ${failures} failed.`);
  return failures;
}
