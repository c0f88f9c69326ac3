/**
 * One plain sentence per finding, in the UI language, e.g.
 *   "Les jours avec Acme, votre énergie est en moyenne 1,2 point plus basse (IC 95 % : −1,6 à −0,8 ;
 *    24 jours avec, 61 sans)."
 * A sentence says "drains" or "lifts" only when the verdict (or, for findings without a verdict of
 * their own, the whole 95% interval and the minimum days) says so; otherwise it says there is no
 * clear difference, or how many more days are needed. Templates live in the `readings` namespace.
 */
import { formatShortDay, weekdayName } from '../domain/dates';
import type { Lang } from '../domain/types';
import { formatSigned, type Translate, type Vars } from '../i18n';
import { dayNumber } from './calendar';
import type { ClientEffects, MetricEffects } from './clientEffects';
import type { Comparison } from './compare';
import { missingReading } from './explain';
import type { ClientHours, WeekdayRow } from './patterns';
import type { Metric } from './prepare';
import type { DailyPoint } from './series';
import type { ClientSignalsRow, SignalEffectRow } from './signals';
import { TREND_WINDOW_WEEKS, type TrendRow } from './trend';
import { MIN_DAYS_WITH, MIN_DAYS_WITHOUT, type Verdict, verdictFromInterval } from './verdict';
import { formatPoints, pointsCount } from './wording';

export { formatPoints, pointsCount } from './wording';

/** "−1,6 à −0,8" / "−1.6 to −0.8". */
export function formatInterval(t: Translate, lang: Lang, low: number, high: number): string {
  return t('insights.ci.range', { low: formatSigned(lang, low), high: formatSigned(lang, high) });
}

/** "drains" / "épuise", etc. */
export function verdictLabel(t: Translate, verdict: Verdict): string {
  return t(`insights.verdict.${verdict}`);
}

export function metricNoun(t: Translate, metric: Metric): string {
  return t(`insights.metric.noun.${metric}`);
}

/** The variables of a "{size} points lower (95% CI: {low} to {high} …)" sentence. */
function sizeVars(lang: Lang, effect: number, low: number, high: number, digits = 1): Vars {
  return {
    size: formatPoints(lang, effect, digits),
    low: formatSigned(lang, low, digits),
    high: formatSigned(lang, high, digits),
    count: pointsCount(lang, effect, digits),
  };
}

/** The two-sided 5% point of the normal distribution. */
const Z_95 = 1.959964;

type EffectsInput = Pick<MetricEffects, 'decision' | 'withWithout' | 'moreDaysWith' | 'moreDaysWithout'>;

/**
 * The headline sentence for one client on one metric, following its verdict. Given the client's
 * whole record, a missing verdict says its real reason, e.g. "63 jours avec Groupe Vautrin, aucun
 * noté en énergie — voir l'humeur" (explain.ts).
 */
export function effectReading(
  t: Translate,
  lang: Lang,
  client: string,
  metric: Metric,
  effects: EffectsInput,
  record?: Pick<ClientEffects, 'daysWith' | 'mood' | 'energy'>,
): string {
  const { decision, withWithout } = effects;
  const base: Vars = { client, metric: metricNoun(t, metric), with: withWithout.daysWith, without: withWithout.daysWithout };
  const { effect, low, high } = decision;
  if (decision.verdict === 'insufficient' || effect === null || low === null || high === null) {
    const missing = record ? missingReading(t, client, metric, record) : null;
    if (missing) return missing;
    if (effects.moreDaysWith === 0 && effects.moreDaysWithout > 0) {
      return t('readings.moreWithout', { client, count: effects.moreDaysWithout });
    }
    return t('readings.moreWith', { client, count: Math.max(1, effects.moreDaysWith) });
  }
  if (decision.verdict === 'unclear') {
    if (decision.reason === 'confounded') return t('readings.confounded', base);
    return t('readings.unclear', { ...base, ...sizeVars(lang, effect, low, high), effect: formatSigned(lang, effect) });
  }
  return t(`readings.${decision.verdict}`, { ...base, ...sizeVars(lang, effect, low, high) });
}

/** How a client's effects on mood and on energy compare; null when neither has a clear effect. */
export function moodEnergyReading(t: Translate, client: string, effects: Pick<ClientEffects, 'mood' | 'energy'>): string | null {
  const e = effects.energy.decision.verdict;
  const m = effects.mood.decision.verdict;
  const clear = (v: Verdict): v is 'drains' | 'lifts' => v === 'drains' || v === 'lifts';
  if (clear(e) && clear(m)) {
    if (e === m) return t(`readings.both.${e}`, { client });
    return t(e === 'drains' ? 'readings.mixed.energyDown' : 'readings.mixed.moodDown', { client });
  }
  if (clear(e) && m === 'unclear') return t(`readings.energyOnly.${e}`, { client });
  if (clear(m) && e === 'unclear') return t(`readings.moodOnly.${m}`, { client });
  return null;
}

/**
 * Whether a client's effect is changing: the first and the last trend windows with an estimate,
 * compared only when they share no day (so they are independent samples), with a two-sided test
 * at 5% on their difference. Each window's standard error is read back from its 95% interval as
 * half-width ÷ 1.96; the interval was built with a t multiplier above 1.96, so this overstates the
 * error a little and the test errs on the side of "no clear change".
 */
export function trendReading(
  t: Translate,
  lang: Lang,
  client: string,
  metric: Metric,
  rows: readonly TrendRow[],
  windowWeeks: number = TREND_WINDOW_WEEKS,
): string {
  const valid = rows.filter((r) => r.effect !== null && r.low !== null && r.high !== null);
  const first = valid[0];
  const last = valid[valid.length - 1];
  if (valid.length < 2 || dayNumber(last.day) - dayNumber(first.day) < Math.round(windowWeeks * 7)) {
    return t('readings.trend.short', { client });
  }
  const vars: Vars = {
    client,
    metric: metricNoun(t, metric),
    first: formatSigned(lang, first.effect!),
    last: formatSigned(lang, last.effect!),
    firstDay: formatShortDay(first.day, lang),
    lastDay: formatShortDay(last.day, lang),
    count: pointsCount(lang, last.effect!),
  };
  const se = (r: TrendRow) => (r.high! - r.low!) / (2 * Z_95);
  const z = (last.effect! - first.effect!) / Math.hypot(se(first), se(last));
  if (z < -Z_95) return t('readings.trend.worse', vars);
  if (z > Z_95) return t('readings.trend.better', vars);
  return t('readings.trend.stable', vars);
}

/** The verdict of a comparison without one of its own (next day, signals): enough days on both sides, then the interval. */
export function comparisonVerdict(c: Comparison): Verdict {
  if (c.daysWith < MIN_DAYS_WITH || c.daysWithout < MIN_DAYS_WITHOUT || c.effect === null) return 'insufficient';
  return verdictFromInterval(c.low, c.high);
}

/** The day after a day with the client versus after a day without. */
export function nextDayReading(t: Translate, lang: Lang, client: string, metric: Metric, nextDay: Comparison): string {
  const verdict = comparisonVerdict(nextDay);
  const metricText = metricNoun(t, metric);
  if (verdict !== 'drains' && verdict !== 'lifts') return t('readings.nextDay.none', { client, metric: metricText });
  return t(`readings.nextDay.${verdict}`, {
    client,
    metric: metricText,
    with: nextDay.daysWith,
    ...sizeVars(lang, nextDay.effect!, nextDay.low!, nextDay.high!),
  });
}

/**
 * The comparison a signal is judged on: its effect with every client of the day, the weekday and
 * the season held equal when the model could estimate it, else the plain difference. So a signal
 * that only comes with a draining client is not blamed for that client.
 */
export function signalComparison(row: SignalEffectRow): SignalEffectRow {
  const a = row.adjusted;
  if (a && a.estimable) return { ...row, effect: a.effect, low: a.low, high: a.high, se: a.se };
  return row;
}

/** The day's score with a signal versus without, e.g. "late payment". */
export function signalReading(t: Translate, lang: Lang, signal: string, metric: Metric, row: Comparison): string {
  const verdict = comparisonVerdict(row);
  const metricText = metricNoun(t, metric);
  if (row.daysWith < MIN_DAYS_WITH) return t('readings.signal.few', { signal, count: row.daysWith });
  if (verdict !== 'drains' && verdict !== 'lifts') return t('readings.signal.unclear', { signal, metric: metricText, with: row.daysWith });
  return t(`readings.signal.${verdict}`, {
    signal,
    metric: metricText,
    with: row.daysWith,
    without: row.daysWithout,
    ...sizeVars(lang, row.effect!, row.low!, row.high!),
  });
}

/** The signal that comes up most often with a client. */
export function clientSignalsReading(t: Translate, client: string, row: ClientSignalsRow, signalName: (id: string) => string): string {
  const top = row.signals[0];
  if (!top) return t('readings.clientSignals.none', { client });
  return t('readings.clientSignals', { client, signal: signalName(top.signalId), count: top.days, total: row.daysWith });
}

/** The change in the day's score per extra hour with the client, in hundredths: a slope is small, e.g. −0.12 a point an hour. */
export function hoursReading(t: Translate, lang: Lang, client: string, metric: Metric, hours: ClientHours): string {
  const metricText = metricNoun(t, metric);
  if (hours.n < MIN_DAYS_WITH) return t('readings.hours.few', { client, count: hours.n });
  const verdict = hours.slope === null ? 'unclear' : verdictFromInterval(hours.low, hours.high);
  if (verdict === 'unclear') return t('readings.hours.unclear', { client, metric: metricText, n: hours.n });
  return t(`readings.hours.${verdict}`, { client, metric: metricText, n: hours.n, ...sizeVars(lang, hours.slope!, hours.low!, hours.high!, 2) });
}

/**
 * The lowest and highest weekday among the bars drawn solid — those with at least MIN_DAYS_WITH
 * rated days, the one minimum for bars, tables and sentences — and a warning when their plausible
 * ranges overlap; null below two such weekdays.
 */
export function weekdayReading(t: Translate, lang: Lang, metric: Metric, rows: readonly WeekdayRow[]): string | null {
  const shown = rows
    .map((r) => ({ weekday: r.weekday, mean: r[metric], low: r[`${metric}Low`], high: r[`${metric}High`], n: r[`${metric}N`] }))
    .filter((r) => r.mean !== null && r.low !== null && r.high !== null && enoughDays(r.n));
  if (shown.length < 2) return null;
  const lowest = shown.reduce((a, b) => (b.mean! < a.mean! ? b : a));
  const highest = shown.reduce((a, b) => (b.mean! > a.mean! ? b : a));
  if (lowest === highest) return null;
  const sentence = t('readings.weekday', {
    metric: metricNoun(t, metric),
    lowDay: weekdayName(lowest.weekday, lang),
    lowValue: formatPoints(lang, lowest.mean!),
    lowN: lowest.n,
    highDay: weekdayName(highest.weekday, lang),
    highValue: formatPoints(lang, highest.mean!),
    highN: highest.n,
  });
  return lowest.high! >= highest.low! ? `${sentence} ${t('readings.weekday.overlap')}` : sentence;
}

/** Enough rated days for a bar, a table row or a sentence to be shown as a finding. */
export function enoughDays(n: number): boolean {
  return n >= MIN_DAYS_WITH;
}

/** Mean energy and mood over the series, each over the days that have it; null when no day is rated. */
export function periodReading(t: Translate, lang: Lang, series: readonly DailyPoint[]): string | null {
  let energy = 0;
  let energyN = 0;
  let mood = 0;
  let moodN = 0;
  for (const p of series) {
    if (p.energy !== null) {
      energy += p.energy;
      energyN++;
    }
    if (p.mood !== null) {
      mood += p.mood;
      moodN++;
    }
  }
  if (energyN === 0 && moodN === 0) return null;
  const vars: Vars = {
    energy: energyN > 0 ? formatPoints(lang, energy / energyN) : '',
    mood: moodN > 0 ? formatPoints(lang, mood / moodN) : '',
    energyDays: t('readings.days', { count: energyN }),
    moodDays: t('readings.days', { count: moodN }),
  };
  if (energyN === 0) return t('readings.period.moodOnly', vars);
  if (moodN === 0) return t('readings.period.energyOnly', vars);
  return t('readings.period.both', vars);
}
