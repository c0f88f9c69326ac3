/**
 * The words of one entry that both the Markdown export and the printable report write, e.g. the
 * heading "21:35 — Bilan de la journée", the facts ["Humeur : 4/5", "Énergie : 2/5"] and a client's
 * details ["ressenti +1", "2,5 h", "signaux : Respecté"]. Each writer passes its own `signalLabel`:
 * Markdown escapes signal names, the report gives them French typography.
 */
import { formatLongDay } from '../domain/dates';
import type { ClientLink, DayKey, Entry, Lang } from '../domain/types';
import { translate } from '../i18n/translate';
import { capitalise, formatFelt, formatHours } from './model';

/** "Mardi 1 octobre 2024" */
export function dayHeading(day: DayKey, lang: Lang): string {
  return capitalise(formatLongDay(day, lang));
}

/** "21:35 — Bilan de la journée" */
export function entryHeading(entry: Entry, lang: Lang): string {
  return `${entry.time} — ${translate(lang, entry.kind === 'review' ? 'exportDoc.kind.review' : 'exportDoc.kind.note')}`;
}

/** Mood, energy and the day's signals, each present only when known. */
export function entryFacts(entry: Entry, lang: Lang, signalLabel: (id: string) => string): string[] {
  const facts: string[] = [];
  if (entry.mood !== null) facts.push(translate(lang, 'exportDoc.mood', { value: entry.mood }));
  if (entry.energy !== null) facts.push(translate(lang, 'exportDoc.energy', { value: entry.energy }));
  if (entry.signals.length > 0) facts.push(translate(lang, 'exportDoc.daySignals', { signals: entry.signals.map(signalLabel).join(', ') }));
  return facts;
}

export interface ClientParts {
  /** "+1", "−2"; null when not rated. */
  felt: string | null;
  /** "2,5 h"; null when not recorded. */
  hours: string | null;
  signals: string[];
  /** The known ones of the above as phrases, e.g. ["ressenti +1", "2,5 h", "signaux : Respecté"]. */
  details: string[];
}

/** How a client went in an entry: felt, hours and signals. */
export function clientParts(link: ClientLink, lang: Lang, signalLabel: (id: string) => string): ClientParts {
  const felt = link.felt === null ? null : formatFelt(link.felt);
  const hours = link.hours === undefined ? null : translate(lang, 'exportDoc.client.hours', { hours: formatHours(link.hours, lang) });
  const signals = link.signals.map(signalLabel);
  const details: string[] = [];
  if (felt !== null) details.push(translate(lang, 'exportDoc.client.felt', { felt }));
  if (hours !== null) details.push(hours);
  if (signals.length > 0) details.push(translate(lang, 'exportDoc.client.signals', { signals: signals.join(', ') }));
  return { felt, hours, signals, details };
}

/** "Français" / "English", over each text when both languages are exported. */
export function textLabel(lang: Lang, textLang: Lang): string {
  return translate(lang, textLang === 'fr' ? 'exportDoc.lang.fr' : 'exportDoc.lang.en');
}
