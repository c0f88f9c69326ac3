/**
 * The Markdown export: one document with YAML front matter for note apps such as Obsidian, then
 * the entries grouped by day, e.g.
 *
 *   ## Mardi 1 octobre 2024
 *
 *   ### 21:35 — Bilan de la journée
 *
 *   - Humeur : 4/5
 *   - **Acme** — ressenti +1 · 2,5 h · signaux : Respecté
 *
 *   #### Français
 *
 *   Une bonne journée…
 *
 * User text is escaped by markdownEscape.ts so that it can never add a heading, a list or HTML.
 */
import { formatShortDay } from '../domain/dates';
import type { Entry } from '../domain/types';
import { translate } from '../i18n/translate';
import { clientParts, dayHeading, entryFacts, entryHeading, textLabel } from './entryParts';
import { exportFileName, uniqueFileNames } from './fileNames';
import { frontMatter, type FrontMatterField } from './frontMatter';
import { escapeMarkdownBlock, escapeMarkdownInline } from './markdownEscape';
import {
  clientIdsOf,
  describePeriod,
  documentTitle,
  effectivePeriod,
  hasText,
  languagesOf,
  namesFor,
  sortEntries,
  type ExportInput,
  type Names,
} from './model';

export interface MarkdownOptions {
  /** Tags written into the front matter; default ["humeur"]. */
  tags?: string[];
}

export interface MarkdownFile {
  clientId: string;
  /** e.g. "humeur-acme-sarl-2024-10.md" */
  fileName: string;
  content: string;
}

const DEFAULT_TAGS = ['humeur'];

/** The whole journal selection as one Markdown document. */
export function toMarkdown(input: ExportInput, options: MarkdownOptions = {}): string {
  return renderDocument(input, sortEntries(input.entries), options);
}

/**
 * One document per client the entries involve, ordered by client name; each holds the entries
 * involving that client, e.g. [{ fileName: "humeur-acme-sarl-2024-10.md", … }].
 */
export function toMarkdownPerClient(input: ExportInput, options: MarkdownOptions = {}): MarkdownFile[] {
  const entries = sortEntries(input.entries);
  const names = namesFor(input.clients, input.signals, input.lang);
  const collator = new Intl.Collator(input.lang, { sensitivity: 'base' });
  const ids = clientIdsOf(entries).sort((a, b) => collator.compare(names.client(a), names.client(b)));
  const period = effectivePeriod(input.period, entries);
  const fileNames = uniqueFileNames(
    ids.map((id) => exportFileName({ kind: 'markdown', period, generatedOn: input.generatedOn, clientName: names.client(id) })),
  );
  return ids.map((clientId, i) => ({
    clientId,
    fileName: fileNames[i],
    content: renderDocument(
      input,
      entries.filter((e) => e.clients.some((link) => link.clientId === clientId)),
      options,
      clientId,
    ),
  }));
}

function renderDocument(input: ExportInput, entries: Entry[], options: MarkdownOptions, onlyClient?: string): string {
  const { lang } = input;
  const names = namesFor(input.clients, input.signals, lang);
  const clientName = onlyClient === undefined ? undefined : names.client(onlyClient);
  const title = documentTitle(input, clientName);
  const period = effectivePeriod(input.period, entries);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const clientNames = onlyClient === undefined ? clientIdsOf(entries).map(names.client).sort(collator.compare) : [names.client(onlyClient)];

  const fields: FrontMatterField[] = [['title', { kind: 'string', value: title }]];
  if (period) fields.push(['period_start', { kind: 'date', value: period.from }], ['period_end', { kind: 'date', value: period.to }]);
  fields.push(
    ['clients', { kind: 'list', values: clientNames }],
    ['language', { kind: 'list', values: languagesOf(input.textLanguages) }],
    ['generated', { kind: 'date', value: input.generatedOn }],
    ['tags', { kind: 'list', values: options.tags ?? DEFAULT_TAGS }],
  );
  const head = frontMatter(fields);

  const blocks: string[] = [`# ${escapeMarkdownInline(title)}`, escapeMarkdownInline(subtitle(input, entries))];
  if (entries.length === 0) blocks.push(translate(lang, 'exportDoc.empty'));
  let day = '';
  for (const entry of entries) {
    if (entry.day !== day) {
      day = entry.day;
      blocks.push(`## ${dayHeading(day, lang)}`);
    }
    blocks.push(...entryBlocks(entry, input, names));
  }
  return `${head}\n${blocks.join('\n\n')}\n`;
}

/** "du 1 oct. 2024 au 31 oct. 2024 · 5 entrées · Généré le 2 nov. 2024" */
function subtitle(input: ExportInput, entries: Entry[]): string {
  const { lang } = input;
  return [
    describePeriod(input.period, lang),
    translate(lang, 'exportDoc.entryCount', { count: entries.length }),
    translate(lang, 'exportDoc.generatedOn', { day: formatShortDay(input.generatedOn, lang) }),
  ].join(' · ');
}

function entryBlocks(entry: Entry, input: ExportInput, names: Names): string[] {
  const { lang } = input;
  const blocks = [`### ${entryHeading(entry, lang)}`];

  const signalLabel = (id: string) => escapeMarkdownInline(names.signal(id));
  const facts = entryFacts(entry, lang, signalLabel);
  for (const link of entry.clients) {
    const { details } = clientParts(link, lang, signalLabel);
    const name = `**${escapeMarkdownInline(names.client(link.clientId))}**`;
    facts.push(details.length > 0 ? `${name} — ${details.join(' · ')}` : name);
  }
  if (facts.length > 0) blocks.push(facts.map((f) => `- ${f}`).join('\n'));

  const langs = languagesOf(input.textLanguages).filter((l) => hasText(entry, l));
  for (const textLang of langs) {
    if (input.textLanguages === 'both') blocks.push(`#### ${textLabel(lang, textLang)}`);
    blocks.push(escapeMarkdownBlock(entry.text[textLang]));
  }
  return blocks;
}
