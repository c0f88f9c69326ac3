/**
 * The Insights charts of the printed report, drawn by the same components as the Insights screen
 * at a fixed size in the light theme. recharts 3 lays a chart out in effects, so server rendering
 * (renderToStaticMarkup) gives an empty frame; the chart is rendered into a hidden off-screen
 * element instead — attached, because the legend and labels are measured with the DOM — and its
 * markup read once it stops changing.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../../../shared/domain/types';
import type { Translate } from '../../../shared/i18n';
import { formatSigned } from '../../../shared/i18n';
import { rankFromEffects, type Insights, type Metric } from '../../../shared/stats';
import { MoodEnergyChart, RankingChart, rankingBars, WeekdayChart } from '../insights/charts';
import type { ReportChart } from './reportHtml';

/** Fits an A4 or Letter page at 18 mm margins (about 657 CSS pixels wide). */
export const CHART_WIDTH = 640;
/** Up to about two seconds; a chart settles in a few frames. */
const SETTLE_ROUNDS = 120;
/** Frames in a row without a change before the markup is taken: recharts adds error bars and labels a frame or two later. */
const STABLE_ROUNDS = 3;

export interface ChartNames {
  client(id: string): string;
  clientColor(id: string): string | undefined;
}

export interface ChartSpec {
  title: string;
  element: ReactElement;
}

/** The charts worth printing for a period, for each printed score: only those with something to draw. */
export function reportChartSpecs(
  insights: Insights,
  context: { lang: Lang; t: Translate; names: ChartNames; focusClientId?: string; metrics?: readonly Metric[] },
): ChartSpec[] {
  const { lang, t, names } = context;
  const metrics = context.metrics ?? ['energy'];
  const specs: ChartSpec[] = [];
  const look = (id: string) => ({ name: names.client(id), color: names.clientColor(id) ?? '#8a847b' });
  const felt = new Map(insights.clients.map((c) => [c.clientId, c.felt.mean]));
  const feltLabel = (id: string) => {
    const mean = felt.get(id);
    return mean === null || mean === undefined ? undefined : t('explain.felt.chart', { mean: formatSigned(lang, mean) });
  };
  for (const metric of metrics) {
    const rows = rankingBars(rankFromEffects(insights.clients, metric), look, feltLabel);
    if (rows.length > 0) {
      specs.push({ title: t(`explain.report.chart.ranking.${metric}`), element: <RankingChart rows={rows} metric={metric} lang={lang} theme="light" width={CHART_WIDTH} /> });
    }
  }
  const ratedDays = insights.series.filter((d) => d.mood !== null || d.energy !== null).length;
  if (ratedDays >= 2) {
    const focusId = context.focusClientId;
    const focus = focusId ? look(focusId) : null;
    specs.push({
      title: t('exporting.report.chart.series'),
      element: <MoodEnergyChart series={insights.series} focus={focus} metric={metrics[0]} lang={lang} theme="light" width={CHART_WIDTH} height={180} />,
    });
  }
  for (const metric of metrics) {
    if (insights.weekdays.filter((w) => w[`${metric}N`] > 0).length >= 2) {
      specs.push({
        title: t(`explain.report.chart.weekdays.${metric}`),
        element: <WeekdayChart rows={insights.weekdays} metric={metric} lang={lang} theme="light" width={CHART_WIDTH} height={140} />,
      });
    }
  }
  return specs;
}

/** The next frame, where recharts' deferred updates run; a plain timer when frames are not drawn (a hidden window). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
      requestAnimationFrame(() => {
        clearTimeout(timer);
        setTimeout(resolve, 0);
      });
    }
  });

/** The markup of an element once rendered and settled, e.g. '<div class="recharts-wrapper" …><svg …>…</svg></div>'. */
export async function renderToMarkup(element: ReactElement): Promise<string> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${CHART_WIDTH + 40}px;visibility:hidden;pointer-events:none`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    let previous = '';
    let stable = 0;
    for (let round = 0; round < SETTLE_ROUNDS && stable < STABLE_ROUNDS; round++) {
      await nextFrame();
      const html = host.innerHTML;
      stable = html === previous && html.includes('<svg') ? stable + 1 : 0;
      previous = html;
    }
    return host.innerHTML;
  } finally {
    root.unmount();
    host.remove();
  }
}

export async function renderReportCharts(specs: readonly ChartSpec[]): Promise<ReportChart[]> {
  const charts: ReportChart[] = [];
  for (const spec of specs) {
    const markup = await renderToMarkup(spec.element);
    if (markup.includes('<svg')) charts.push({ title: spec.title, markup });
  }
  return charts;
}
