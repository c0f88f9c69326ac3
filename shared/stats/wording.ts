/** How a size in points is written and which plural it takes, shared by every sentence of Insights. */
import type { Lang } from '../domain/types';
import { localeTag } from '../i18n';

/** "1,2" / "1.2": always `digits` decimals (one by default), no sign — the size of a difference. */
export function formatPoints(lang: Lang, value: number, digits = 1): string {
  return new Intl.NumberFormat(localeTag(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(value));
}

/**
 * A `count` that makes translate() pick the right plural for a number written with one decimal.
 * translate() asks Intl.PluralRules about a bare number, which calls 1 singular in English; but
 * "1.0 points" is plural in English while French keeps the singular below 2 ("1,2 point",
 * "0,5 point", "2,5 points"). Asking the rules about the number as written settles both.
 */
export function pointsCount(lang: Lang, value: number, digits = 1): number {
  const rounded = Number(Math.abs(value).toFixed(digits));
  return new Intl.PluralRules(localeTag(lang), { minimumFractionDigits: digits }).select(rounded) === 'one' ? 1 : 2;
}
