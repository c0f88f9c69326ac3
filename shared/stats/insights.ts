/**
 * Everything the Insights screen shows, computed at once from the day summaries. Ten years of
 * days (≈ 3,650 summaries) take a few tens of milliseconds: each statistic is one pass over the
 * days or over a client's days, and the rolling windows read prefix sums.
 */
import type { DayKey, DaySummary } from '../domain/types';
import { dayKeyOfNumber } from './calendar';
import { type ClientEffects, type EffectsOptions, type RankingRow, effectsFromPrepared, rankFromEffects } from './clientEffects';
import { type ClientRate, type MoneyRow, moneyFromPrepared } from './money';
import { type ClientHours, type WeekdayRow, hoursFromPrepared, weekdayFromPrepared } from './patterns';
import type { RatedCounts } from './metricChoice';
import { type Metric, type PreparedDays, prepareDays, reportedClients } from './prepare';
import { type DailyPoint, type PixelCell, seriesFromPrepared, yearInPixels } from './series';
import { type SignalInsights, signalsFromPrepared } from './signals';

export interface InsightsOptions extends EffectsOptions {
  /** The client whose days are marked on the mood/energy series. */
  focusClientId?: string | null;
  /** Year of the year-in-pixels calendar; the year of the period's last day when absent. */
  year?: number;
  /** First column of the weekday pattern and of the pixel calendar (1 = Monday). */
  weekStartsOn?: 0 | 1;
  /** Hourly rates by client id, e.g. { acme: { rate: 65, currency: "EUR" } }. */
  rates?: Readonly<Record<string, ClientRate>>;
}

export interface Insights {
  metric: Metric;
  /** First and last day with an entry in the period; null when there is none. */
  firstDay: DayKey | null;
  lastDay: DayKey | null;
  /** Days with an entry in the period. */
  dayCount: number;
  /** Of those, the days with a mood rating and with an energy rating, e.g. { mood: 260, energy: 0 }. */
  rated: RatedCounts;
  /** One record per reported client, in the order of options.clientIds (or most frequent first). */
  clients: ClientEffects[];
  /** On the chosen metric, most draining first. */
  ranking: RankingRow[];
  series: DailyPoint[];
  /** Null when there is no day at all to choose a year from. */
  year: number | null;
  /** The whole calendar year, whatever the from/to range (a year view is always a full year). */
  pixels: PixelCell[];
  weekdays: WeekdayRow[];
  hours: ClientHours[];
  signals: SignalInsights;
  /** Clients with hours in the period; earnings where a rate is known. */
  money: MoneyRow[];
}

function ratedIn(prep: PreparedDays): RatedCounts {
  let mood = 0;
  let energy = 0;
  for (let i = 0; i < prep.count; i++) {
    if (!Number.isNaN(prep.mood[i])) mood++;
    if (!Number.isNaN(prep.energy[i])) energy++;
  }
  return { mood, energy };
}

export function computeInsights(days: readonly DaySummary[], options: InsightsOptions = {}): Insights {
  const metric = options.metric ?? 'energy';
  const weekStartsOn = options.weekStartsOn ?? 1;
  const prep = prepareDays(days, options);
  const clientIds = reportedClients(prep, options);
  const clients = effectsFromPrepared(prep, clientIds, options.windowWeeks);
  const firstDay = prep.count > 0 ? dayKeyOfNumber(prep.num[0]) : null;
  const lastDay = prep.count > 0 ? dayKeyOfNumber(prep.num[prep.count - 1]) : null;
  const yearSource = options.to ?? lastDay;
  const year = options.year ?? (yearSource ? Number(yearSource.slice(0, 4)) : null);
  const energyDecisions = new Map(clients.map((c) => [c.clientId, c.energy.decision]));
  return {
    metric,
    firstDay,
    lastDay,
    dayCount: prep.count,
    rated: ratedIn(prep),
    clients,
    ranking: rankFromEffects(clients, metric),
    series: seriesFromPrepared(prep, { ...options, metric }),
    year,
    pixels: year === null ? [] : yearInPixels(days, year, weekStartsOn),
    weekdays: weekdayFromPrepared(prep, weekStartsOn),
    hours: hoursFromPrepared(prep, clientIds, metric),
    signals: signalsFromPrepared(prep, clientIds, metric),
    money: moneyFromPrepared(prep, clientIds, options.rates ?? {}, energyDecisions),
  };
}
