import { z } from 'zod';
import { isDayKey } from '../domain/dates';
import type { Result } from '../domain/types';
import { readImportText } from './input';
import { parseJsonText } from './json';
import { finishPreview, type ParseOptions } from './preview';
import { tidyLines } from './text';
import type { ImportError, MiniDiaryItem, MiniDiaryPreview, SkippedItem } from './types';

/**
 * Mini Diary's JSON export: { "metadata": { "application": "Mini Diary", "version": "3.3.0", … },
 * "entries": { "2024-10-01": { "dateUpdated": "Sat Nov 16 2024 07:01:49 GMT+0000",
 * "title": "", "text": "Markdown" } } } — one entry per day, keyed by its day.
 */
const fileSchema = z.object({
  metadata: z.object({ application: z.literal('Mini Diary') }),
  entries: z.record(z.string(), z.unknown()),
});

const entrySchema = z.object({
  dateUpdated: z.string().optional(),
  title: z.string().optional(),
  text: z.string().optional(),
});

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Mini Diary has no time of day; noon unless the entry was last saved that same day. */
const DEFAULT_TIME = '12:00';

/**
 * The time from JavaScript's Date.toString() ("Tue Oct 01 2024 21:40:12 GMT+0200 (…)"), which is
 * the writer's local clock, when it is on the entry's own day; else DEFAULT_TIME.
 */
function timeOfUpdate(day: string, dateUpdated: string | undefined): string | null {
  const m = /^\w{3} (\w{3}) (\d{2}) (\d{4}) (\d{2}):(\d{2})/.exec(dateUpdated ?? '');
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  const sameDay = `${m[3]}-${String(month).padStart(2, '0')}-${m[2]}` === day;
  return sameDay && Number(m[4]) < 24 && Number(m[5]) < 60 ? `${m[4]}:${m[5]}` : null;
}

/**
 * Reads a Mini Diary JSON export. A day with neither title nor text is skipped as empty (Mini
 * Diary leaves those behind when text is deleted); a key that is not a real day ("2023-02-30")
 * is skipped as an invalid date; a JSON whose metadata does not name Mini Diary is refused.
 */
export function parseMiniDiaryJson(input: string | Uint8Array, options: ParseOptions = {}): Result<MiniDiaryPreview, ImportError> {
  const read = readImportText(input);
  if (!read.ok) return read;
  const json = parseJsonText(read.value);
  if (!json.ok) return json;
  const file = fileSchema.safeParse(json.value);
  if (!file.success) {
    return { ok: false, error: { code: 'notThisFormat', value: 'Mini Diary', detail: 'metadata.application is not "Mini Diary".' } };
  }
  const items: MiniDiaryItem[] = [];
  const skipped: SkippedItem[] = [];
  let noonEntries = 0;
  for (const [key, value] of Object.entries(file.data.entries)) {
    if (!isDayKey(key)) {
      skipped.push({ code: 'invalidDate', entry: key, value: key });
      continue;
    }
    // A never-released Mini Diary (v3.4.0, "several entries a day") writes a list per day.
    const list = Array.isArray(value) ? value : [value];
    list.forEach((raw: unknown, i) => {
      const item = readDayEntry(key, raw, i);
      if ('sourceId' in item) {
        if (item.time === null) noonEntries++;
        items.push({ ...item, time: item.time ?? DEFAULT_TIME });
      } else skipped.push(item);
    });
  }
  return finishPreview('minidiary', items, skipped, { ...options, notes: noonEntries > 0 ? { noonEntries } : {} });
}

function readDayEntry(key: string, raw: unknown, index: number): (Omit<MiniDiaryItem, 'time'> & { time: string | null }) | SkippedItem {
  const entry = index === 0 ? key : `${key} #${index + 1}`;
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success) {
    return { code: 'invalidEntry', entry, value: parsed.error.issues[0]?.path.join('.') ?? '' };
  }
  const title = tidyLines(parsed.data.title ?? '');
  const text = tidyLines(parsed.data.text ?? '');
  if (title === '' && text === '') return { code: 'emptyEntry', entry };
  // One entry per day: the day key is its id (the day's position after it in the v3.4.0 lists).
  return { sourceId: index === 0 ? key : `${key}#${index + 1}`, day: key, time: timeOfUpdate(key, parsed.data.dateUpdated), title, text, tags: [], entry };
}
