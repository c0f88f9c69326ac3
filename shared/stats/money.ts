/**
 * The optional money view: hours per client and, where the user gave an hourly rate, what the
 * client brings in — set against the energy it costs. Amounts stay in each client's currency.
 */
import type { DaySummary } from '../domain/types';
import { fitAdjustedModel } from './adjusted';
import { dayNumber } from './calendar';
import { type PreparedDays, type StatsOptions, metricValues, prepareDays, reportedClients } from './prepare';
import { type Decision, decideVerdict } from './verdict';
import { linksOf, presenceOf, sameDayComparison, totalMoments } from './withWithout';

/** e.g. { rate: 65, currency: "EUR" }. */
export interface ClientRate {
  rate: number;
  currency: string;
}

export interface MoneyRow {
  clientId: string;
  hours: number;
  daysWithHours: number;
  /** Hours divided by the weeks of the period, e.g. 6.5. */
  hoursPerWeek: number;
  rate: number | null;
  currency: string | null;
  /** hours × rate. */
  earned: number | null;
  /** earned ÷ days with hours. */
  earnedPerDay: number | null;
  /**
   * What one energy point costs this client, for a client that drains energy:
   * earnedPerDay ÷ (energy points lost per day), e.g. 390 € a day for −1.5 points → 260 € per point.
   * Null unless the energy verdict is 'drains'.
   */
  earnedPerEnergyPoint: number | null;
}

function weeksOf(prep: PreparedDays, options: StatsOptions): number {
  if (prep.count === 0) return 0;
  const first = options.from ? dayNumber(options.from) : prep.num[0];
  const last = options.to ? dayNumber(options.to) : prep.num[prep.count - 1];
  return Math.max(1, last - first + 1) / 7;
}

export function moneyFromPrepared(
  prep: PreparedDays,
  clientIds: readonly string[],
  rates: Readonly<Record<string, ClientRate>>,
  energyDecisions: ReadonlyMap<string, Decision>,
  options: StatsOptions,
): MoneyRow[] {
  const weeks = weeksOf(prep, options);
  const rows: MoneyRow[] = [];
  for (const clientId of clientIds) {
    let hours = 0;
    let daysWithHours = 0;
    for (const link of linksOf(prep, clientId)) {
      if (typeof link.hours === 'number' && Number.isFinite(link.hours)) {
        hours += link.hours;
        daysWithHours++;
      }
    }
    if (daysWithHours === 0) continue;
    const known = rates[clientId];
    const rate = known && Number.isFinite(known.rate) ? known.rate : null;
    const earned = rate === null ? null : hours * rate;
    const earnedPerDay = earned === null ? null : earned / daysWithHours;
    const decision = energyDecisions.get(clientId);
    const cost = decision?.verdict === 'drains' && decision.effect !== null ? -decision.effect : null;
    rows.push({
      clientId,
      hours,
      daysWithHours,
      hoursPerWeek: weeks > 0 ? hours / weeks : 0,
      rate,
      currency: rate === null ? null : known.currency,
      earned,
      earnedPerDay,
      earnedPerEnergyPoint: earnedPerDay !== null && cost !== null && cost > 0 ? earnedPerDay / cost : null,
    });
  }
  return rows.sort((a, b) => b.hours - a.hours || a.clientId.localeCompare(b.clientId));
}

/** Hours and earnings per reported client that has hours in the period. */
export function computeMoney(
  days: readonly DaySummary[],
  rates: Readonly<Record<string, ClientRate>>,
  options: StatsOptions = {},
): MoneyRow[] {
  const prep = prepareDays(days, options);
  const clientIds = reportedClients(prep, options);
  const values = metricValues(prep, 'energy');
  const total = totalMoments(values);
  const model = fitAdjustedModel(prep, 'energy', clientIds);
  const decisions = new Map(
    clientIds.map((id) => [id, decideVerdict(sameDayComparison(values, presenceOf(prep, id), total), model.effects.get(id))]),
  );
  return moneyFromPrepared(prep, clientIds, rates, decisions, options);
}
