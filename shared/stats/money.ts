/**
 * The optional money view: hours per client and, where the user gave an hourly rate, what the
 * client brings in — set against the energy it costs. Amounts stay in each client's currency.
 */
import type { DaySummary } from '../domain/types';
import { fitAdjustedModel } from './adjusted';
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
  /** Hours divided by the weeks that have at least one entry (not the calendar weeks of the period), e.g. 6.5. */
  hoursPerWeek: number;
  /** Those weeks, e.g. 11 when eleven weeks of a year hold entries. */
  weeksWithData: number;
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

/**
 * Weeks (Monday to Sunday) holding at least one entry: a rate per week divides by them, so eleven
 * logged days are not spread over the fifty-two weeks of the period.
 */
function weeksWithData(prep: PreparedDays): number {
  const weeks = new Set<number>();
  // Day numbers count from a fixed origin; shifting by the weekday gives the week's Monday.
  for (let i = 0; i < prep.count; i++) weeks.add(prep.num[i] - ((prep.weekday[i] + 6) % 7));
  return weeks.size;
}

export function moneyFromPrepared(
  prep: PreparedDays,
  clientIds: readonly string[],
  rates: Readonly<Record<string, ClientRate>>,
  energyDecisions: ReadonlyMap<string, Decision>,
): MoneyRow[] {
  const weeks = weeksWithData(prep);
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
      weeksWithData: weeks,
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
  return moneyFromPrepared(prep, clientIds, rates, decisions);
}
