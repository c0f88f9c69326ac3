/**
 * The printable report's HTML, built from the shared export fixture (French and English texts,
 * a "<script>" typed in an entry, French punctuation), read back with the browser's own parser.
 */
import { describe, expect, it } from 'vitest';
import { buildReportModel, type ExportInput } from '../../shared/export';
import { translator } from '../../shared/i18n';
import { buildPdfHtml, reportFacts } from '../../renderer/features/export/pdfReport';
import { buildReportHtml, type ReportDocument } from '../../renderer/features/export/reportHtml';
import { cssString } from '../../renderer/features/export/reportStyles';
import { entries, exportInput, october } from '../fixtures/export/journal';
import { selectEntries } from '../../shared/export';
import { summariseDay } from '../../shared/domain/daySummary';
import type { Entry } from '../../shared/domain/types';
import { generateJournal } from '../../shared/sample';

const NNBSP = '\u202f';
const octoberInput = (overrides: Partial<ExportInput> = {}) =>
  exportInput({ entries: selectEntries(entries, { ...october, languages: 'both' }), ...overrides });

function documentFor(input: ExportInput, overrides: Partial<ReportDocument> = {}): ReportDocument {
  const t = translator(input.lang);
  return {
    model: buildReportModel(input),
    pageSize: 'A4',
    brand: 'Humeur',
    facts: reportFacts(input, t),
    insights: {
      heading: t('exporting.report.insights'),
      summaryHeading: t('exporting.report.summary'),
      readingsHeading: t('exporting.report.readings'),
      readings: ['Les jours avec Acme, votre énergie est en moyenne 1,2 point plus basse.'],
      noReadings: t('exporting.report.noReadings'),
      chartsHeading: t('exporting.report.charts'),
      charts: [{ title: 'Clients', markup: '<div class="recharts-wrapper"><svg class="recharts-surface" width="640" height="120"><rect width="10" height="10"></rect></svg></div>' }],
    },
    entriesHeading: t('exporting.report.entries'),
    ...overrides,
  };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the report HTML', () => {
  it('opens with a title page: title, volume, period, clients, languages and the generation day', () => {
    const html = buildReportHtml(documentFor(octoberInput()));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    const doc = parse(html);
    expect(doc.title).toBe('Journal Humeur — du 1 oct. 2024 au 31 oct. 2024');
    const title = doc.querySelector('.title-page')!;
    expect(title.querySelector('h1')!.textContent).toBe('Journal Humeur — du 1 oct. 2024 au 31 oct. 2024');
    expect(title.querySelector('.volume')!.textContent).toBe('5 entrées sur 4 jours');
    const facts = [...title.querySelectorAll('.fact')].map((f) => [f.querySelector('dt')!.textContent, f.querySelector('dd')!.textContent]);
    expect(facts).toEqual([
      ['Période', 'du 1 oct. 2024 au 31 oct. 2024'],
      ['Clients', 'Acme: "Pro" #1, Béa Studio — Éditions, Zénith, conseil'],
      ['Textes', 'Français et anglais'],
    ]);
    expect(title.querySelector('.generated')!.textContent).toBe('Généré le 2 nov. 2024');
    expect([...doc.body.children].map((s) => s.className)).toEqual(['title-page', 'insights', 'entries']);
  });

  it('sets the page size, breaks pages before sections and keeps entries whole', () => {
    const a4 = buildReportHtml(documentFor(octoberInput()));
    expect(a4).toMatch(/@page \{ size: A4; margin: 18mm/);
    expect(a4).toContain('.insights, .entries { break-before: page; }');
    expect(a4).toMatch(/\.entry \{ break-inside: avoid;/);
    const letter = buildReportHtml(documentFor(octoberInput(), { pageSize: 'Letter' }));
    expect(letter).toMatch(/@page \{ size: letter;/);
    expect(letter).not.toContain('size: A4');
  });

  it('keeps French typography from the model and escapes what the user typed', () => {
    const html = buildReportHtml(documentFor(octoberInput()));
    const doc = parse(html);
    // Typed "<script>alert("x")</script>" in an entry: text on the page, never an element.
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const prose = [...doc.querySelectorAll('.text[lang="fr"] .prose')].map((p) => p.textContent);
    expect(prose).toContain(`Journée «${NNBSP}dense${NNBSP}», mais utile${NNBSP}: 3 réunions, 2 livrables.\nAcme a dit "bravo" 🎉`);
    expect(doc.querySelector('.entry-facts')!.textContent).toContain(`Humeur${NNBSP}: `);
    // Client names keep their own punctuation, escaped.
    expect(html).toContain('<strong>Acme: &quot;Pro&quot; #1</strong>');
  });

  it('lists the summary, the readings and the charts, and groups entries under their days', () => {
    const doc = parse(buildReportHtml(documentFor(octoberInput())));
    const insights = doc.querySelector('.insights')!;
    expect(insights.querySelector('h2')!.textContent).toBe('Ce que montre la période');
    expect([...insights.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Dans les entrées exportées',
      'Lectures, sur tous les jours de la période',
      'Graphiques',
    ]);
    expect([...insights.querySelectorAll('.summary li')].map((li) => li.textContent)[0]).toBe('5 entrées sur 4 jours');
    expect(insights.querySelector('.readings li')!.textContent).toMatch(/^Les jours avec Acme/);
    expect(insights.querySelectorAll('figure.chart svg')).toHaveLength(1);
    const days = [...doc.querySelectorAll('.entries .day')];
    expect(days.map((d) => d.querySelector('h3')!.textContent)).toEqual([
      'Mardi 1 octobre 2024',
      'Jeudi 3 octobre 2024',
      'Samedi 5 octobre 2024',
      'Dimanche 6 octobre 2024',
    ]);
    expect(doc.querySelectorAll('article.entry')).toHaveLength(5);
    expect(doc.querySelector('.swatch')!.getAttribute('style')).toMatch(/^background:#[0-9a-f]{6}$/i);
  });

  it('says so when nothing matches, and shows no readings sentence it cannot back', () => {
    const input = octoberInput({ entries: [] });
    const doc = parse(buildReportHtml(documentFor(input, { insights: { ...documentFor(input).insights, readings: [], charts: [] } })));
    expect(doc.querySelector('.entries .empty')!.textContent).toBe('Aucune entrée pour cette sélection.');
    expect(doc.querySelector('.insights p.muted')!.textContent).toBe('Pas encore assez de jours notés sur cette période pour une lecture.');
    expect(doc.querySelector('.charts-heading')).toBeNull();
  });

  it('cannot be broken out of by a title or a client colour', () => {
    const evil = octoberInput({ title: 'Bilan </style><script>alert(1)</script> "fin"' });
    const html = buildReportHtml(documentFor(evil));
    expect(html).not.toMatch(/<script/i);
    expect(parse(html).querySelectorAll('style')).toHaveLength(1);
    expect(cssString('a"b\\c</style>')).toBe('"a\\"b\\\\c\\3C /style\\3E "');

    const painted = octoberInput({ clients: octoberInput().clients.map((c) => ({ ...c, color: 'red;background:url(http://example.com/x)' })) });
    const colourless = buildReportHtml(documentFor(painted));
    expect(colourless).not.toContain('url(');
    expect(parse(colourless).querySelector('.swatch')!.getAttribute('style')).toBeNull();
  });
});

describe('the PDF report for an export', () => {
  it('titles a one-client report after the client, with the facts and an honest reading in English', async () => {
    const input = octoberInput({ lang: 'en', textLanguages: 'en' });
    const byDay = new Map<string, typeof input.entries>();
    for (const e of input.entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
    const html = await buildPdfHtml({
      input,
      days: [...byDay].map(([day, list]) => summariseDay(day, list)),
      pageSize: 'Letter',
      t: translator('en'),
      weekStartsOn: 1,
      clientIds: ['c-acme'],
      renderCharts: async () => [],
    });
    const doc = parse(html);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('h1')!.textContent).toBe('Humeur journal — Acme: "Pro" #1');
    expect([...doc.querySelectorAll('.fact dd')].map((d) => d.textContent)).toEqual(['Oct 1, 2024 – Oct 31, 2024', 'Acme: "Pro" #1', 'English']);
    // Three rated days in October: the same means as the summary, and too few days to say anything
    // about Acme — the report says how many more it needs.
    expect([...doc.querySelectorAll('.readings li')].map((li) => li.textContent)).toEqual([
      'Over the period, your energy averages 2.7 (3 days) and your mood 3.7 (3 days), on a scale of 1 to 5.',
      'Record 4 more days with Acme: "Pro" #1 to see its effect (1 of the 5 needed).',
      // The user's own rating stands beside the measure from the first rated day.
      'You rated your day with Acme: "Pro" #1 at +1.0, on a scale of −2 to +2 (1 rated day). Based on few days: 5 or more give a steadier picture.',
    ]);
  });
});

describe('"How do we know?" in the PDF report', () => {
  it('explains each verdict as the Insights disclosure does, and leaves clients short of days to the readings', async () => {
    // Three months with a planted energy drainer: enough days for verdicts on every frequent client.
    const journal = generateJournal({ seed: 4, start: '2025-01-01', days: 90, clients: [
      { id: 'c-acme', name: 'Acme Corp', energy: -1.5, presence: 0.35 },
      { id: 'c-nord', name: 'Studio Nord', energy: 0, presence: 0.3 },
      { id: 'c-rare', name: 'Rare Ltd', energy: 0, presence: 0.02 },
    ] });
    const byDay = new Map<string, Entry[]>();
    for (const e of journal.entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
    const input = exportInput({ entries: journal.entries, clients: journal.clients, signals: journal.signals, period: { from: '2025-01-01', to: '2025-03-31' }, lang: 'fr', textLanguages: 'fr' });
    const html = await buildPdfHtml({
      input,
      days: [...byDay].map(([day, list]) => summariseDay(day, list)),
      pageSize: 'A4',
      t: translator('fr'),
      weekStartsOn: 1,
      renderCharts: async () => [],
    });
    const doc = parse(html);
    expect(doc.querySelector('.how-heading')!.textContent).toBe('Comment le sait-on\u202f?');
    const sections = [...doc.querySelectorAll('.how-we-know')];
    const titles = sections.map((s) => s.querySelector('h4')!.textContent);
    // Both scores are printed: one explanation per client and score.
    expect(titles).toContain('Acme Corp — énergie');
    expect(titles).toContain('Acme Corp — humeur');
    expect(titles.some((x) => x!.startsWith('Rare Ltd'))).toBe(false);
    const acme = sections[titles.indexOf('Acme Corp — énergie')];
    const lines = [...acme.querySelectorAll('li')].map((li) => li.textContent!);
    expect(lines[0]).toMatch(/^Comparés\u00a0: \d+ jours avec Acme Corp et \d+ jours sans, notés en énergie\.$/);
    expect(lines.length).toBeGreaterThanOrEqual(3);
  });
});
