/**
 * The CSV export, for spreadsheets: one row per entry–client link (an entry without a client
 * gives one row with empty client columns), e.g.
 *
 *   date,heure,type,humeur,énergie,client,ressenti,heures,signaux client,signaux du jour,texte_fr,texte_en
 *   2024-10-01,21:35,bilan,4,2,Acme,1,2.5,Respecté; Délai urgent,,"Une journée ""pleine"", vraiment",
 *
 * - UTF-8 with a byte-order mark, so that Excel reads accents correctly, and CRLF line ends.
 * - Quoting follows RFC 4180 (papaparse's unparse): a cell holding the delimiter, a quote or a
 *   line break is quoted, quotes doubled. Line breaks inside texts stay inside their cell.
 * - Two formats. "standard" (RFC 4180): "," between cells, numbers with a dot and no thousands
 *   separator ("2.5", "1234"), for any spreadsheet or script. "excel-fr": ";" between cells and a
 *   decimal comma ("2,5"), because a French Excel splits on semicolons and reads "2.5" as text.
 *   Both write felt scores with a plain hyphen-minus ("-2"), whatever the UI language. Only the
 *   header row and the kind follow the UI language.
 * - When the user's ideal-client checklist is given, two last columns hold the client's score as
 *   it stands today: criteria met and criteria on the list ("5", "8").
 * - Formula injection: a text cell (client name, signal label, entry text) starting with
 *   = + - @, a tab or a carriage return — or their full-width forms, or the minus sign "−" —
 *   gets a leading apostrophe, so that a text such as "=HYPERLINK(…)" or "-2 clients ce mois-ci"
 *   is shown as text instead of being run as a formula. Numbers are never prefixed.
 */
import Papa from 'papaparse';
import type { MessageKey } from '../i18n/messages';
import { translate } from '../i18n/translate';
import { idealScoresFor, languagesOf, namesFor, sortEntries, type ExportInput } from './model';

export type CsvFormat = 'standard' | 'excel-fr';

export interface CsvOptions {
  /** "standard" by default (RFC 4180, "," and "2.5"); "excel-fr" writes ";" and "2,5". */
  format?: CsvFormat;
  /** Overrides the format's separator, e.g. ";" with dotted numbers. */
  delimiter?: ',' | ';';
}

export type CsvInput = Pick<ExportInput, 'entries' | 'clients' | 'signals' | 'lang' | 'textLanguages' | 'idealCriteria'>;

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Papaparse's own default misses multi-line cells and the minus-sign look-alikes. */
const FORMULA_START = /^[=+\-@\t\r\u2212\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Signal labels inside one cell, e.g. "Respecté; Délai urgent". */
const LIST_SEPARATOR = '; ';

type Cell = string | number;

const HEADER_KEYS: MessageKey[] = [
  'exportDoc.csv.date',
  'exportDoc.csv.time',
  'exportDoc.csv.kind',
  'exportDoc.csv.mood',
  'exportDoc.csv.energy',
  'exportDoc.csv.client',
  'exportDoc.csv.felt',
  'exportDoc.csv.hours',
  'exportDoc.csv.clientSignals',
  'exportDoc.csv.daySignals',
];

/** Hours rounded to hundredths: 2.5 → 2.5, 1.333333 → 1.33; never "1e-7". "2,5" for a French Excel. */
function csvNumber(value: number, format: CsvFormat): Cell {
  const rounded = Math.round(value * 100) / 100;
  return format === 'excel-fr' ? String(rounded).replace('.', ',') : rounded;
}

export function toCsv(input: CsvInput, options: CsvOptions = {}): string {
  const { lang } = input;
  const format = options.format ?? 'standard';
  const names = namesFor(input.clients, input.signals, lang);
  const textLangs = languagesOf(input.textLanguages);
  const fields = [
    ...HEADER_KEYS.map((key) => translate(lang, key)),
    ...textLangs.map((l) => translate(lang, l === 'fr' ? 'exportDoc.csv.textFr' : 'exportDoc.csv.textEn')),
  ];
  // The client's ideal-client score as it stands today, in two last columns (so scripts reading
  // columns by position keep working), e.g. "5" and "8".
  const scores = idealScoresFor(input);
  if (scores) fields.push(translate(lang, 'idealCriteria.csv.met'), translate(lang, 'idealCriteria.csv.total'));
  const scoreCells = (clientId: string | null): Cell[] => {
    if (!scores) return [];
    const score = clientId === null ? null : scores(clientId);
    return score ? [score.met, score.total] : ['', ''];
  };
  const signalList = (ids: string[]) => ids.map(names.signal).join(LIST_SEPARATOR);

  const rows: Cell[][] = [];
  for (const entry of sortEntries(input.entries)) {
    const kind = translate(lang, entry.kind === 'review' ? 'exportDoc.csv.kind.review' : 'exportDoc.csv.kind.note');
    const start: Cell[] = [entry.day, entry.time, kind, entry.mood ?? '', entry.energy ?? ''];
    const end: Cell[] = [signalList(entry.signals), ...textLangs.map((l) => entry.text[l].replace(/\r\n?/g, '\n'))];
    if (entry.clients.length === 0) rows.push([...start, '', '', '', '', ...end, ...scoreCells(null)]);
    for (const link of entry.clients) {
      rows.push([
        ...start,
        names.client(link.clientId),
        link.felt ?? '',
        link.hours === undefined ? '' : csvNumber(link.hours, format),
        signalList(link.signals),
        ...end,
        ...scoreCells(link.clientId),
      ]);
    }
  }

  const body = Papa.unparse(
    { fields, data: rows },
    { delimiter: options.delimiter ?? (format === 'excel-fr' ? ';' : ','), newline: CRLF, escapeFormulae: FORMULA_START, header: true },
  );
  return BOM + body + CRLF;
}
