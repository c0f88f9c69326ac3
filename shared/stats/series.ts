/**
 * Scores over time: one row per calendar day (days without an entry are rows of nulls, so a line
 * chart shows a gap rather than a made-up value), a 7-day rolling mean, and the days a chosen
 * client was present; and the year-in-pixels calendar.
 */
import type { DayKey, DaySummary } from '../domain/types';
import { dayKeyOfNumber, dayNumber, weekdayOfNumber } from './calendar';
import { type Metric, type PreparedDays, type StatsOptions, prepareDays } from './prepare';
import { presenceOf } from './withWithout';

/** Days in the rolling window, and the least rated days in it for its mean to be shown. */
export const ROLLING_DAYS = 7;
/** Fewer than three rated days out of seven is one or two days, not a trend. */
export const ROLLING_MIN_DAYS = 3;

/** e.g. { day: "2024-03-04", mood: 4, energy: 2, moodAvg7: 3.6, energyAvg7: 2.8, withClient: true, clientMark: 2 }. */
export interface DailyPoint {
  day: DayKey;
  mood: number | null;
  energy: number | null;
  /** Mean of the rated days among this day and the six before it. */
  moodAvg7: number | null;
  energyAvg7: number | null;
  /** The chosen client was present that day (false when no client is chosen). */
  withClient: boolean;
  /** The chosen metric's score on the client's days, null elsewhere: a marker series for the chart. */
  clientMark: number | null;
}

export interface SeriesOptions extends StatsOptions {
  /** The client whose days are marked. */
  focusClientId?: string | null;
}

function nullable(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}

function rollingMeans(values: Float64Array): (number | null)[] {
  const out: (number | null)[] = new Array(values.length);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isNaN(values[i])) {
      sum += values[i];
      n++;
    }
    const leaving = i - ROLLING_DAYS;
    if (leaving >= 0 && !Number.isNaN(values[leaving])) {
      sum -= values[leaving];
      n--;
    }
    out[i] = n >= ROLLING_MIN_DAYS ? sum / n : null;
  }
  return out;
}

/** The calendar span of the series: the options' range when given, else the rated days' extent. */
function spanOf(prep: PreparedDays, options: StatsOptions): [number, number] | null {
  if (prep.count === 0 && !(options.from && options.to)) return null;
  const first = options.from ? dayNumber(options.from) : prep.num[0];
  const last = options.to ? dayNumber(options.to) : prep.num[prep.count - 1];
  return first <= last ? [first, last] : null;
}

export function seriesFromPrepared(prep: PreparedDays, options: SeriesOptions): DailyPoint[] {
  const span = spanOf(prep, options);
  if (!span) return [];
  const [first, last] = span;
  const length = last - first + 1;
  const mood = new Float64Array(length).fill(NaN);
  const energy = new Float64Array(length).fill(NaN);
  const present = new Uint8Array(length);
  for (let i = 0; i < prep.count; i++) {
    mood[prep.num[i] - first] = prep.mood[i];
    energy[prep.num[i] - first] = prep.energy[i];
  }
  if (options.focusClientId) for (const i of presenceOf(prep, options.focusClientId)) present[prep.num[i] - first] = 1;
  const moodAvg = rollingMeans(mood);
  const energyAvg = rollingMeans(energy);
  const marked: Metric = options.metric ?? 'energy';
  const rows: DailyPoint[] = new Array(length);
  for (let k = 0; k < length; k++) {
    const withClient = present[k] === 1;
    rows[k] = {
      day: dayKeyOfNumber(first + k),
      mood: nullable(mood[k]),
      energy: nullable(energy[k]),
      moodAvg7: moodAvg[k],
      energyAvg7: energyAvg[k],
      withClient,
      clientMark: withClient ? nullable(marked === 'mood' ? mood[k] : energy[k]) : null,
    };
  }
  return rows;
}

/** Mood and energy for every calendar day of the period with 7-day rolling means, client days marked. */
export function dailySeries(days: readonly DaySummary[], options: SeriesOptions = {}): DailyPoint[] {
  return seriesFromPrepared(prepareDays(days, options), options);
}

/** One square of the year-in-pixels calendar, e.g. { day: "2024-02-29", month: 2, week: 8, … }. */
export interface PixelCell {
  day: DayKey;
  /** 1 = January … 12 = December. */
  month: number;
  dayOfMonth: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Column of the calendar: the week of the year counted from the week holding 1 January (0). */
  week: number;
  mood: number | null;
  energy: number | null;
}

/** Every calendar day of a year (365 or 366 cells), null where the day has no rating. */
export function yearInPixels(days: readonly DaySummary[], year: number, weekStartsOn: 0 | 1 = 1): PixelCell[] {
  const y = String(year).padStart(4, '0');
  const from = `${y}-01-01`;
  const to = `${y}-12-31`;
  const first = dayNumber(from);
  const last = dayNumber(to);
  const byDay = new Map<DayKey, DaySummary>();
  for (const d of days) if (d.day >= from && d.day <= to) byDay.set(d.day, d);
  // Offset of 1 January inside its week, so that week columns break on the chosen first weekday.
  const lead = (weekdayOfNumber(first) - weekStartsOn + 7) % 7;
  const cells: PixelCell[] = [];
  for (let n = first; n <= last; n++) {
    const key = dayKeyOfNumber(n);
    const summary = byDay.get(key);
    cells.push({
      day: key,
      month: Number(key.slice(5, 7)),
      dayOfMonth: Number(key.slice(8, 10)),
      weekday: weekdayOfNumber(n),
      week: Math.floor((n - first + lead) / 7),
      mood: scoreOrNull(summary?.mood),
      energy: scoreOrNull(summary?.energy),
    });
  }
  return cells;
}

function scoreOrNull(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
