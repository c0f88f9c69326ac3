import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { addDays, addMonths, formatShortDay, todayKey } from '../../../shared/domain/dates';
import { useSettings } from '../../app/settings';
import { InsightsControls } from './InsightsControls';
import { InsightsSections } from './InsightsSections';
import { OverTimeSection } from './OverTimeSection';
import { PixelsSection } from './PixelsSection';
import { RankingSection } from './RankingSection';
import { clientLooks, signalNames } from './lookups';
import { useChartTheme } from './useChartTheme';
import { EarlySection } from './EarlySection';
import { useInsightsData, type InsightsChoice } from './useInsightsData';
import './insights.css';
import { EmptyNotice } from '../emptyStates';

/** Redrawn only when its numbers, the metric, the language or the theme change. */
const Ranking = memo(RankingSection);

/** Which choice a part of the page shows: the charts below the ranking may follow it a moment later. */
const choiceKeyOf = (d: { insights: { metric: string }; range: { from?: string; to?: string } }) => `${d.insights.metric}|${d.range.from ?? ''}|${d.range.to ?? ''}`;

/** Below about two weeks of days, Insights shows the first-days view: what can be said, and how far each client is from a verdict. */
export const MIN_JOURNAL_DAYS = 14;

export function InsightsScreen() {
  const { t, lang, theme, settings, update } = useSettings();
  const chartTheme = useChartTheme(theme);
  const today = useMemo(() => todayKey(), []);
  const [choice, setChoice] = useState<InsightsChoice>(() => ({
    metric: null,
    preset: '12m',
    customFrom: addDays(addMonths(today, -3), 1),
    customTo: today,
    clientFilter: 'active',
    focusClientId: null,
    year: null,
  }));
  const change = useCallback(
    (patch: Partial<InsightsChoice>) => {
      setChoice((c) => ({ ...c, ...patch }));
      // The score picked is remembered: Insights opens on it next time (while it has data).
      if (patch.metric) void update({ insightsMetric: patch.metric });
    },
    [update],
  );
  const savedMetric = settings.insightsMetric ?? null;
  const data = useInsightsData(choice, today, settings.weekStartsOn, savedMetric);
  // The ranking follows the choice at once; the charts below follow a deferred copy of it (React
  // draws them in the background), except the year and the ringed client, picked in those charts.
  const laterChoice = useDeferredValue(choice);
  const sectionChoice = useMemo(
    () => ({ ...laterChoice, year: choice.year, focusClientId: choice.focusClientId }),
    [laterChoice, choice.year, choice.focusClientId],
  );
  // The remembered score too: until a score is picked here, the choice's metric is null and the
  // remembered one (updated by the same click) decides, so it must follow the deferred choice.
  const laterSavedMetric = useDeferredValue(savedMetric);
  const sectionData = useInsightsData(sectionChoice, today, settings.weekStartsOn, laterSavedMetric);
  const onFocus = useCallback((focusClientId: string | null) => change({ focusClientId }), [change]);
  const onYear = useCallback((year: number) => change({ year }), [change]);
  const look = useMemo(() => clientLooks(data?.clients ?? [], t('insights.unknownClient')), [data?.clients, t]);
  const signalName = useMemo(() => signalNames(data?.signals ?? [], lang), [data?.signals, lang]);

  const heading = (
    <header className="insights-header">
      <h1 tabIndex={-1}>{t('insights.title')}</h1>
      <p className="muted">{t('insights.intro')}</p>
    </header>
  );
  if (!data) {
    return (
      <section className="insights">
        {heading}
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      </section>
    );
  }
  if (data.allDays === 0) {
    return (
      <section className="insights">
        {heading}
        <EmptyNotice title="emptyStates.insights.title" body="emptyStates.insights.body" />
      </section>
    );
  }

  const { insights, range, metric } = data;
  const early = data.allDays < MIN_JOURNAL_DAYS;
  const common = { insights, look, metric, lang, t, theme: chartTheme };
  const from = range.from ?? insights.firstDay;
  const to = range.to ?? insights.lastDay;
  return (
    <section className="insights">
      {heading}
      <InsightsControls choice={choice} metric={metric} onChange={change} invalid={range.invalid} />
      {from && to && (
        <p className="insights-period muted" aria-live="polite">
          {t('insights.period.summary', { from: formatShortDay(from, lang), to: formatShortDay(to, lang), count: insights.dayCount })}
        </p>
      )}
      {insights.dayCount === 0 ? (
        <p className="empty-state">{t('insights.empty.period')}</p>
      ) : early ? (
        <div className="insights-sections">
          <EarlySection {...common} allDays={data.allDays} />
          <OverTimeSection
            {...common}
            // A few days drawn over twelve months are a sliver at the edge: the first days' own span.
            series={data.series.filter((d) => d.day >= (insights.firstDay ?? '') && d.day <= (insights.lastDay ?? ''))}
            focusClientId={data.focusClientId}
            onFocus={(id) => change({ focusClientId: id })}
            showTrend={false}
          />
          <PixelsSection {...common} years={data.years} onYear={(year) => change({ year })} weekStartsOn={settings.weekStartsOn} />
        </div>
      ) : (
        <div className="insights-sections">
          <div className="insights-now" data-choice={choiceKeyOf(data)}>
            <Ranking {...common} />
          </div>
          {sectionData && sectionData.insights.dayCount > 0 && (
            <InsightsSections
              data={sectionData}
              choiceKey={choiceKeyOf(sectionData)}
              metric={sectionData.metric}
              look={look}
              signalName={signalName}
              lang={lang}
              t={t}
              theme={chartTheme}
              weekStartsOn={settings.weekStartsOn}
              onFocus={onFocus}
              onYear={onYear}
            />
          )}
        </div>
      )}
    </section>
  );
}
