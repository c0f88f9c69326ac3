import { useEffect, useRef } from 'react';
import { todayKey } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { useToasts } from '../../components/Toasts';
import { DayEntries } from './DayEntries';
import { DayNav, goToDay } from './DayNav';
import { recoverDrafts } from './recoverDrafts';
import { parseTodayParam } from './todayRoute';
import './today.css';

export { todayHref } from './todayRoute';

/**
 * Today, the core loop: one day's entries and the editor. `day` is the route param,
 * "2025-03-03" or "2025-03-03:<entry id>"; without it, today.
 */
export function TodayScreen({ day: param }: { day?: string }) {
  const db = useDb();
  const { t } = useT();
  const { notify } = useToasts();
  const today = todayKey();
  const { day, entryId } = parseTodayParam(param, today);
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
      {day > today ? (
        <div className="notice">
          <p>{t('today.future.refused')}</p>
          <button type="button" className="button button-primary" onClick={() => goToDay(today, today)}>
            {t('today.future.goToday')}
          </button>
        </div>
      ) : (
        <DayEntries key={day} day={day} entryId={entryId} />
      )}
    </section>
  );
}
