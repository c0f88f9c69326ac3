/**
 * The printable report (PDF) as a plain model: every string already in the UI language, with
 * French typography where the text is French. The renderer turns it into HTML (escaping every
 * string with escapeHtml) and Chromium prints it; no formatting decision is left to the page.
 */
import { formatShortDay } from '../domain/dates';
import { summariseDay } from '../domain/daySummary';
import type { DayKey, Entry, EntryKind, Lang } from '../domain/types';
import { translate } from '../i18n/translate';
import { clientParts, dayHeading, entryFacts, entryHeading, textLabel } from './entryParts';
import {
  clientIdsOf,
  describePeriod,
  documentTitle,
  formatHours,
  hasText,
  idealScoresFor,
  languagesOf,
  namesFor,
  sortEntries,
  type ExportInput,
  type Names,
} from './model';
import { frenchTypography } from './typography';

export { escapeHtml, frenchTypography } from './typography';

export interface ReportClient {
  clientId: string;
  /** As the user wrote it (a name is not French text, so no typography). */
  name: string;
  /** The client's colour, e.g. "#3b82f6", for a swatch. */
  color?: string;
  /** "+1", "−2"; null when not rated. */
  felt: string | null;
  /** "2,5 h"; null when not recorded. */
  hours: string | null;
  signals: string[];
  /** Everything but the name on one line, e.g. "ressenti +1 · 2,5 h · signaux : Respecté". */
  details: string;
}

export interface ReportText {
  lang: Lang;
  /** "Français" / "English" when both languages are exported, else null. */
  label: string | null;
  /** Plain text with its line breaks; French text has French typography. */
  text: string;
}

export interface ReportEntry {
  id: string;
  time: string;
  kind: EntryKind;
  /** "21:35 — Bilan de la journée" */
  heading: string;
  /** "Humeur : 4/5", "Énergie : 2/5", "Signaux du jour : …", each present only when known. */
  facts: string[];
  clients: ReportClient[];
  texts: ReportText[];
}

export interface ReportDay {
  day: DayKey;
  /** "Mardi 1 octobre 2024" */
  heading: string;
  entries: ReportEntry[];
}

export interface ReportModel {
  lang: Lang;
  title: string;
  /** The period and the clients, e.g. "du 1 oct. 2024 au 31 oct. 2024 · Clients : Acme, Béa". */
  subtitle: string;
  /** Volume, average mood and energy over days, days per client, hours. */
  summaryLines: string[];
  days: ReportDay[];
  /** "Aucune entrée pour cette sélection." when there is nothing to print, else null. */
  emptyMessage: string | null;
  /** "Généré le 2 nov. 2024" */
  footer: string;
}

export function buildReportModel(input: ExportInput): ReportModel {
  const { lang } = input;
  // The catalogs' French strings already carry French typography; what still needs it is the
  // user's own French: a custom title, signal labels, French entry texts. Client names are
  // names, not French text ("Acme: Pro" stays as written).
  const ui = lang === 'fr' ? frenchTypography : (s: string) => s;
  const plain = namesFor(input.clients, input.signals, lang);
  const names: Names = { ...plain, signal: (id) => ui(plain.signal(id)) };
  const entries = sortEntries(input.entries);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const clientNames = clientIdsOf(entries).map(names.client).sort(collator.compare);

  const subtitle = [describePeriod(input.period, lang)];
  if (clientNames.length > 0) subtitle.push(translate(lang, 'exportDoc.subtitleClients', { clients: clientNames.join(', ') }));

  const days: ReportDay[] = [];
  for (const entry of entries) {
    let day = days[days.length - 1];
    if (!day || day.day !== entry.day) {
      day = { day: entry.day, heading: dayHeading(entry.day, lang), entries: [] };
      days.push(day);
    }
    day.entries.push(reportEntry(entry, input, names));
  }

  return {
    lang,
    title: ui(documentTitle(input)),
    subtitle: subtitle.join(' · '),
    summaryLines: summaryLines(entries, input, names),
    days,
    emptyMessage: entries.length === 0 ? translate(lang, 'exportDoc.empty') : null,
    footer: translate(lang, 'exportDoc.generatedOn', { day: formatShortDay(input.generatedOn, lang) }),
  };
}

function reportEntry(entry: Entry, input: ExportInput, names: Names): ReportEntry {
  const { lang } = input;
  const clients = entry.clients.map((link): ReportClient => {
    const { felt, hours, signals, details } = clientParts(link, lang, names.signal);
    return {
      clientId: link.clientId,
      name: names.client(link.clientId),
      color: names.clientColor(link.clientId),
      felt,
      hours,
      signals,
      details: details.join(' · '),
    };
  });
  const texts = languagesOf(input.textLanguages)
    .filter((l) => hasText(entry, l))
    .map((l): ReportText => ({
      lang: l,
      label: input.textLanguages === 'both' ? textLabel(lang, l) : null,
      text: l === 'fr' ? frenchTypography(entry.text.fr.replace(/\r\n?/g, '\n')) : entry.text.en.replace(/\r\n?/g, '\n'),
    }));
  return {
    id: entry.id,
    time: entry.time,
    kind: entry.kind,
    heading: entryHeading(entry, lang),
    facts: entryFacts(entry, lang, names.signal),
    clients,
    texts,
  };
}

/**
 * Day-level numbers, as the statistics count them: a day's mood is its end-of-day review's, else
 * the mean of its entries (summariseDay), and averages are over days, not entries.
 */
function summaryLines(entries: Entry[], input: ExportInput, names: Names): string[] {
  const { lang } = input;
  if (entries.length === 0) return [];
  const byDay = new Map<DayKey, Entry[]>();
  for (const e of entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  const summaries = [...byDay].map(([day, list]) => summariseDay(day, list));
  const dayCount = (count: number) => translate(lang, 'exportDoc.dayCount', { count });

  const lines = [
    translate(lang, 'exportDoc.volume', {
      entries: translate(lang, 'exportDoc.entryCount', { count: entries.length }),
      days: dayCount(summaries.length),
    }),
  ];
  for (const [pick, key] of [
    [(s: (typeof summaries)[number]) => s.mood, 'exportDoc.summary.mood'],
    [(s: (typeof summaries)[number]) => s.energy, 'exportDoc.summary.energy'],
  ] as const) {
    const values = summaries.map(pick).filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    lines.push(translate(lang, key, { value: mean, days: dayCount(values.length) }));
  }

  const daysPerClient = new Map<string, number>();
  let hours = 0;
  let hasHours = false;
  for (const s of summaries) {
    for (const c of s.clients) {
      daysPerClient.set(c.clientId, (daysPerClient.get(c.clientId) ?? 0) + 1);
      if (c.hours !== undefined) {
        hours += c.hours;
        hasHours = true;
      }
    }
  }
  if (daysPerClient.size > 0) {
    const scores = idealScoresFor(input);
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    const list = [...daysPerClient]
      .sort(([a, na], [b, nb]) => nb - na || collator.compare(names.client(a), names.client(b)))
      .map(([id, n]) => {
        const score = scores?.(id);
        const days = dayCount(n);
        return score
          ? translate(lang, 'exportDoc.summary.clientDaysIdeal', { client: names.client(id), days, met: score.met, total: score.total })
          : translate(lang, 'exportDoc.summary.clientDays', { client: names.client(id), days });
      })
      .join(', ');
    lines.push(translate(lang, 'exportDoc.summary.clients', { list }));
  }
  if (hasHours) lines.push(translate(lang, 'exportDoc.summary.hours', { hours: formatHours(hours, lang) }));
  return lines;
}
