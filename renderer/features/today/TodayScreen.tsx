import { useEffect, useRef, useState } from 'react';
import { addDays, toDayKey } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useLiveRead } from '../../app/firstReads';
import { useSettings } from '../../app/settings';
import { useNow } from '../reminder';
import { useToasts } from '../../components/Toasts';
import { DayEntries } from './DayEntries';
import { DayNav, goToDay } from './DayNav';
import { LateReviewChoice, offersLateReview } from './LateReviewChoice';
import { OnThisDay } from './OnThisDay';
import { FirstEveningNotice } from '../emptyStates';
import { recoverDrafts } from './recoverDrafts';
import { parseTodayParam } from './todayRoute';
import { todayCountRead } from './firstReads';
import './today.css';

export { todayHref } from './todayRoute';

/** The day whose late-evening question was answered in this session, e.g. "2025-03-15". */
let answeredLateFor: string | null = null;

/**
 * Today, the core loop: one day's entries and the editor. `day` is the route param,
 * "2025-03-03" or "2025-03-03:<entry id>"; without it, today.
 */
export function TodayScreen({ day: param }: { day?: string }) {
  const db = useDb();
  const { t, settings } = useSettings();
  const { notify } = useToasts();
  const now = useNow();
  const today = toDayKey(now);
  const { day, entryId } = parseTodayParam(param, today);
  const todayCount = useLiveRead(db, todayCountRead(db, today), [db, today]);
  // Answered once per day: "No, today" keeps Today on the new day for the rest of the night.
  const [lateAnswered, setLateAnswered] = useState<string | null>(answeredLateFor);
  const askLate = todayCount !== undefined && lateAnswered !== today && offersLateReview(now, settings.lateReviewUntilHour, todayCount > 0, param !== undefined);
  const answerLate = (yesterday: boolean) => {
    answeredLateFor = today;
    setLateAnswered(today);
    if (yesterday) goToDay(addDays(today, -1), today);
  };
  const shownDay = useRef(day);
  shownDay.current = day;

  useEffect(() => {
    void recoverDrafts(db, shownDay.current).then((count) => {
      if (count > 0) notify({ message: t('today.recovered', { count }) });
    });
    // Once per opening of Today: later drafts belong to editors that are still open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db]);

  return (
    <section className="today">
      <DayNav day={day} today={today} />
      {day === today && !askLate && <FirstEveningNotice />}
      {day > today ? (
        <div className="notice">
          <p>{t('today.future.refused')}</p>
          <button type="button" className="button button-primary" onClick={() => goToDay(today, today)}>
            {t('today.future.goToday')}
          </button>
        </div>
      ) : askLate ? (
        <LateReviewChoice yesterday={addDays(today, -1)} onYesterday={() => answerLate(true)} onToday={() => answerLate(false)} />
      ) : todayCount === undefined && param === undefined ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <DayEntries key={day} day={day} entryId={entryId} />
      )}
      {day === today && !askLate && <OnThisDay today={today} />}
    </section>
  );
}
