/**
 * Plain words behind a verdict: why there is no number yet (the real reason and the way forward,
 * e.g. "63 jours avec Groupe Vautrin, aucun noté en énergie — voir l'humeur"), and the "How do we
 * know?" disclosure — the days compared, what was held equal, the plausible range in words, and
 * what would change the verdict.
 */
import type { Lang } from '../domain/types';
import { formatSigned, type Translate } from '../i18n';
import type { ClientEffects, MetricEffects } from './clientEffects';
import { otherMetric } from './metricChoice';
import type { Metric } from './prepare';
import { MIN_DAYS_WITH, MIN_DAYS_WITHOUT } from './thresholds';
import { formatPoints, pointsCount } from './wording';

/** What the adjusted model holds equal besides the other clients; `season` when it has a slow time term. */
export interface ModelTerms {
  weekday: boolean;
  season: boolean;
}

/**
 * The adjusted model's terms (see adjusted.ts and docs/statistics.md): the other clients of the
 * day and of the day before, the weekday, and a slow curve of the date for seasons and drift; its
 * intervals allow for good and bad spells that last several days.
 */
export const ADJUSTED_TERMS: ModelTerms = { weekday: true, season: true };

type ClientInput = Pick<ClientEffects, 'daysWith' | 'mood' | 'energy'>;

/**
 * Why a client has no verdict on a metric yet, and what to do, e.g.
 * "63 jours avec Groupe Vautrin, aucun noté en énergie — voir l'humeur." Null when it has enough days.
 */
export function missingReading(t: Translate, client: string, metric: Metric, c: ClientInput): string | null {
  const effects = c[metric];
  if (effects.decision.verdict !== 'insufficient') return null;
  const rated = effects.withWithout.daysWith;
  const other = otherMetric(metric);
  const otherReady = c[other].decision.verdict !== 'insufficient';
  const vars = { client, any: c.daysWith, rated, min: MIN_DAYS_WITH, metricIn: t(`explain.metricIn.${metric}`), other: t(`explain.see.${other}`) };
  if (effects.moreDaysWith > 0) {
    if (rated === 0 && c.daysWith > 0) return t(otherReady ? 'explain.missing.noneSeeOther' : 'explain.missing.noneRated', { ...vars, count: c.daysWith });
    if (rated < c.daysWith) return t('explain.missing.partlyRated', { ...vars, count: effects.moreDaysWith });
    return t('explain.missing.moreWith', { ...vars, count: Math.max(1, effects.moreDaysWith) });
  }
  return t('explain.missing.moreWithout', { ...vars, count: effects.moreDaysWithout, with: rated, total: rated + effects.withWithout.daysWithout });
}

/** More days with the client that would, at the same difference, bring the range clear of zero; null when that is hopeless. */
export function daysToDecide(daysWith: number, effect: number, low: number, high: number): number | null {
  const half = (high - low) / 2;
  if (!(Math.abs(effect) > 0.05) || !(half > 0)) return null;
  // The range narrows roughly as 1/√n with the client's days (the days without are far more numerous).
  const needed = Math.ceil(daysWith * ((half / Math.abs(effect)) ** 2 - 1));
  return needed > 0 && needed <= 2000 ? needed : null;
}

/** The lines of the "How do we know?" disclosure for one client and metric. */
export function verdictExplanation(
  t: Translate,
  lang: Lang,
  client: string,
  metric: Metric,
  effects: Pick<MetricEffects, 'decision' | 'withWithout' | 'moreDaysWith' | 'moreDaysWithout'>,
  terms: ModelTerms = ADJUSTED_TERMS,
): string[] {
  const { decision, withWithout } = effects;
  const metricIn = t(`explain.metricIn.${metric}`);
  const lines = [t('explain.how.days', { client, with: withWithout.daysWith, without: withWithout.daysWithout, metricIn })];
  if (decision.verdict === 'insufficient') {
    lines.push(t('explain.how.threshold', { client, minWith: MIN_DAYS_WITH, minWithout: MIN_DAYS_WITHOUT, with: withWithout.daysWith, without: withWithout.daysWithout }));
    return lines;
  }
  if (decision.source === 'adjusted') lines.push(t(terms.season ? 'explain.how.held.season' : terms.weekday ? 'explain.how.held.weekday' : 'explain.how.held.clients'));
  else lines.push(t('explain.how.held.none'));
  const { effect, low, high } = decision;
  if (effect === null || low === null || high === null) return lines;
  lines.push(t('explain.how.range', { low: formatSigned(lang, low), high: formatSigned(lang, high) }));
  if (decision.reason === 'confounded') {
    lines.push(t('explain.how.change.confounded', { client }));
  } else if (decision.verdict === 'drains' || decision.verdict === 'lifts') {
    const margin = decision.verdict === 'drains' ? -high : low;
    lines.push(t('explain.how.change.clear', { client, margin: formatPoints(lang, margin), count: pointsCount(lang, margin) }));
  } else {
    const more = daysToDecide(withWithout.daysWith, effect, low, high);
    lines.push(more === null ? t('explain.how.change.nearZero', { client }) : t('explain.how.change.more', { client, count: more }));
  }
  return lines;
}
