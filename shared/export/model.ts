/**
 * What every export writer reads, and the small helpers they share so that Markdown, CSV and the
 * PDF report name clients, signals and scores the same way.
 */
import { formatShortDay } from '../domain/dates';
import { formatNumber } from '../i18n/format';
import { translate } from '../i18n/translate';
import { criteriaList, idealScore } from '../domain/criteria';
import type { Client, CriterionDef, DayKey, Entry, Lang, Signal } from '../domain/types';

/** Which entry texts to export: one language or both side by side. */
export type TextLanguages = 'fr' | 'en' | 'both';

export interface ExportPeriod {
  from: DayKey;
  to: DayKey;
}

export interface ExportInput {
  /** Already selected (see selectEntries); writers sort them by day and time themselves. */
  entries: Entry[];
  /** Every client and signal the entries may refer to (extra ones are ignored). */
  clients: Client[];
  signals: Signal[];
  /** null: "all entries", the span is read from the entries themselves. */
  period: ExportPeriod | null;
  /** UI language: labels, headings, dates and numbers. */
  lang: Lang;
  textLanguages: TextLanguages;
  /** "Today", e.g. "2024-11-02": written into the document, never read from the clock. */
  generatedOn: DayKey;
  /** Overrides the default title, e.g. "Bilan Acme — automne". */
  title?: string;
  /**
   * The user's ideal-client checklist (null: the defaults, never edited). When given and at least
   * one client has a criterion ticked, the PDF summary and the CSV show each client's score, e.g.
   * "5/8"; otherwise they do not.
   */
  idealCriteria?: readonly CriterionDef[] | null;
}

/** Each client's ideal-client score, e.g. { met: 5, total: 8 }, or null when the export leaves scores out. */
export function idealScoresFor(input: Pick<ExportInput, 'clients' | 'idealCriteria'>): ((clientId: string) => { met: number; total: number } | null) | null {
  if (input.idealCriteria === undefined) return null;
  const list = criteriaList(input.idealCriteria);
  // A user who never ticked a criterion does not use the checklist: no column of "0/8".
  const ticked = input.clients.some((c) => c.idealCriteria?.some((k) => k.met && list.some((d) => d.id === k.id)));
  if (list.length === 0 || !ticked) return null;
  const byId = new Map(input.clients.map((c) => [c.id, c]));
  return (id) => {
    const client = byId.get(id);
    return client ? idealScore(list, client) : null;
  };
}

/** "mardi 1 octobre 2024" → "Mardi 1 octobre 2024": a heading starts with a capital. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Day, then time, then creation: the order of a journal read from top to bottom. */
export function compareEntries(a: Entry, b: Entry): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortEntries(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(compareEntries);
}

/** The text languages an export shows, in reading order. */
export function languagesOf(textLanguages: TextLanguages): Lang[] {
  return textLanguages === 'both' ? ['fr', 'en'] : [textLanguages];
}

/** Blank or whitespace-only text counts as no text. */
export function hasText(entry: Entry, lang: Lang): boolean {
  return entry.text[lang].trim() !== '';
}

export function hasRatings(entry: Entry): boolean {
  return entry.mood !== null || entry.energy !== null || entry.clients.some((c) => c.felt !== null);
}

export interface Names {
  client(id: string): string;
  clientColor(id: string): string | undefined;
  signal(id: string): string;
}

/**
 * Looks names up in the UI language. A signal label falls back to its other language when the
 * user only named it in one, e.g. a custom signal labelled only "Réunion de trop".
 */
export function namesFor(clients: readonly Client[], signals: readonly Signal[], lang: Lang): Names {
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const signalById = new Map(signals.map((s) => [s.id, s]));
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return {
    client: (id) => clientById.get(id)?.name ?? translate(lang, 'exportDoc.unknownClient'),
    clientColor: (id) => clientById.get(id)?.color,
    signal: (id) => {
      const s = signalById.get(id);
      if (!s) return translate(lang, 'exportDoc.unknownSignal');
      return s.label[lang].trim() || s.label[other].trim() || translate(lang, 'exportDoc.unknownSignal');
    },
  };
}

/** A felt score as people write it: "+1", "−2" (true minus sign), "0". */
export function formatFelt(felt: number): string {
  if (felt > 0) return `+${felt}`;
  if (felt < 0) return `\u2212${Math.abs(felt)}`;
  return '0';
}

/** Hours in the UI language with at most two decimals, e.g. "2,5" / "2.5", "0,25". */
export function formatHours(hours: number, lang: Lang): string {
  return formatNumber(lang, hours, 2);
}

/** The ids of the clients the entries involve, in order of first appearance. */
export function clientIdsOf(entries: readonly Entry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) for (const link of e.clients) ids.add(link.clientId);
  return [...ids];
}

/** The period written on a document: the chosen one, else the span of the entries, else null. */
export function effectivePeriod(period: ExportPeriod | null, entries: readonly Entry[]): ExportPeriod | null {
  if (period) return period;
  if (entries.length === 0) return null;
  let from = entries[0].day;
  let to = entries[0].day;
  for (const e of entries) {
    if (e.day < from) from = e.day;
    if (e.day > to) to = e.day;
  }
  return { from, to };
}

/** "du 1 oct. 2024 au 31 oct. 2024" / "Oct 1, 2024 – Oct 31, 2024"; "Toutes les entrées" for none. */
export function describePeriod(period: ExportPeriod | null, lang: Lang): string {
  if (!period) return translate(lang, 'exportDoc.period.all');
  return translate(lang, 'exportDoc.period', {
    from: formatShortDay(period.from, lang),
    to: formatShortDay(period.to, lang),
  });
}

/** The document title: the user's own, else "Journal Humeur — du … au …". */
export function documentTitle(input: Pick<ExportInput, 'title' | 'period' | 'lang'>, clientName?: string): string {
  const custom = input.title?.trim();
  if (custom) return clientName ? `${custom} — ${clientName}` : custom;
  const parts = [translate(input.lang, 'exportDoc.title')];
  if (clientName) parts.push(clientName);
  if (input.period) parts.push(describePeriod(input.period, input.lang));
  return parts.join(' — ');
}
