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
import { computeInsights, feltDisagreement, feltReading, feltSummary, otherMetric, preferredMetric, ratedCounts, verdictExplanation, type Insights, type Metric } from '../../../shared/stats';
import { effectReading, metricNoun, periodReading, weekdayReading } from '../../../shared/stats/readings';
import { buildReportHtml, type PageSize, type ReportChart, type ReportExplanation, type ReportFact } from './reportHtml';
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
  /** Which scores the insights page holds; a score with no rated day in the period is left out. Both when absent. */
  metrics?: ReportMetrics;
  /** Draws the charts; the default renders the Insights components off screen (needs a DOM). */
  renderCharts?: (insights: Insights, names: ChartNames, focusClientId?: string, metrics?: readonly Metric[]) => Promise<ReportChart[]>;
}

export type ReportMetrics = 'both' | Metric;

/**
 * The scores to print: those asked for that have at least one rated day in the period, the one
 * Insights would open on first, e.g. 'both' on a Daylio journal → ['mood'].
 */
export function reportMetrics(asked: ReportMetrics, insights: Pick<Insights, 'rated'>): Metric[] {
  const first = preferredMetric(insights.rated, null);
  const wanted = asked === 'both' ? [first, otherMetric(first)] : [asked];
  const withData = wanted.filter((m) => insights.rated[m] > 0);
  return withData.length > 0 ? withData : wanted;
}

async function defaultCharts(insights: Insights, names: ChartNames, lang: Lang, t: Translate, focusClientId: string | undefined, metrics: readonly Metric[]): Promise<ReportChart[]> {
  // Loaded on demand: React's client renderer and recharts are only needed when printing.
  const { reportChartSpecs, renderReportCharts } = await import('./reportCharts');
  return renderReportCharts(reportChartSpecs(insights, { lang, t, names, focusClientId, metrics }));
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

/**
 * One sentence for the period; per client (most draining first) its effect on each printed score,
 * its felt rating and, where they disagree, the sentence that says so; one per score for the
 * weekdays; and a line for a score asked for that has no rated day.
 */
export function reportReadings(insights: Insights, names: ChartNames, lang: Lang, t: Translate, metrics: readonly Metric[] = ['energy']): string[] {
  const readings: string[] = [];
  const period = periodReading(t, lang, insights.series);
  if (period) readings.push(period);
  const byId = new Map(insights.clients.map((c) => [c.clientId, c]));
  for (const row of insights.ranking) {
    const client = byId.get(row.clientId);
    if (!client) continue;
    const name = names.client(client.clientId);
    for (const metric of metrics) readings.push(effectReading(t, lang, name, metric, client[metric], client));
    const felt = feltSummary(client.felt);
    if (felt.mean !== null) readings.push(feltReading(t, lang, name, felt));
    const disagree = feltDisagreement(t, lang, metrics[0], felt, client[metrics[0]].decision.verdict);
    if (disagree) readings.push(disagree);
  }
  for (const metric of metrics) {
    const weekday = weekdayReading(t, lang, metric, insights.weekdays);
    if (weekday) readings.push(weekday);
    if (insights.rated[metric] === 0) readings.push(t('explain.report.noData', { metric: metricNoun(t, metric) }));
  }
  // "Record 4 more days with Acme" reads the same for both scores: said once.
  return [...new Set(readings)];
}

/**
 * "How do we know?" for each client with a verdict, on each printed score: the same lines as the
 * disclosure under the Insights ranking (the days compared, what was held equal, the range, what
 * would change the verdict). Clients still short of days are left to the readings' "record N more".
 */
export function reportExplanations(insights: Insights, names: ChartNames, lang: Lang, t: Translate, metrics: readonly Metric[] = ['energy']): ReportExplanation[] {
  const byId = new Map(insights.clients.map((c) => [c.clientId, c]));
  const out: ReportExplanation[] = [];
  for (const row of insights.ranking) {
    const client = byId.get(row.clientId);
    if (!client) continue;
    const name = names.client(client.clientId);
    for (const metric of metrics) {
      if (client[metric].decision.verdict === 'insufficient') continue;
      const title = metrics.length > 1 ? `${name} — ${metricNoun(t, metric)}` : name;
      out.push({ title, lines: verdictExplanation(t, lang, name, metric, client[metric]) });
    }
  }
  return out;
}

export async function buildPdfHtml(options: PdfReportOptions): Promise<string> {
  const { input, t } = options;
  const { lang } = input;
  const names = namesFor(input.clients, input.signals, lang);
  const focusClientId = options.clientIds?.length === 1 ? options.clientIds[0] : undefined;
  // A report about one client says so in its title, e.g. "Journal Humeur — Acme Studio"; the period is on the title page.
  const title = input.title ?? (focusClientId ? `${t('exportDoc.title')} — ${names.client(focusClientId)}` : undefined);
  const model = buildReportModel({ ...input, title });
  // The period's days only (options.days is the export's period): a score with no rated day is left out.
  const metrics = reportMetrics(options.metrics ?? 'both', { rated: ratedCounts(options.days) });
  // Ranked, and the client's days marked, on the first printed score, e.g. mood for a Daylio journal.
  const ranked = computeInsights(options.days, {
    from: input.period?.from,
    to: input.period?.to,
    clientIds: options.clientIds,
    metric: metrics[0],
    weekStartsOn: options.weekStartsOn,
    focusClientId,
  });
  const charts = options.renderCharts
    ? await options.renderCharts(ranked, names, focusClientId, metrics)
    : await defaultCharts(ranked, names, lang, t, focusClientId, metrics);
  return buildReportHtml({
    model,
    pageSize: options.pageSize,
    brand: t('app.name'),
    facts: reportFacts(input, t, options.clientIds),
    insights: {
      heading: t('exporting.report.insights'),
      summaryHeading: t('exporting.report.summary'),
      readingsHeading: t('exporting.report.readings'),
      readings: reportReadings(ranked, names, lang, t, metrics),
      noReadings: t('exporting.report.noReadings'),
      chartsHeading: t('exporting.report.charts'),
      charts,
      howHeading: t('explain.how.summary'),
      how: reportExplanations(ranked, names, lang, t, metrics),
    },
    entriesHeading: t('exporting.report.entries'),
  });
}
