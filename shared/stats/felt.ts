/**
 * The user's own "how it felt" rating of a client (−2 drained … +2 energised), the most direct
 * thing the journal holds about a relationship. Shown from the first rated day, beside the
 * measured effect, with its plausible range and the number of rated days — and a "based on few
 * days" note below the same minimum the measured effects use. When the two disagree, one plain
 * sentence says so, e.g. "Vous notez ces journées comme épuisantes (−1,6 sur 5 jours) ; votre
 * humeur ces jours-là n'est pas encore mesurablement plus basse."
 */
import type { Lang } from '../domain/types';
import { formatSigned, type Translate } from '../i18n';
import type { MeanInterval } from './compare';
import type { Metric } from './prepare';
import { MIN_DAYS_WITH } from './thresholds';
import type { Verdict } from './verdict';

export const FELT_MIN = -2;
export const FELT_MAX = 2;
/** A mean at or beyond ±0.5 leans one way: half a step on the −2 … +2 scale. */
export const FELT_LEANING = 0.5;

/** e.g. { mean: −1.6, low: −2, high: −1.1, n: 5, few: false }; mean null when no day is rated. */
export interface FeltSummary {
  mean: number | null;
  /** The plausible range of the mean, kept inside −2 … +2; null below two rated days. */
  low: number | null;
  high: number | null;
  /** Days on which the client was rated. */
  n: number;
  /** Fewer rated days than a measured effect needs (MIN_DAYS_WITH). */
  few: boolean;
}

export type FeltLeaning = 'drained' | 'energised' | 'neutral' | null;

const clamp = (v: number) => Math.min(FELT_MAX, Math.max(FELT_MIN, v));

export function feltSummary(felt: MeanInterval): FeltSummary {
  return {
    mean: felt.mean,
    low: felt.low === null ? null : clamp(felt.low),
    high: felt.high === null ? null : clamp(felt.high),
    n: felt.n,
    few: felt.n < MIN_DAYS_WITH,
  };
}

/** Which way the user's ratings lean; null when nothing is rated. */
export function feltLeaning(felt: Pick<FeltSummary, 'mean'>): FeltLeaning {
  if (felt.mean === null) return null;
  if (felt.mean <= -FELT_LEANING) return 'drained';
  if (felt.mean >= FELT_LEANING) return 'energised';
  return 'neutral';
}

/** The short cell text, e.g. "−1,6 · 5 jours" or "−2,0 · 1 jour · peu de jours"; "non noté" when nothing is rated. */
export function feltCell(t: Translate, lang: Lang, felt: FeltSummary): string {
  if (felt.mean === null) return t('explain.felt.none');
  const text = t('explain.felt.cell', { mean: formatSigned(lang, felt.mean), count: felt.n });
  return felt.few ? `${text} · ${t('explain.felt.few')}` : text;
}

/**
 * "−2,0 à −1,1" / "−2.0 to −1.1"; null below two rated days, and null when every rated day has the
 * same rating (the range would read "−2,0 à −2,0", a certainty a handful of equal ratings do not give).
 */
export function feltRange(t: Translate, lang: Lang, felt: FeltSummary): string | null {
  if (felt.low === null || felt.high === null) return null;
  const low = formatSigned(lang, felt.low);
  const high = formatSigned(lang, felt.high);
  if (low === high) return null;
  return t('insights.ci.range', { low, high });
}

/** The full sentence, e.g. "Vous notez les journées avec Acme à −1,6 en moyenne (fourchette plausible −2,0 à −1,1 ; 5 jours notés)." */
export function feltReading(t: Translate, lang: Lang, client: string, felt: FeltSummary): string {
  if (felt.mean === null) return t('explain.felt.reading.none', { client });
  const range = feltRange(t, lang, felt);
  const vars = { client, mean: formatSigned(lang, felt.mean), range: range ?? '', count: felt.n };
  const key = range ? 'explain.felt.reading' : felt.n >= 2 && felt.low !== null ? 'explain.felt.reading.same' : 'explain.felt.reading.single';
  const sentence = t(key, vars);
  return felt.few ? `${sentence} ${t('explain.felt.reading.few', { min: MIN_DAYS_WITH })}` : sentence;
}

/**
 * One sentence when the user's ratings and the measured effect point different ways, else null:
 * rated draining but not measurably lower (yet), or measurably the other way; the same for lifting.
 * Below the minimum days for a measure ('insufficient') the missing-data sentence already says
 * what is needed, so nothing is added.
 */
export function feltDisagreement(t: Translate, lang: Lang, metric: Metric, felt: FeltSummary, verdict: Verdict): string | null {
  const leaning = feltLeaning(felt);
  if (leaning === null || leaning === 'neutral' || felt.mean === null || verdict === 'insufficient') return null;
  const vars = { mean: formatSigned(lang, felt.mean), count: felt.n, metric: t(`insights.metric.noun.${metric}`) };
  if (leaning === 'drained') {
    if (verdict === 'drains') return null;
    return t(verdict === 'lifts' ? 'explain.disagree.drained.higher' : 'explain.disagree.drained.notYet', vars);
  }
  if (verdict === 'lifts') return null;
  return t(verdict === 'drains' ? 'explain.disagree.energised.lower' : 'explain.disagree.energised.notYet', vars);
}
