import Papa from 'papaparse';
import { isDayKey, parseLocalTime } from '../domain/dates';
import type { Result } from '../domain/types';
import { dayFromYearAndDate, type YearAndDate } from './daylioDates';
import { readImportText } from './input';
import { htmlToText, stableHash } from './text';
import { finishPreview, type ParseOptions } from './preview';
import type { DaylioItem, DaylioPreview, ImportError, ScaleValue, SkippedItem } from './types';

/**
 * Daylio's CSV export, read by column name since the header changed over the years:
 *   year,date,weekday,time,mood,activities,note                                   (old, 7 columns)
 *   full_date,date,weekday,time,mood,activities,note_title,note                   (8 columns)
 *   full_date,date,weekday,time,mood,activities,scales,note_title,note            (current, 9)
 * e.g. 2021-09-28,28 September,Tuesday,10:00 pm,sad ,"clean | music | bad sleep","",""
 */
const DAYLIO_COLUMNS = ['full_date', 'year', 'date', 'weekday', 'time', 'mood', 'activities', 'note'];

type Columns = Record<string, number>;

function readHeader(fields: string[]): Result<Columns, ImportError> {
  const columns: Columns = {};
  fields.forEach((f, i) => {
    const name = f.trim().toLowerCase();
    // Only Daylio's own names: a column called "__proto__" or "constructor" must not reach the object.
    if (DAYLIO_COLUMNS.includes(name) || name === 'note_title' || name === 'scales') columns[name] = i;
  });
  const known = DAYLIO_COLUMNS.filter((c) => c in columns).length;
  if (known < 3) {
    return {
      ok: false,
      error: { code: 'notThisFormat', line: 1, value: 'Daylio', detail: `Not a Daylio header: ${fields.join(',').slice(0, 120)}` },
    };
  }
  const missing = ['time', 'mood'].filter((c) => !(c in columns));
  if (!('full_date' in columns) && !('year' in columns && 'date' in columns)) missing.unshift('full_date');
  if (missing.length > 0) {
    return {
      ok: false,
      error: { code: 'missingColumns', line: 1, value: missing.join(', '), detail: `Missing Daylio columns: ${missing.join(', ')}.` },
    };
  }
  return { ok: true, value: columns };
}

/**
 * Daylio's scales column, with no-break spaces around the values, e.g.
 * "Sleep Quality:\u00A08/10\u00A0points | Sleep Time:\u00A07:30 | Energy:\u00A04" →
 * Sleep Quality 8 of 10, Sleep Time 7.5 h, Energy 4. A value Humeur cannot read is left out.
 */
export function readScales(field: string): Map<string, ScaleValue> {
  const scales = new Map<string, ScaleValue>();
  for (const part of field.split('|')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const name = part.slice(0, colon).replace(/\s+/g, ' ').trim();
    const raw = part.slice(colon + 1).replace(/[\s\u00A0\u202F]+/g, ' ').trim();
    const duration = /^(\d{1,2}):(\d{2})$/.exec(raw);
    const fraction = /^(-?\d+(?:[.,]\d+)?)(?:\s*\/\s*(\d+(?:[.,]\d+)?))?(?:\s+\p{L}.*)?$/u.exec(raw);
    if (!name) continue;
    if (duration) scales.set(name, { value: Number(duration[1]) + Number(duration[2]) / 60, duration: true });
    else if (fraction) {
      const value = Number(fraction[1].replace(',', '.'));
      const max = fraction[2] === undefined ? undefined : Number(fraction[2].replace(',', '.'));
      scales.set(name, max === undefined ? { value } : { value, max });
    }
  }
  return scales;
}

function readDay(fields: string[], columns: Columns): YearAndDate {
  if ('full_date' in columns) {
    const raw = (fields[columns.full_date] ?? '').trim();
    return isDayKey(raw) ? { day: raw } : { bad: raw };
  }
  return dayFromYearAndDate(fields[columns.year] ?? '', fields[columns.date] ?? '', 'weekday' in columns ? fields[columns.weekday] : '');
}

function readRow(fields: string[], columns: Columns, line: number): DaylioItem | SkippedItem {
  const at = (name: string) => (name in columns ? (fields[columns[name]] ?? '') : '');
  const date = readDay(fields, columns);
  if ('unknownMonth' in date) return { code: 'unknownMonth', line, value: date.unknownMonth };
  if ('bad' in date) return { code: 'invalidDate', line, value: date.bad };
  const time = parseLocalTime(at('time'));
  if (!time) return { code: 'invalidTime', line, value: at('time').trim() };
  const mood = at('mood').trim();
  const rawTitle = at('note_title');
  const rawNote = at('note');
  const tags = at('activities')
    .split('|')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  return {
    // Daylio has no ids: the same row always hashes the same, whichever file it comes from.
    // The activities and scales count: two mood-only rows at one reminder time differ by them.
    // Rows identical in every column get an occurrence number (see numberTwins).
    sourceId: stableHash([date.day, time, mood, rawTitle, rawNote, tags.join('|'), at('scales').trim()].join('\u0000')),
    day: date.day,
    time,
    title: htmlToText(rawTitle),
    text: htmlToText(rawNote),
    tags,
    line,
    mood,
    scales: readScales(at('scales')),
  };
}

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');

/** Daylio's layouts by width, for a file whose header line was deleted (its rows still say which). */
const LAYOUTS: Record<number, string[]> = {
  7: ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'note'],
  8: ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'note_title', 'note'],
  9: ['full_date', 'date', 'weekday', 'time', 'mood', 'activities', 'scales', 'note_title', 'note'],
};

/**
 * A first line that is a Daylio row, e.g. `2021-10-16,16 de octubre,sábado,18:43,mal,"",""`
 * (a day key, then a time in the 4th column, 7 to 9 columns): the columns it implies, else null.
 */
function columnsOfHeaderlessRow(fields: string[]): Columns | null {
  const layout = LAYOUTS[fields.length];
  if (!layout || !isDayKey((fields[0] ?? '').trim()) || !parseLocalTime(fields[3] ?? '')) return null;
  return Object.fromEntries(layout.map((name, i) => [name, i]));
}

/**
 * Rows identical in every column (the same mood logged twice at one reminder time) are distinct
 * entries: the second gets "#2", the third "#3"… in file order, so a re-import of the same file
 * finds each of them again.
 */
function numberTwins(items: DaylioItem[]): void {
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(item.sourceId) ?? 0) + 1;
    seen.set(item.sourceId, n);
    if (n > 1) item.sourceId = `${item.sourceId}#${n}`;
  }
}

/**
 * Reads a Daylio CSV export. A row with an impossible date or time, or the wrong number of
 * columns, is skipped and listed (see finishPreview for when that rejects the file); a header
 * without Daylio's columns, or a quote left open (a file cut short), rejects it.
 */
export function parseDaylioCsv(input: string | Uint8Array, options: ParseOptions = {}): Result<DaylioPreview, ImportError> {
  const read = readImportText(input);
  if (!read.ok) return read;
  const text = read.value;

  const items: DaylioItem[] = [];
  const skipped: SkippedItem[] = [];
  const state = {
    columns: null as Columns | null,
    width: 0,
    fatal: null as ImportError | null,
    lastRow: null as { fields: string[]; line: number } | null,
    // Line numbers count the line breaks before each row, incrementally so the parse stays linear.
    rowStart: 0,
    line: 1,
    countedTo: 0,
  };

  Papa.parse<string[]>(text, {
    delimiter: ',',
    step(result, parser) {
      for (let i = text.indexOf('\n', state.countedTo); i !== -1 && i < state.rowStart; i = text.indexOf('\n', i + 1)) {
        state.line++;
      }
      state.countedTo = state.rowStart;
      state.rowStart = result.meta.cursor;
      const { line } = state;
      const fields = result.data;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        state.fatal = { code: 'truncated', line, detail: `A quoted field opened on line ${line} never closes.` };
        parser.abort();
        return;
      }
      if (state.columns === null) {
        const header = readHeader(fields);
        const headerless = header.ok ? null : columnsOfHeaderlessRow(fields);
        if (!header.ok && !headerless) {
          state.fatal = header.error;
          parser.abort();
          return;
        }
        state.columns = header.ok ? header.value : (headerless as Columns);
        state.width = fields.length;
        // A file whose header line was removed: its first line is already a row.
        if (header.ok) return;
      }
      if (isBlank(fields)) return;
      state.lastRow = { fields, line };
      // Extra empty trailing fields (a stray comma) are harmless; anything else is a broken row.
      if (fields.length < state.width || !isBlank(fields.slice(state.width))) {
        skipped.push({ code: 'wrongFieldCount', line, value: String(fields.length) });
        return;
      }
      const row = readRow(fields, state.columns, line);
      if ('sourceId' in row) items.push(row);
      else skipped.push(row);
    },
  });

  if (state.fatal) return { ok: false, error: state.fatal };
  if (state.columns === null) return { ok: false, error: { code: 'empty', detail: 'The file has no header line.' } };
  const last = state.lastRow;
  if (last && last.fields.length < state.width) {
    // A last row with columns missing is a file cut short, not one odd row.
    return {
      ok: false,
      error: {
        code: 'truncated',
        line: last.line,
        detail: `The last row (line ${last.line}) has ${last.fields.length} of ${state.width} columns.`,
      },
    };
  }
  numberTwins(items);
  return finishPreview('daylio', items, skipped, options);
}
