import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/types';
import { toCsv } from '../../shared/export/csv';
import { selectEntries } from '../../shared/export/select';
import { entries, exportInput, october } from '../fixtures/export/journal';

const octoberEntries = selectEntries(entries, { ...october, languages: 'both' });

/** Reads a CSV back the way a spreadsheet would, after checking the BOM. */
function readBack(csv: string, delimiter = ','): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV export', () => {
  it('has a header in the UI language and one row per entry–client link', () => {
    const [header, ...rows] = readBack(toCsv(exportInput({ entries: octoberEntries })));
    expect(header).toEqual([
      'date', 'heure', 'type', 'humeur', 'énergie', 'client', 'ressenti', 'heures', 'signaux client', 'signaux du jour', 'texte_fr', 'texte_en',
    ]);
    // e-note-1 (1 client), e-review-1 (2 clients), e-review-3 (1), e-review-5 (none), e-note-6 (none).
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      ['2024-10-01', '12:10', 'Béa Studio — Éditions'],
      ['2024-10-01', '21:35', 'Acme: "Pro" #1'],
      ['2024-10-01', '21:35', 'Béa Studio — Éditions'],
      ['2024-10-03', '19:00', 'Zénith, conseil'],
      ['2024-10-05', '22:00', ''],
      ['2024-10-06', '09:00', ''],
    ]);
  });

  it('adds each client’s ideal-client score in two last columns when the checklist is passed', () => {
    const clients = exportInput({}).clients.map((c) => (c.id === 'c-acme' ? { ...c, idealCriteria: [{ id: 'k-1', label: 'Paie à 30 jours', met: true }] } : c));
    const list = [
      { id: 'k-1', label: 'Paie à 30 jours' },
      { id: 'k-2', label: 'Brief clair' },
      { id: 'k-3', label: 'Respecte mes soirées' },
    ];
    const [header, ...rows] = readBack(toCsv(exportInput({ entries: octoberEntries, clients, idealCriteria: list })));
    expect(header.slice(-4)).toEqual(['texte_fr', 'texte_en', 'critères client idéal remplis', 'critères client idéal']);
    expect(rows.map((r) => [r[5], ...r.slice(-2)])).toEqual([
      ['Béa Studio — Éditions', '0', '3'],
      ['Acme: "Pro" #1', '1', '3'],
      ['Béa Studio — Éditions', '0', '3'],
      ['Zénith, conseil', '0', '3'],
      ['', '', ''],
      ['', '', ''],
    ]);
    // Nobody ticked anything: the checklist is not in use, no columns of zeros.
    const [plain] = readBack(toCsv(exportInput({ entries: octoberEntries, idealCriteria: list })));
    expect(plain.at(-1)).toBe('texte_en');
  });

  it('writes numbers with a dot and a plain minus in French too, and leaves unknown values empty', () => {
    const rows = readBack(toCsv(exportInput({ entries: octoberEntries, lang: 'fr' }))).slice(1);
    const acme = rows[1];
    expect(acme.slice(2, 10)).toEqual(['bilan', '4', '2', 'Acme: "Pro" #1', '1', '2.5', 'Respecté; Délai urgent', 'Délai urgent']);
    expect(rows[2].slice(6, 8)).toEqual(['-2', '3']);
    expect(rows[3][7]).toBe('1.25');
    expect(rows[0].slice(3, 8)).toEqual(['', '', 'Béa Studio — Éditions', '', '']);
  });

  it('keeps quotes, commas and line breaks inside their cell', () => {
    const rows = readBack(toCsv(exportInput({ entries: octoberEntries }))).slice(1);
    expect(rows[1][10]).toBe('Journée « dense », mais utile : 3 réunions, 2 livrables.\nAcme a dit "bravo" 🎉');
    expect(rows[3][10].split('\n')).toHaveLength(6);
  });

  it('uses CRLF between rows and ends with one', () => {
    const csv = toCsv(exportInput({ entries: octoberEntries }));
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(7);
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('shows texts that look like formulas as text, but never touches numbers', () => {
    const formulas = ['=1+1', '+33 6 12', '-2 clients', '@SUM(A1)', '\u2212moins', '\tTab', '=cmd|"/c calc"!A1\nsecond line'];
    const list: Entry[] = formulas.map((text, i) => ({ ...entries[0], id: `f${i}`, clients: [], signals: [], text: { fr: text, en: '' } }));
    const named = { ...entries[0], id: 'named', signals: [], clients: [{ clientId: 'c-x', felt: -2 as const, signals: [] }] };
    const rows = readBack(
      toCsv(exportInput({ entries: [...list, named], textLanguages: 'fr', clients: [{ ...exportInput({}).clients[0], id: 'c-x', name: '=HYPERLINK("x")' }] })),
    ).slice(1);
    expect(rows.slice(0, formulas.length).map((r) => r[10])).toEqual(formulas.map((f) => `'${f}`));
    const namedRow = rows[formulas.length];
    expect(namedRow[5]).toBe(`'=HYPERLINK("x")`);
    expect(namedRow[6]).toBe('-2');
  });

  it('exports only the chosen language’s text column', () => {
    const [header, ...rows] = readBack(toCsv(exportInput({ entries: octoberEntries, lang: 'en', textLanguages: 'en' })));
    expect(header.slice(-3)).toEqual(['client signals', 'day signals', 'text_en']);
    expect(rows.every((r) => r.length === 11)).toBe(true);
  });

  it('can split on semicolons for a French Excel', () => {
    const csv = toCsv(exportInput({ entries: octoberEntries }), { delimiter: ';' });
    const rows = readBack(csv, ';');
    expect(rows[0][1]).toBe('heure');
    expect(rows[2].slice(8, 10)).toEqual(['Respecté; Délai urgent', 'Délai urgent']);
  });

  it('rounds hours to hundredths without an exponent', () => {
    const entry: Entry = { ...entries[0], clients: [{ clientId: 'c-acme', felt: null, hours: 1 / 3, signals: [] }, { clientId: 'c-bea', felt: null, hours: 1e-7, signals: [] }] };
    const rows = readBack(toCsv(exportInput({ entries: [entry] }))).slice(1);
    expect(rows.map((r) => r[7])).toEqual(['0.33', '0']);
  });
});

describe('CSV export for a French Excel', () => {
  it('splits on semicolons, writes decimal commas, keeps the BOM and the accents', () => {
    const csv = toCsv(exportInput({ entries: octoberEntries, lang: 'fr' }), { format: 'excel-fr' });
    const [header, ...rows] = readBack(csv, ';');
    expect(header.slice(3, 8)).toEqual(['humeur', 'énergie', 'client', 'ressenti', 'heures']);
    expect(rows[1].slice(2, 10)).toEqual(['bilan', '4', '2', 'Acme: "Pro" #1', '1', '2,5', 'Respecté; Délai urgent', 'Délai urgent']);
    expect(rows[2].slice(6, 8)).toEqual(['-2', '3']);
    expect(rows[3][7]).toBe('1,25');
    // No cell is split by a comma in a text: a text with commas is one cell.
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    expect(rows[1][10]).toBe('Journée « dense », mais utile : 3 réunions, 2 livrables.\nAcme a dit "bravo" 🎉');
  });

  it('writes hours with a comma and never an exponent', () => {
    const entry: Entry = { ...entries[0], clients: [{ clientId: 'c-acme', felt: null, hours: 1 / 3, signals: [] }, { clientId: 'c-bea', felt: null, hours: 1e-7, signals: [] }] };
    const rows = readBack(toCsv(exportInput({ entries: [entry] }), { format: 'excel-fr' }), ';').slice(1);
    expect(rows.map((r) => r[7])).toEqual(['0,33', '0']);
  });
});
