import { z } from 'zod';
import { dayInTimeZone, isDayKey } from '../domain/dates';
import type { Result } from '../domain/types';
import { isZip, MAX_IMPORT_BYTES, readImportText } from './input';
import { parseJsonText } from './json';
import { finishPreview, type ParseOptions } from './preview';
import { cleanDayOneMarkdown, stableHash } from './text';
import type { AttachmentCounts, DayOneItem, DayOnePreview, ImportError, SkippedItem } from './types';
import { readZipFiles, type ByteSource, type ZipLimits } from './zip';

/**
 * Day One's JSON export: { "metadata": { "version": "1.0" }, "entries": [ { "uuid": "81F0…",
 * "creationDate": "2017-12-25T03:04:32Z", "timeZone": "Europe/Paris", "text": "# Title\n\nBody",
 * "tags": ["work"], … } ] }, usually inside a ZIP with one "<Journal name>.json" per journal.
 */
const fileSchema = z.object({
  metadata: z.object({ version: z.string() }).optional(),
  entries: z.array(z.unknown()),
});

const attachmentList = z.array(z.unknown()).optional();

const entrySchema = z.object({
  // Optional: Mini Diary ships a trimmed Day One file without it.
  uuid: z.string().min(1).optional(),
  creationDate: z.string(),
  timeZone: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
  photos: attachmentList,
  videos: attachmentList,
  audios: attachmentList,
  pdfAttachments: attachmentList,
});

/** Day One without its "metadata" is still Day One when its entries are: each has a creationDate. */
export function looksLikeDayOneEntries(entries: readonly unknown[]): boolean {
  return entries.length > 0 && entries.every((e) => typeof e === 'object' && e !== null && typeof (e as { creationDate?: unknown }).creationDate === 'string');
}

function countAttachments(e: z.infer<typeof entrySchema>, counts: AttachmentCounts): void {
  counts.photos += e.photos?.length ?? 0;
  counts.videos += e.videos?.length ?? 0;
  counts.audios += e.audios?.length ?? 0;
  counts.pdfs += e.pdfAttachments?.length ?? 0;
}

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

function readEntry(raw: unknown, index: number, journal: string, attachments: AttachmentCounts): DayOneItem | SkippedItem {
  const entry = index + 1;
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    return { code: 'invalidEntry', entry, value: path };
  }
  const e = parsed.data;
  countAttachments(e, attachments);
  // Date() would roll "2023-02-30T10:00:00Z" over to March 2: check the calendar day first.
  const valid = ISO_INSTANT.test(e.creationDate) && isDayKey(e.creationDate.slice(0, 10));
  const instant = valid ? new Date(e.creationDate) : null;
  if (!instant || Number.isNaN(instant.getTime())) return { code: 'invalidDate', entry, value: e.creationDate };
  // creationDate is UTC: the day is the one on the writer's clock, e.g. 03:04Z in New York is the evening before.
  // Without a zone, an explicit offset ("2019-01-01T20:00:00-08:00", as trimmed files write it) is the writer's clock.
  const offset = !e.timeZone && /[+-]\d{2}:?\d{2}$/.test(e.creationDate);
  const { day, time } = offset ? { day: e.creationDate.slice(0, 10), time: e.creationDate.slice(11, 16) } : dayInTimeZone(instant, e.timeZone);
  const { title, text } = splitTitle(e.text ?? '');
  const tags = (e.tags ?? []).map((t) => t.trim()).filter((t) => t !== '');
  // Without a uuid, the moment and the text are the entry's identity.
  const sourceId = e.uuid ?? `h:${stableHash(`${e.creationDate}\u0000${e.text ?? ''}`)}`;
  if (title === '' && text === '' && tags.length === 0) return { code: 'emptyEntry', entry, value: e.uuid ?? e.creationDate };
  return { sourceId, day, time, title, text, tags, entry, journal, starred: e.starred ?? false };
}

function readJournal(
  bytes: string | Uint8Array,
  journal: string,
  items: DayOneItem[],
  skipped: SkippedItem[],
  attachments: AttachmentCounts,
): ImportError | null {
  const text = readImportText(bytes);
  if (!text.ok) return text.error;
  const json = parseJsonText(text.value);
  if (!json.ok) return json.error;
  const file = fileSchema.safeParse(json.value);
  if (!file.success || (!file.data.metadata && !looksLikeDayOneEntries(file.data.entries))) {
    return { code: 'notThisFormat', value: 'Day One', detail: `${journal}: no Day One "metadata" and "entries".` };
  }
  file.data.entries.forEach((raw, i) => {
    const item = readEntry(raw, i, journal, attachments);
    if ('sourceId' in item) items.push(item);
    else skipped.push(item);
  });
  return null;
}

const journalName = (path: string) => (path.split('/').pop() ?? path).replace(/\.json$/i, '');

/** A journal of the archive: a ".json" file, leaving out macOS resource forks ("__MACOSX/", "._x.json"). */
const isJournal = (name: string) => {
  const base = name.split('/').pop() ?? '';
  return /\.json$/i.test(base) && !base.startsWith('._') && !name.startsWith('__MACOSX/');
};

/**
 * What a Day One ZIP may hold: one entry per photo (a decade of photos is tens of thousands),
 * and journals that together fit the import limit. Media are never read.
 */
export const DAY_ONE_ZIP_LIMITS: ZipLimits = { maxEntries: 200_000, maxTotalBytes: MAX_IMPORT_BYTES };

/** Reads the journals of a Day One ZIP through its central directory, e.g. a File's slices. */
export async function parseDayOneZip(source: ByteSource, options: ParseOptions = {}, limits: ZipLimits = DAY_ONE_ZIP_LIMITS): Promise<Result<DayOnePreview, ImportError>> {
  let read: Awaited<ReturnType<typeof readZipFiles>>;
  try {
    read = await readZipFiles(source, isJournal, limits);
  } catch (e) {
    return { ok: false, error: { code: 'badZip', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!read.ok) return read;
  const journals = read.value.files.sort(([a], [b]) => a.localeCompare(b));
  if (journals.length === 0) return { ok: false, error: { code: 'noJsonInZip', detail: 'No .json file in the ZIP.' } };
  return parseDayOneJournals(journals, options);
}

/** Reads one or several journals' JSON, e.g. [["Journal.json", bytes], ["Travail.json", bytes]]. */
export function parseDayOneJournals(sources: [string, string | Uint8Array][], options: ParseOptions = {}): Result<DayOnePreview, ImportError> {
  const items: DayOneItem[] = [];
  const skipped: SkippedItem[] = [];
  const journals: string[] = [];
  const attachments: AttachmentCounts = { photos: 0, videos: 0, audios: 0, pdfs: 0 };
  for (const [path, bytes] of sources) {
    const journal = journalName(path);
    const error = readJournal(bytes, journal, items, skipped, attachments);
    if (error) return { ok: false, error: sources.length > 1 ? { ...error, detail: `${journal}: ${error.detail}` } : error };
    journals.push(journal);
  }
  const preview = finishPreview('dayone', items, skipped, { ...options, notes: { attachments } });
  if (!preview.ok) return preview;
  return { ok: true, value: { ...preview.value, journals } };
}

/**
 * Reads a bare Day One journal JSON. An entry with an unreadable date is skipped and listed,
 * an entry with neither text nor tags (photos only) is skipped as empty; a file that is not
 * Day One's, is cut short or is not UTF-8 is refused. ZIP archives go through parseDayOneZip.
 */
export function parseDayOne(input: string | Uint8Array, fileName = 'Journal.json', options: ParseOptions = {}): Result<DayOnePreview, ImportError> {
  if (typeof input !== 'string' && input.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'tooLarge', value: String(input.byteLength), detail: 'The file is over the limit.' } };
  }
  if (typeof input !== 'string' && isZip(input)) {
    return { ok: false, error: { code: 'badZip', detail: 'A ZIP archive: read it with parseDayOneZip.' } };
  }
  return parseDayOneJournals([[fileName, input]], options);
}
