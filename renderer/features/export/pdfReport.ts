/**
 * Assembles the printed report for an export: the report model (shared/export), what the period
 * shows (computeInsights on the period's days, its one-sentence readings and charts), and the
 * title page facts; then the standalone HTML (reportHtml.ts).
 *
 * The statistics read every day of the period, not only the exported entries: an effect compares
 * days with a client to days without, so the days without must be there.
 */
import type { DaySummary, Lang } from '../../../shared/domain/types';
import { buildReportModel, type ExportInput } from '../../../shared/export';
import { clientIdsOf, describePeriod, namesFor } from '../../../shared/export/model';
import type { Translate } from '../../../shared/i18n';
import { computeInsights, type Insights } from '../../../shared/stats';
import { effectReading, periodReading, weekdayReading } from '../../../shared/stats/readings';
import { buildReportHtml, type PageSize, type ReportChart, type ReportFact } from './reportHtml';
import type { ChartNames } from './reportCharts';

export interface PdfReportOptions {
  input: ExportInput;
  /** The day records of the export's period (all of them when the period is "all time"). */
  days: readonly DaySummary[];
  pageSize: PageSize;
  t: Translate;
  weekStartsOn: 0 | 1;
  /** The ticked clients; undefined for all. */
  clientIds?: readonly string[];
  /** Draws the charts; the default renders the Insights components off screen (needs a DOM). */
  renderCharts?: (insights: Insights, names: ChartNames, focusClientId?: string) => Promise<ReportChart[]>;
}

async function defaultCharts(insights: Insights, names: ChartNames, lang: Lang, t: Translate, focusClientId?: string): Promise<ReportChart[]> {
  // Loaded on demand: React's client renderer and recharts are only needed when printing.
  const { reportChartSpecs, renderReportCharts } = await import('./reportCharts');
  return renderReportCharts(reportChartSpecs(insights, { lang, t, names, focusClientId }));
}

/** The title page: period, clients (the ticked ones, else those the entries involve), text languages. */
export function reportFacts(input: ExportInput, t: Translate, clientIds?: readonly string[]): ReportFact[] {
  const names = namesFor(input.clients, input.signals, input.lang);
  const collator = new Intl.Collator(input.lang, { sensitivity: 'base' });
  const clients = (clientIds ?? clientIdsOf(input.entries)).map(names.client).sort(collator.compare);
  const languages =
    input.textLanguages === 'both' ? t('exporting.report.bothLanguages') : t(input.textLanguages === 'fr' ? 'exporting.languages.fr' : 'exporting.languages.en');
  const facts: ReportFact[] = [{ label: t('exporting.report.period'), value: describePeriod(input.period, input.lang) }];
  if (clients.length > 0) facts.push({ label: t('exporting.report.clients'), value: clients.join(', ') });
  facts.push({ label: t('exporting.report.languages'), value: languages });
  return facts;
}

/** One sentence for the period, one per client (most draining first), one for the weekdays. */
export function reportReadings(insights: Insights, names: ChartNames, lang: Lang, t: Translate): string[] {
  const readings: string[] = [];
  const period = periodReading(t, lang, insights.series);
  if (period) readings.push(period);
  const byId = new Map(insights.clients.map((c) => [c.clientId, c]));
  for (const row of insights.ranking) {
    const client = byId.get(row.clientId);
    if (client) readings.push(effectReading(t, lang, names.client(client.clientId), 'energy', client.energy));
  }
  const weekday = weekdayReading(t, lang, 'energy', insights.weekdays);
  if (weekday) readings.push(weekday);
  return readings;
}

export async function buildPdfHtml(options: PdfReportOptions): Promise<string> {
  const { input, t } = options;
  const { lang } = input;
  const names = namesFor(input.clients, input.signals, lang);
  const focusClientId = options.clientIds?.length === 1 ? options.clientIds[0] : undefined;
  // A report about one client says so in its title, e.g. "Journal Humeur — Acme Studio"; the period is on the title page.
  const title = input.title ?? (focusClientId ? `${t('exportDoc.title')} — ${names.client(focusClientId)}` : undefined);
  const model = buildReportModel({ ...input, title });
  const insights = computeInsights(options.days, {
    from: input.period?.from,
    to: input.period?.to,
    clientIds: options.clientIds,
    metric: 'energy',
    weekStartsOn: options.weekStartsOn,
    focusClientId,
  });
  const charts = options.renderCharts
    ? await options.renderCharts(insights, names, focusClientId)
    : await defaultCharts(insights, names, lang, t, focusClientId);
  return buildReportHtml({
    model,
    pageSize: options.pageSize,
    brand: t('app.name'),
    facts: reportFacts(input, t, options.clientIds),
    insights: {
      heading: t('exporting.report.insights'),
      summaryHeading: t('exporting.report.summary'),
      readingsHeading: t('exporting.report.readings'),
      readings: reportReadings(insights, names, lang, t),
      noReadings: t('exporting.report.noReadings'),
      chartsHeading: t('exporting.report.charts'),
      charts,
    },
    entriesHeading: t('exporting.report.entries'),
  });
}
