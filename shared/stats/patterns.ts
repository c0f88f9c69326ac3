/** The weekday pattern, and hours worked with a client versus the day's score. */
import type { DayKey, DaySummary } from '../domain/types';
import { tCritical } from './compare';
import { calendarSeries, robustMeanInterval } from './robust';
import { type Metric, type PreparedDays, type StatsOptions, addValue, emptyMoments, metricValues, prepareDays, reportedClients } from './prepare';
import { MIN_DAYS_WITH } from './thresholds';
import { linksOf, presenceOf } from './withWithout';

/** e.g. { weekday: 1, mood: 3.1, moodN: 52, energy: 2.6, energyN: 52, … } for Mondays. */
export interface WeekdayRow {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  mood: number | null;
  moodLow: number | null;
  moodHigh: number | null;
  moodN: number;
  energy: number | null;
  energyLow: number | null;
  energyHigh: number | null;
  energyN: number;
}

export function weekdayFromPrepared(prep: PreparedDays, weekStartsOn: 0 | 1): WeekdayRow[] {
  // Intervals robust to persistent days: Newey–West on calendar time, with each metric's bandwidth.
  const moodSeries = calendarSeries(prep.num, prep.mood);
  const energySeries = calendarSeries(prep.num, prep.energy);
  const rows: WeekdayRow[] = [];
  for (let k = 0; k < 7; k++) {
    const weekday = (weekStartsOn + k) % 7;
    const moodDays: number[] = [];
    const moodValues: number[] = [];
    const energyDays: number[] = [];
    const energyValues: number[] = [];
    for (let i = 0; i < prep.count; i++) {
      if (prep.weekday[i] !== weekday) continue;
      if (!Number.isNaN(prep.mood[i])) {
        moodDays.push(prep.num[i]);
        moodValues.push(prep.mood[i]);
      }
      if (!Number.isNaN(prep.energy[i])) {
        energyDays.push(prep.num[i]);
        energyValues.push(prep.energy[i]);
      }
    }
    const m = robustMeanInterval(moodDays, moodValues, moodSeries.bandwidth, moodSeries.span);
    const e = robustMeanInterval(energyDays, energyValues, energySeries.bandwidth, energySeries.span);
    rows.push({
      weekday,
      mood: m.mean,
      moodLow: m.low,
      moodHigh: m.high,
      moodN: m.n,
      energy: e.mean,
      energyLow: e.low,
      energyHigh: e.high,
      energyN: e.n,
    });
  }
  return rows;
}

/** Mean mood and energy per weekday with n and 95% interval, in display order from the week's first day. */
export function weekdayPattern(days: readonly DaySummary[], options: StatsOptions & { weekStartsOn?: 0 | 1 } = {}): WeekdayRow[] {
  return weekdayFromPrepared(prepareDays(days, options), options.weekStartsOn ?? 1);
}

export interface HoursPoint {
  day: DayKey;
  hours: number;
  mood: number | null;
  energy: number | null;
}

/**
 * A client's (hours, score) points and the straight-line slope of the score on hours: how the
 * day's score changes per extra hour worked with this client, e.g. −0.25 energy point per hour.
 */
export interface ClientHours {
  clientId: string;
  points: HoursPoint[];
  totalHours: number;
  meanHours: number | null;
  /** Points with both hours and a rated score. */
  n: number;
  /** Null below MIN_DAYS_WITH points: no slope from a handful of days. */
  slope: number | null;
  low: number | null;
  high: number | null;
}

function slopeOf(xs: number[], ys: number[]): { slope: number | null; low: number | null; high: number | null } {
  const n = xs.length;
  // The one minimum of Insights: no slope from fewer rated days than a client's effect needs.
  if (n < MIN_DAYS_WITH) return { slope: null, low: null, high: null };
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (!(sxx > 1e-12)) return { slope: null, low: null, high: null };
  const slope = sxy / sxx;
  let rss = 0;
  for (let i = 0; i < n; i++) rss += (ys[i] - my - slope * (xs[i] - mx)) ** 2;
  const half = tCritical(n - 2) * Math.sqrt(rss / (n - 2) / sxx);
  return { slope, low: slope - half, high: slope + half };
}

export function hoursFromPrepared(prep: PreparedDays, clientIds: readonly string[], metric: Metric): ClientHours[] {
  const values = metricValues(prep, metric);
  return clientIds.map((clientId) => {
    const points: HoursPoint[] = [];
    const xs: number[] = [];
    const ys: number[] = [];
    const hoursMoments = emptyMoments();
    const presence = presenceOf(prep, clientId);
    const links = linksOf(prep, clientId);
    for (let k = 0; k < presence.length; k++) {
      const i = presence[k];
      const link = links[k];
      if (typeof link.hours !== 'number' || !Number.isFinite(link.hours)) continue;
      addValue(hoursMoments, link.hours);
      points.push({ day: prep.days[i].day, hours: link.hours, mood: prep.days[i].mood, energy: prep.days[i].energy });
      if (!Number.isNaN(values[i])) {
        xs.push(link.hours);
        ys.push(values[i]);
      }
    }
    return {
      clientId,
      points,
      totalHours: hoursMoments.sum,
      meanHours: hoursMoments.n > 0 ? hoursMoments.sum / hoursMoments.n : null,
      n: xs.length,
      ...slopeOf(xs, ys),
    };
  });
}

/** Per reported client, its (hours, score) points and the score's change per hour worked. */
export function hoursVersusScore(days: readonly DaySummary[], options: StatsOptions = {}): ClientHours[] {
  const prep = prepareDays(days, options);
  return hoursFromPrepared(prep, reportedClients(prep, options), options.metric ?? 'energy');
}
