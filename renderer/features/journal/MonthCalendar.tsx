import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DayKey, DaySummary, Lang } from '../../../shared/domain/types';
import { addMonths, formatDate, formatMonth, monthStart, parseDayKey, weekdayNames } from '../../../shared/domain/dates';
import type { Translate } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { loadDaySummaries } from '../../db/days';
import { CalendarLegend } from './CalendarLegend';
import { monthWeeks, moveDay, sameMonth } from './calendarGrid';
import type { JournalState } from './useJournalState';

/** "3 mars : humeur 4, énergie 2, 2 entrées" / "March 3: mood 4, energy 2, 2 entries". */
export function calendarDayName(day: DayKey, summary: DaySummary | undefined, t: Translate, lang: Lang): string {
  const date = formatDate(parseDayKey(day), lang === 'fr' ? 'd MMMM' : 'MMMM d', lang);
  const details: string[] = [];
  if (!summary || summary.entryCount === 0) details.push(t('journal.calendar.noEntry'));
  else {
    details.push(summary.mood === null ? t('journal.calendar.noMood') : t('journal.calendar.mood', { value: summary.mood }));
    if (summary.energy !== null) details.push(t('journal.calendar.energy', { value: summary.energy }));
    details.push(t('journal.results', { count: summary.entryCount }));
  }
  return t('journal.calendar.dayName', { date, details: details.join(', ') });
}

/** The colour class of a day: its mood rounded to a level 1–5, or "unrated"/"empty". */
function moodClass(summary: DaySummary | undefined): string {
  if (!summary || summary.entryCount === 0) return 'cal-empty';
  if (summary.mood === null) return 'cal-unrated';
  return `journal-mood-${Math.min(5, Math.max(1, Math.round(summary.mood)))}`;
}

/**
 * One dot per entry (up to four): the count is in the day's accessible name, and a number here
 * would make the visible label ("5" and "2") differ from it.
 */
function EntryDots({ count }: { count: number }) {
  return (
    <span className="cal-dots" aria-hidden="true">
      {Array.from({ length: Math.min(count, 4) }, (_, i) => (
        <span key={i} className="cal-dot" />
      ))}
    </span>
  );
}

/** A month as an ARIA grid of days coloured by mood; one day is in the tab order (roving tabindex). */
export function MonthCalendar({ state }: { state: JournalState }) {
  const db = useDb();
  const { t, lang, settings } = useSettings();
  const weekStartsOn = settings.weekStartsOn;
  const headingId = useId();
  const hintId = useId();
  const gridRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);
  const { month, calendarDay, setCalendarDay, setMonth, today } = state;

  const weeks = useMemo(() => monthWeeks(month, weekStartsOn), [month, weekStartsOn]);
  const first = weeks[0][0];
  const last = weeks[weeks.length - 1][6];
  const summaries = useLiveQuery(() => loadDaySummaries(db, first, last), [db, first, last]);
  const byDay = useMemo(() => new Map((summaries ?? []).map((s) => [s.day, s])), [summaries]);
  const shortNames = weekdayNames(lang, weekStartsOn, 'short');
  const longNames = weekdayNames(lang, weekStartsOn, 'long');
  const active = sameMonth(calendarDay, month) ? calendarDay : month;

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-day="${active}"]`)?.focus();
  }, [active]);

  const goTo = (day: DayKey) => {
    setCalendarDay(day);
    if (!sameMonth(day, month)) setMonth(monthStart(day));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const next = moveDay(active, e.key, weekStartsOn);
    if (!next) return;
    e.preventDefault();
    if (next === active) return;
    moveFocus.current = true;
    goTo(next);
  };
  const shiftMonth = (n: number) => goTo(addMonths(active, n));

  return (
    <div className="journal-calendar">
      <div className="cal-header">
        <h2 id={headingId} className="cal-title" aria-live="polite">
          {formatMonth(month, lang)}
        </h2>
        <div className="cal-nav">
          <button type="button" className="icon-button cal-arrow" aria-label={t('journal.calendar.prev')} onClick={() => shiftMonth(-1)}>
            <span aria-hidden="true">‹</span>
          </button>
          <button type="button" className="button button-small" onClick={() => goTo(today)} disabled={sameMonth(month, today)}>
            {t('journal.calendar.current')}
          </button>
          <button type="button" className="icon-button cal-arrow" aria-label={t('journal.calendar.next')} onClick={() => shiftMonth(1)}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>
      <div
        ref={gridRef}
        role="grid"
        className="cal-grid"
        aria-labelledby={headingId}
        aria-describedby={hintId}
        aria-busy={summaries === undefined}
        onKeyDown={onKeyDown}
      >
        <div role="row" className="cal-row cal-weekdays">
          {shortNames.map((name, i) => (
            <div role="columnheader" key={name} className="cal-weekday">
              <span aria-hidden="true">{name}</span>
              <span className="visually-hidden">{longNames[i]}</span>
            </div>
          ))}
        </div>
        {weeks.map((week) => (
          <div role="row" className="cal-row" key={week[0]}>
            {week.map((day) => {
              if (!sameMonth(day, month)) return <div role="gridcell" key={day} className="cal-cell cal-outside" />;
              const summary = byDay.get(day);
              return (
                <div role="gridcell" key={day} className="cal-cell">
                  <button
                    type="button"
                    data-day={day}
                    className={`cal-day ${moodClass(summary)}`}
                    tabIndex={day === active ? 0 : -1}
                    aria-label={calendarDayName(day, summary, t, lang)}
                    aria-current={day === today ? 'date' : undefined}
                    onFocus={() => setCalendarDay(day)}
                    onClick={() => state.showDay(day)}
                  >
                    <span className="cal-num">{Number(day.slice(8))}</span>
                    {summary && summary.entryCount > 0 && <EntryDots count={summary.entryCount} />}
                  </button>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <p id={hintId} className="field-hint cal-hint">
        {t('journal.calendar.hint')}
      </p>
      <CalendarLegend />
    </div>
  );
}
