import { unzipSync } from 'fflate';
import { z } from 'zod';
import { dayInTimeZone, isDayKey } from '../domain/dates';
import type { Result } from '../domain/types';
import { isZip, MAX_IMPORT_BYTES, readImportText } from './input';
import { parseJsonText } from './json';
import { finishPreview } from './preview';
import { cleanDayOneMarkdown } from './text';
import type { DayOneItem, DayOnePreview, ImportError, SkippedItem } from './types';

/**
 * Day One's JSON export: { "metadata": { "version": "1.0" }, "entries": [ { "uuid": "81F0…",
 * "creationDate": "2017-12-25T03:04:32Z", "timeZone": "Europe/Paris", "text": "# Title\n\nBody",
 * "tags": ["work"], … } ] }, usually inside a ZIP with one "<Journal name>.json" per journal.
 */
const fileSchema = z.object({
  metadata: z.object({ version: z.string() }),
  entries: z.array(z.unknown()),
});

const entrySchema = z.object({
  uuid: z.string().min(1),
  creationDate: z.string(),
  timeZone: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * "# Réunion Acme\n\nBody" → title "Réunion Acme", text "Body". Day One has no title field; a
 * heading on the first line is the title. Split before unescaping, so "\# 1" stays body text.
 */
function splitTitle(markdown: string): { title: string; text: string } {
  const trimmed = markdown.replace(/\r\n?/g, '\n').trimStart();
  const newline = trimmed.indexOf('\n');
  const first = newline === -1 ? trimmed : trimmed.slice(0, newline);
  if (!/^#{1,6}\s/.test(first)) return { title: '', text: cleanDayOneMarkdown(trimmed) };
  return {
    title: cleanDayOneMarkdown(first.replace(/^#{1,6}\s+/, '')),
    text: newline === -1 ? '' : cleanDayOneMarkdown(trimmed.slice(newline + 1)),
  };
}

function readEntry(raw: unknown, index: number, journal: string): DayOneItem | SkippedItem {
  const entry = index + 1;
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    return { code: 'invalidEntry', entry, value: path };
  }
  const e = parsed.data;
  // Date() would roll "2023-02-30T10:00:00Z" over to March 2: check the calendar day first.
  const valid = ISO_INSTANT.test(e.creationDate) && isDayKey(e.creationDate.slice(0, 10));
  const instant = valid ? new Date(e.creationDate) : null;
  if (!instant || Number.isNaN(instant.getTime())) return { code: 'invalidDate', entry, value: e.creationDate };
  // creationDate is UTC: the day is the one on the writer's clock, e.g. 03:04Z in New York is the evening before.
  const { day, time } = dayInTimeZone(instant, e.timeZone);
  const { title, text } = splitTitle(e.text ?? '');
  const tags = (e.tags ?? []).map((t) => t.trim()).filter((t) => t !== '');
  if (title === '' && text === '' && tags.length === 0) return { code: 'emptyEntry', entry, value: e.uuid };
  return { sourceId: e.uuid, day, time, title, text, tags, entry, journal, starred: e.starred ?? false };
}

function readJournal(
  bytes: string | Uint8Array,
  journal: string,
  items: DayOneItem[],
  skipped: SkippedItem[],
): ImportError | null {
  const text = readImportText(bytes);
  if (!text.ok) return text.error;
  const json = parseJsonText(text.value);
  if (!json.ok) return json.error;
  const file = fileSchema.safeParse(json.value);
  if (!file.success) {
    return { code: 'notThisFormat', value: 'Day One', detail: `${journal}: no Day One "metadata" and "entries".` };
  }
  file.data.entries.forEach((raw, i) => {
    const item = readEntry(raw, i, journal);
    if ('sourceId' in item) items.push(item);
    else skipped.push(item);
  });
  return null;
}

const journalName = (path: string) => (path.split('/').pop() ?? path).replace(/\.json$/i, '');

/** The journals of a Day One ZIP: every ".json" file, leaving out macOS resource forks ("__MACOSX/", "._x.json"). */
function unzipJournals(bytes: Uint8Array): Result<[string, Uint8Array][], ImportError> {
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        const base = file.name.split('/').pop() ?? '';
        const wanted = /\.json$/i.test(base) && !base.startsWith('._') && !file.name.startsWith('__MACOSX/');
        if (wanted && file.originalSize > MAX_IMPORT_BYTES) tooLarge = true;
        return wanted && !tooLarge;
      },
    });
  } catch (e) {
    return { ok: false, error: { code: 'badZip', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (tooLarge) return { ok: false, error: { code: 'tooLarge', detail: 'A journal inside the ZIP is over the limit.' } };
  const journals = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
  if (journals.length === 0) return { ok: false, error: { code: 'noJsonInZip', detail: 'No .json file in the ZIP.' } };
  return { ok: true, value: journals };
}

/**
 * Reads a Day One export: the ZIP (detected by its "PK" magic bytes) with all its journals, or a
 * bare journal JSON. An entry without uuid or with an unreadable date is skipped and listed, an
 * entry with neither text nor tags (photos only) is skipped as empty; a file that is not Day One's,
 * is cut short or is not UTF-8 is refused, whichever journal of the ZIP it is in.
 */
export function parseDayOne(input: string | Uint8Array, fileName = 'Journal.json'): Result<DayOnePreview, ImportError> {
  if (typeof input !== 'string' && input.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'tooLarge', value: String(input.byteLength), detail: 'The file is over the limit.' } };
  }
  let sources: [string, string | Uint8Array][] = [[fileName, input]];
  if (typeof input !== 'string' && isZip(input)) {
    const unzipped = unzipJournals(input);
    if (!unzipped.ok) return unzipped;
    sources = unzipped.value;
  }
  const items: DayOneItem[] = [];
  const skipped: SkippedItem[] = [];
  const journals: string[] = [];
  for (const [path, bytes] of sources) {
    const journal = journalName(path);
    const error = readJournal(bytes, journal, items, skipped);
    if (error) return { ok: false, error: sources.length > 1 ? { ...error, detail: `${journal}: ${error.detail}` } : error };
    journals.push(journal);
  }
  const preview = finishPreview('dayone', items, skipped);
  if (!preview.ok) return preview;
  return { ok: true, value: { ...preview.value, journals } };
}
