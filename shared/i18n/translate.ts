import type { Lang } from '../domain/types';
import type { Message } from './define';
import { catalogs, type MessageKey } from './messages';
import { formatNumber } from './format';

export type Vars = Record<string, string | number>;

const pluralRules = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };

function lookup(lang: Lang, key: MessageKey): Message {
  const dot = key.indexOf('.');
  const ns = key.slice(0, dot) as keyof typeof catalogs;
  const name = key.slice(dot + 1);
  const catalog = catalogs[ns]?.[lang] as Record<string, Message> | undefined;
  const message = catalog?.[name];
  if (message === undefined) throw new Error(`Missing UI string ${key} (${lang})`);
  return message;
}

/**
 * The UI string for a key in a language, with {placeholders} filled in. Numbers are formatted
 * for the language ("1,5" in French). A plural message picks its form from `count`:
 * French puts 0 and 1 in "one" ("0 jour"), English only 1 ("0 days").
 */
export function translate(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  const message = lookup(lang, key);
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(vars.count ?? 0);
    text = pluralRules[lang].select(count) === 'one' ? message.one : message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

const translators = new Map<Lang, Translate>();

/**
 * The translate function of a language, the same function every time: a screen that memoises its
 * sections on `t` is not redrawn whole when an unrelated setting changes (e.g. the score Insights
 * remembers on each switch).
 */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = (key, vars) => translate(lang, key, vars)));
  return t;
}

/** The UI language the system asks for: French for any "fr-*" locale, else English. */
export function languageFromLocale(locale: string | undefined): Lang {
  return locale && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
