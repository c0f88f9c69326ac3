import type { Lang } from '../domain/types';

const LOCALE_TAG: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

export function localeTag(lang: Lang): string {
  return LOCALE_TAG[lang];
}

// Building an Intl formatter costs far more than using one (a year of pixels formats 365 numbers):
// one per language and number of decimals, kept.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${lang}|${digits}|${fixed}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[lang], fixed ? { minimumFractionDigits: digits, maximumFractionDigits: digits } : { maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/** "1,2" in French, "1.2" in English; at most `digits` decimals. */
export function formatNumber(lang: Lang, value: number, digits = 1): string {
  return numberFormat(lang, digits, false).format(value);
}

/** Always `digits` decimals, with a true minus sign: "−1,2" / "+0.8". */
export function formatSigned(lang: Lang, value: number, digits = 1): string {
  const abs = numberFormat(lang, digits, true).format(Math.abs(value));
  const rounded = Number(Math.abs(value).toFixed(digits));
  if (rounded === 0) return abs;
  return (value < 0 ? '\u2212' : '+') + abs;
}

/** A money amount, e.g. "80,00 €" / "€80.00". */
export function formatMoney(lang: Lang, value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(LOCALE_TAG[lang], { style: 'currency', currency }).format(value);
  } catch {
    return `${formatNumber(lang, value, 2)} ${currency}`;
  }
}
