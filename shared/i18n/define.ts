/** A message with plural forms, chosen by Intl.PluralRules on the `count` variable. */
export interface PluralMessage {
  one: string;
  other: string;
}
export type Message = string | PluralMessage;
export type Catalog = Record<string, Message>;

type SameShape<E extends Catalog> = { [K in keyof E]: E[K] extends string ? string : PluralMessage };

/**
 * One namespace of UI strings. English is the reference; French must have exactly the same keys
 * and the same kind of message (plain or plural) — the compiler refuses anything else, and
 * tests/unit/i18n.test.ts checks the placeholders match.
 */
export function defineMessages<const E extends Catalog>(catalog: { en: E; fr: SameShape<E> }) {
  return catalog;
}
