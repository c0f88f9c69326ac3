/**
 * The printable report as one standalone HTML document: inline styles, inline SVG charts, no
 * script and no external resource, so Chromium's print-to-PDF (Electron's printToPDF, or the
 * browser's print dialog on the web) lays it out offline. Every string from the journal is
 * escaped here; chart SVG comes from React, which escaped it already.
 *
 *   title page  — title, period, clients, languages, generated date
 *   insights    — summary lines, readings, charts            (new page)
 *   entries     — day headings, one block per entry          (new page)
 */
import { escapeHtml, type ReportClient, type ReportEntry, type ReportModel } from '../../../shared/export';
import { reportStyles, type PageSize } from './reportStyles';

export type { PageSize } from './reportStyles';

export interface ReportFact {
  /** e.g. "Période" */
  label: string;
  /** e.g. "du 1 oct. 2024 au 31 oct. 2024" */
  value: string;
}

export interface ReportChart {
  title: string;
  /**
   * The chart as drawn: React's own escaped markup, e.g.
   * '<div class="recharts-wrapper" style="…"><svg class="recharts-surface" …>…</svg>…legend…</div>'.
   */
  markup: string;
}

export interface ReportInsights {
  heading: string;
  /** Over the summary lines, which describe the exported entries only. */
  summaryHeading: string;
  /** Over the readings, which read every day of the period (an effect needs the days without a client too). */
  readingsHeading: string;
  /** One plain sentence per finding, e.g. "Les jours avec Acme, votre énergie est …". */
  readings: string[];
  /** Shown instead of the readings when there are none. */
  noReadings: string;
  chartsHeading: string;
  charts: ReportChart[];
  /** "How do we know?" under the charts: for each verdict, the days compared, what was held equal, the range. */
  howHeading?: string;
  how?: ReportExplanation[];
}

/** One verdict's explanation, e.g. "Acme Corp — énergie" and its lines. */
export interface ReportExplanation {
  title: string;
  lines: string[];
}

export interface ReportDocument {
  model: ReportModel;
  pageSize: PageSize;
  /** The app's name above the title, e.g. "Humeur". */
  brand: string;
  facts: ReportFact[];
  insights: ReportInsights;
  entriesHeading: string;
}

const e = escapeHtml;
/** A client's colour as a CSS value only when it is a plain hex colour, e.g. "#3b82f6". */
const SAFE_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

export function buildReportHtml(doc: ReportDocument): string {
  const { model } = doc;
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(model.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${e(model.title)}</title>`,
    `<style>${reportStyles(doc.pageSize, model.title)}</style>`,
    '</head>',
    '<body>',
    titlePage(doc),
    insightsSection(doc),
    entriesSection(doc),
    '</body>',
    '</html>',
  ].join('\n');
}

function titlePage(doc: ReportDocument): string {
  const facts = doc.facts.map((f) => `<div class="fact"><dt>${e(f.label)}</dt><dd>${e(f.value)}</dd></div>`).join('');
  const summary = doc.model.summaryLines[0];
  return `<section class="title-page">
<p class="brand">${e(doc.brand)}</p>
<h1>${e(doc.model.title)}</h1>
${summary ? `<p class="volume">${e(summary)}</p>` : ''}
<dl class="facts">${facts}</dl>
<p class="generated">${e(doc.model.footer)}</p>
</section>`;
}

function insightsSection(doc: ReportDocument): string {
  const { insights, model } = doc;
  const summary = model.summaryLines.map((line) => `<li>${e(line)}</li>`).join('');
  const readings = insights.readings.length
    ? `<ul class="readings">${insights.readings.map((r) => `<li>${e(r)}</li>`).join('')}</ul>`
    : `<p class="muted">${e(insights.noReadings)}</p>`;
  const charts = insights.charts
    .map((c) => `<figure class="chart"><figcaption>${e(c.title)}</figcaption>${c.markup}</figure>`)
    .join('\n');
  const how = (insights.how ?? [])
    .map((x) => `<section class="how-we-know"><h4>${e(x.title)}</h4><ul>${x.lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul></section>`)
    .join('\n');
  return `<section class="insights">
<h2>${e(insights.heading)}</h2>
${summary ? `<h3>${e(insights.summaryHeading)}</h3>\n<ul class="summary">${summary}</ul>` : ''}
<h3>${e(insights.readingsHeading)}</h3>
${readings}
${charts ? `<h3 class="charts-heading">${e(insights.chartsHeading)}</h3>\n${charts}` : ''}
${how && insights.howHeading ? `<h3 class="how-heading">${e(insights.howHeading)}</h3>\n${how}` : ''}
</section>`;
}

function entriesSection(doc: ReportDocument): string {
  const { model } = doc;
  const body = model.emptyMessage
    ? `<p class="empty">${e(model.emptyMessage)}</p>`
    : model.days
        .map((day) => `<section class="day">\n<h3>${e(day.heading)}</h3>\n${day.entries.map(entryBlock).join('\n')}\n</section>`)
        .join('\n');
  return `<section class="entries">
<h2>${e(doc.entriesHeading)}</h2>
${body}
</section>`;
}

function entryBlock(entry: ReportEntry): string {
  const facts = entry.facts.length ? `<p class="entry-facts">${entry.facts.map(e).join(' · ')}</p>` : '';
  const clients = entry.clients.length ? `<ul class="clients">${entry.clients.map(clientLine).join('')}</ul>` : '';
  const texts = entry.texts
    .map((text) => {
      const label = text.label ? `<p class="text-label">${e(text.label)}</p>` : '';
      return `<div class="text" lang="${e(text.lang)}">${label}<div class="prose">${e(text.text)}</div></div>`;
    })
    .join('');
  return `<article class="entry entry-${entry.kind}">
<h4>${e(entry.heading)}</h4>
${facts}${clients}${texts}
</article>`;
}

function clientLine(client: ReportClient): string {
  const swatch = client.color && SAFE_COLOR.test(client.color) ? `<span class="swatch" style="background:${client.color}"></span>` : '<span class="swatch"></span>';
  const details = client.details ? ` <span class="details">— ${e(client.details)}</span>` : '';
  return `<li>${swatch}<strong>${e(client.name)}</strong>${details}</li>`;
}
