/**
 * The periods the Export screen offers, as inclusive day-key ranges computed from "today", e.g.
 * today "2024-11-02": this month → "2024-11-01" … "2024-11-30" (file name "humeur-2024-11.md"),
 * last month → "2024-10-01" … "2024-10-31", last 3 months → "2024-09-01" … "2024-11-30",
 * this year → "2024-01-01" … "2024-12-31", all time → null (no bounds).
 * Whole calendar months and years keep the file names short (see periodSlug).
 */
import { addMonths, isDayKey, monthEnd, monthStart } from '../../../shared/domain/dates';
import type { DayKey, Result } from '../../../shared/domain/types';
import type { ExportPeriod } from '../../../shared/export';

export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'last3Months', 'thisYear', 'all', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface PeriodChoice {
  preset: PeriodPreset;
  /** The custom dates as the date fields hold them: "2024-10-01", or "" while empty. */
  from: string;
  to: string;
}

export type PeriodError = 'order' | 'missing';

/** The range of a preset; null means every entry (all time). */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: DayKey): ExportPeriod | null {
  switch (preset) {
    case 'thisMonth':
      return { from: monthStart(today), to: monthEnd(today) };
    case 'lastMonth': {
      const day = addMonths(monthStart(today), -1);
      return { from: day, to: monthEnd(day) };
    }
    case 'last3Months':
      return { from: addMonths(monthStart(today), -2), to: monthEnd(today) };
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
    case 'all':
      return null;
  }
}

/** The chosen range, or why custom dates cannot be used (missing, or the start after the end). */
export function resolvePeriod(choice: PeriodChoice, today: DayKey): Result<ExportPeriod | null, PeriodError> {
  if (choice.preset !== 'custom') return { ok: true, value: presetPeriod(choice.preset, today) };
  if (!isDayKey(choice.from) || !isDayKey(choice.to)) return { ok: false, error: 'missing' };
  if (choice.from > choice.to) return { ok: false, error: 'order' };
  return { ok: true, value: { from: choice.from, to: choice.to } };
}

/** The dates a custom period starts from: the preset that was shown, else this month up to today. */
export function customStart(previous: PeriodChoice, today: DayKey): PeriodChoice {
  const shown = previous.preset === 'custom' ? null : presetPeriod(previous.preset, today);
  return { preset: 'custom', from: shown?.from ?? monthStart(today), to: shown?.to ?? today };
}

/**
 * The period the screen opens on: this month when it holds an entry, else the last month that
 * does, so that on the 1st (or after a holiday) the screen does not open on an empty month with
 * every button disabled. e.g. today "2024-11-01", last entry "2024-10-31" → last month;
 * last entry "2024-08-12" → "2024-08-01" … "2024-08-31"; no entry at all → this month.
 */
export function defaultPeriod(today: DayKey, lastEntryDay: DayKey | null): PeriodChoice {
  const blank = { from: '', to: '' };
  if (!lastEntryDay || lastEntryDay >= monthStart(today)) return { preset: 'thisMonth', ...blank };
  const month = monthStart(lastEntryDay);
  if (month === addMonths(monthStart(today), -1)) return { preset: 'lastMonth', ...blank };
  return { preset: 'custom', from: month, to: monthEnd(month) };
}
