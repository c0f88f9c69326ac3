import { z } from 'zod';
import { isDayKey, parseLocalTime } from '../domain/dates';
import type { Result } from '../domain/types';
import { readImportText } from './input';
import { parseJsonText } from './json';
import { finishPreview, type ParseOptions } from './preview';
import { stableHash, tidyLines } from './text';
import type { ImportError, JrnlItem, JrnlPreview, SkippedItem } from './types';

/**
 * `jrnl --format json`: { "tags": { "@acme": 3 }, "entries": [ { "title": "Called Acme.",
 * "body": "…", "date": "2020-07-01", "time": "20:00", "tags": ["@acme"], "starred": false } ] }.
 * `date` and `time` are the writer's local clock, with no zone: they are kept as the day key and
 * time as written, never turned into a Date (new Date("2020-07-01") is June 30 in Los Angeles).
 */
const fileSchema = z.object({
  tags: z.record(z.string(), z.unknown()).optional(),
  entries: z.array(z.unknown()),
});

const entrySchema = z.object({
  title: z.string(),
  body: z.string().optional(),
  date: z.string(),
  time: z.string(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
});

const looksLikeJrnlEntry = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && 'date' in raw && 'time' in raw && 'title' in raw;

const TAG = /[@#][\p{L}\p{N}_-]+/gu;

/**
 * Older exports have no per-entry "tags": find the journal's known tags (the top-level counts)
 * in the entry's text instead, e.g. "Call with @Acme." → ["@acme"] when "@acme" is known.
 */
function tagsInText(text: string, known: Map<string, string>): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(TAG)) {
    const tag = known.get(match[0].toLowerCase());
    if (tag) found.add(tag);
  }
  return [...found];
}

function readEntry(raw: unknown, index: number, known: Map<string, string>): JrnlItem | SkippedItem {
  const entry = index + 1;
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success) return { code: 'invalidEntry', entry, value: parsed.error.issues[0]?.path.join('.') ?? '' };
  const e = parsed.data;
  if (!isDayKey(e.date)) return { code: 'invalidDate', entry, value: e.date };
  const time = parseLocalTime(e.time);
  if (!time) return { code: 'invalidTime', entry, value: e.time };
  const title = tidyLines(e.title);
  const text = tidyLines(e.body ?? '');
  if (title === '' && text === '') return { code: 'emptyEntry', entry, value: `${e.date} ${e.time}` };
  const tags = e.tags
    ? [...new Set(e.tags.map((t) => t.trim()).filter((t) => t !== ''))]
    : tagsInText(`${e.title}\n${e.body ?? ''}`, known);
  return {
    // jrnl has no ids: date, time, title and body tell its entries apart (two entries of one
    // minute may share a title); rows identical in all four are numbered in file order.
    sourceId: `${e.date} ${e.time} ${e.title}${e.body ? `\u0000${stableHash(e.body)}` : ''}`,
    day: e.date,
    time,
    title,
    text,
    tags,
    entry,
    starred: e.starred ?? false,
  };
}

/**
 * Reads a jrnl JSON export. An entry with an impossible date or time is skipped and listed;
 * a JSON without jrnl's "entries" of date/time/title is refused as not jrnl's.
 */
export function parseJrnlJson(input: string | Uint8Array, options: ParseOptions = {}): Result<JrnlPreview, ImportError> {
  const read = readImportText(input);
  if (!read.ok) return read;
  const json = parseJsonText(read.value);
  if (!json.ok) return json;
  const file = fileSchema.safeParse(json.value);
  if (!file.success || (file.data.entries.length > 0 && !file.data.entries.some(looksLikeJrnlEntry))) {
    return { ok: false, error: { code: 'notThisFormat', value: 'jrnl', detail: 'No jrnl "entries" with date, time and title.' } };
  }
  const known = new Map(Object.keys(file.data.tags ?? {}).map((t) => [t.toLowerCase(), t] as const));
  const items: JrnlItem[] = [];
  const skipped: SkippedItem[] = [];
  file.data.entries.forEach((raw, i) => {
    const item = readEntry(raw, i, known);
    if ('sourceId' in item) items.push(item);
    else skipped.push(item);
  });
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(item.sourceId) ?? 0) + 1;
    seen.set(item.sourceId, n);
    if (n > 1) item.sourceId = `${item.sourceId}#${n}`;
  }
  return finishPreview('jrnl', items, skipped, options);
}
