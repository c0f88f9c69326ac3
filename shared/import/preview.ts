import { addDays, isDayKey, todayKey } from '../domain/dates';
import type { DayKey, Result } from '../domain/types';
import type { DayRange, ImportError, ImportFormat, ImportItemBase, PreviewNotes, SkipCode, SkippedItem } from './types';

/** What every parser accepts. `today` is the user's day (a parameter, so tests pick it). */
export interface ParseOptions {
  today?: DayKey;
}

/** The earliest day an imported entry may have: no journal app existed before, and year 999 breaks backups. */
export const EARLIEST_IMPORT_DAY = '1900-01-01';

/**
 * The days an import accepts: 1900-01-01 to tomorrow (a writer east of the user's zone may be a
 * day ahead). A day outside, e.g. "0999-03-01" from a broken Day One creationDate, is listed and
 * skipped by name rather than stored, so every backup written afterwards can be read back.
 */
export function plausibleDays(options: ParseOptions = {}): DayRange {
  return { from: EARLIEST_IMPORT_DAY, to: addDays(options.today ?? todayKey(), 1) };
}

type BadItem = SkippedItem & { code: Exclude<SkipCode, 'emptyEntry'> };

/** Days spanned by some items, e.g. { from: "2021-09-01", to: "2021-09-28" }; null when none. */
export function dayRangeOf(items: readonly { day: string }[]): DayRange | null {
  if (items.length === 0) return null;
  let from = items[0].day;
  let to = items[0].day;
  for (const { day } of items) {
    if (day < from) from = day;
    if (day > to) to = day;
  }
  return { from, to };
}

/**
 * Skip or reject? One odd row in a real export (a hand-edited "2023-02-30", a row cut by a
 * spreadsheet) is skipped and listed, and the rest imports. But when the bad rows outnumber the
 * good ones — or nothing is readable — the file is not what it claims to be (e.g. a Daylio CSV
 * re-saved with "30/02/2023" dates) and importing half of it would mislead: the whole file is
 * refused, naming the first bad row. Empty entries (a Mini Diary day with no text) are harmless
 * and never count as bad.
 */
export function finishPreview<F extends ImportFormat, I extends ImportItemBase>(
  format: F,
  parsed: I[],
  skipped: SkippedItem[],
  options: ParseOptions & { notes?: PreviewNotes } = {},
): Result<
  { format: F; items: I[]; skipped: SkippedItem[]; counts: { items: number; days: number; skipped: number }; range: DayRange | null; notes: PreviewNotes },
  ImportError
> {
  const window = plausibleDays(options);
  const items: I[] = [];
  for (const item of parsed) {
    if (isDayKey(item.day) && item.day >= window.from && item.day <= window.to) items.push(item);
    else skipped.push({ code: 'implausibleDate', line: item.line, entry: item.entry, value: item.day });
  }
  const bad = skipped.filter((s): s is BadItem => s.code !== 'emptyEntry');
  if (bad.length > items.length) {
    const first = bad[0];
    return {
      ok: false,
      error: {
        code: first.code,
        line: first.line,
        entry: first.entry,
        value: first.value,
        detail: `${bad.length} of ${bad.length + items.length} items are unreadable; the first is ${describe(first)}.`,
      },
    };
  }
  const days = new Set(items.map((i) => i.day)).size;
  return {
    ok: true,
    value: {
      format,
      items,
      skipped,
      counts: { items: items.length, days, skipped: skipped.length },
      range: dayRangeOf(items),
      notes: options.notes ?? {},
    },
  };
}

function describe(s: SkippedItem): string {
  const where = s.line !== undefined ? `line ${s.line}` : `entry ${String(s.entry)}`;
  return `${where} (${s.code}${s.value !== undefined ? `: ${JSON.stringify(s.value)}` : ''})`;
}
