import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { markDuration } from '../../app/perf';
import type { Lang } from '../../../shared/domain/types';
import type { Translate } from '../../../shared/i18n';
import type { Metric } from '../../../shared/stats';
import type { ChartTheme, ClientLook } from './charts';
import { MoneySection } from './MoneySection';
import { OverTimeSection } from './OverTimeSection';
import { HoursSection, WeekdaySection } from './PatternsSection';
import { PixelsSection } from './PixelsSection';
import { SignalEffectsSection, SignalsPerClientSection } from './SignalsSection';
import type { InsightsData } from './useInsightsData';

// Each section redraws only when its own props change, not when the next one is revealed.
const OverTime = memo(OverTimeSection);
const Pixels = memo(PixelsSection);
const Weekdays = memo(WeekdaySection);
const Hours = memo(HoursSection);
const SignalsPerClient = memo(SignalsPerClientSection);
const SignalEffects = memo(SignalEffectsSection);
const Money = memo(MoneySection);

interface Props {
  data: InsightsData;
  /** Names the choice these sections show, e.g. "energy|2025-03-15|2026-03-14" (the ranking carries the current one). */
  choiceKey: string;
  metric: Metric;
  look: (clientId: string) => ClientLook;
  signalName: (signalId: string) => string;
  lang: Lang;
  t: Translate;
  theme: ChartTheme;
  weekStartsOn: 0 | 1;
  onFocus(clientId: string | null): void;
  onYear(year: number): void;
}

/**
 * Counts up to `count` steps, one per frame once the previous step has been painted, so what is
 * drawn before (the ranking) is on screen at once and the charts follow, instead of the whole page
 * waiting for the slowest chart.
 */
function useStagedReveal(count: number): number {
  const [shown, setShown] = useState(0);
  const asked = useRef(performance.now());
  useEffect(() => {
    // The profile's names: "humeur:insights-section-3" is the time from asking for the third part to its paint's start.
    if (shown > 0) markDuration(`insights-section-${shown}`, asked.current);
    if (shown >= count) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next paint: a frame, then a task (a frame callback runs before the paint).
    const next = () => {
      asked.current = performance.now();
      setShown((n) => n + 1);
    };
    if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => (timer = setTimeout(next, 0)));
    else timer = setTimeout(next, 0);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [shown, count]);
  return shown;
}

/** Keeps a chart's place (so the page does not jump) until its turn comes. */
function Pending() {
  return <div className="card insight-section insight-pending" aria-hidden="true" />;
}

/**
 * Every Insights section after the ranking. Memoised: when the metric or the period changes, the
 * ranking is redrawn first and these follow with their own (deferred) data.
 */
export const InsightsSections = memo(function InsightsSections({ data, choiceKey, metric, look, signalName, lang, t, theme, weekStartsOn, onFocus, onYear }: Props) {
  const { insights } = data;
  const common = { insights, look, metric, lang, t, theme };
  const parts: ReactNode[] = [
    <OverTime key="time" {...common} series={data.series} focusClientId={data.focusClientId} onFocus={onFocus} />,
    <Pixels key="pixels" {...common} years={data.years} onYear={onYear} weekStartsOn={weekStartsOn} />,
    <Weekdays key="weekdays" {...common} />,
    <Hours key="hours" {...common} />,
    <SignalsPerClient key="signals" insights={insights} look={look} signalName={signalName} lang={lang} t={t} />,
    <SignalEffects key="signal-effects" {...common} signalName={signalName} />,
    <Money key="money" rows={insights.money} look={look} lang={lang} t={t} />,
  ];
  // Two steps after the ranking: the chart just below it, then the rest at once (each step waits for a
  // frame, which on a busy machine costs more than drawing several charts in one go).
  const stage = useStagedReveal(2);
  const shown = stage === 0 ? 0 : stage === 1 ? 1 : parts.length;
  // display: contents, so the sections stay items of the page's grid.
  return (
    <div className="insights-later" data-choice={choiceKey}>
      {parts.map((part, i) => (i < shown ? part : <Pending key={i} />))}
    </div>
  );
});
