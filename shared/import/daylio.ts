import Papa from 'papaparse';
import { isDayKey, parseLocalTime } from '../domain/dates';
import type { DayKey, Result } from '../domain/types';
import { dayFromYearAndDate } from './daylioDates';
import { readImportText } from './input';
import { finishPreview } from './preview';
import { htmlToText, stableHash } from './text';
import type { DaylioItem, DaylioPreview, ImportError, SkippedItem } from './types';

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
    columns[f.trim().toLowerCase()] = i;
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

/** "Energy:\u00A04 | Stress:\u00A02" → { Energy: 4, Stress: 2 } (format unverified, so forgiving). */
function readScales(field: string): Record<string, number> {
  const scales: Record<string, number> = {};
  for (const part of field.split('|')) {
    const colon = part.lastIndexOf(':');
    if (colon <= 0) continue;
    const name = part.slice(0, colon).trim();
    const value = Number(part.slice(colon + 1).trim());
    if (name && part.slice(colon + 1).trim() !== '' && Number.isFinite(value)) scales[name] = value;
  }
  return scales;
}

function readDay(fields: string[], columns: Columns): { day: DayKey } | { bad: string } {
  if ('full_date' in columns) {
    const raw = (fields[columns.full_date] ?? '').trim();
    return isDayKey(raw) ? { day: raw } : { bad: raw };
  }
  const year = fields[columns.year] ?? '';
  const date = fields[columns.date] ?? '';
  const day = dayFromYearAndDate(year, date);
  return day ? { day } : { bad: `${year.trim()} ${date.trim()}` };
}

function readRow(fields: string[], columns: Columns, line: number): DaylioItem | SkippedItem {
  const at = (name: string) => (name in columns ? (fields[columns[name]] ?? '') : '');
  const date = readDay(fields, columns);
  if ('bad' in date) return { code: 'invalidDate', line, value: date.bad };
  const time = parseLocalTime(at('time'));
  if (!time) return { code: 'invalidTime', line, value: at('time').trim() };
  const mood = at('mood').trim();
  const rawTitle = at('note_title');
  const rawNote = at('note');
  return {
    // Daylio has no ids: the same row always hashes the same, whichever file it comes from.
    sourceId: stableHash([date.day, time, mood, rawTitle, rawNote].join('\u0000')),
    day: date.day,
    time,
    title: htmlToText(rawTitle),
    text: htmlToText(rawNote),
    tags: at('activities')
      .split('|')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
    line,
    mood,
    scales: readScales(at('scales')),
  };
}

const isBlank = (fields: string[]) => fields.every((f) => f.trim() === '');

/**
 * Reads a Daylio CSV export. A row with an impossible date or time, or the wrong number of
 * columns, is skipped and listed (see finishPreview for when that rejects the file); a header
 * without Daylio's columns, or a quote left open (a file cut short), rejects it.
 */
export function parseDaylioCsv(input: string | Uint8Array): Result<DaylioPreview, ImportError> {
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
        if (!header.ok) {
          state.fatal = header.error;
          parser.abort();
          return;
        }
        state.columns = header.value;
        state.width = fields.length;
        return;
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
  return finishPreview('daylio', items, skipped);
}
