import { todayKey } from '../../../shared/domain/dates';
import { useT } from '../../app/settings';
import { DayEntries } from './DayEntries';
import { DayNav, goToDay } from './DayNav';
import { parseTodayParam } from './todayRoute';
import './today.css';

export { todayHref } from './todayRoute';

/**
 * Today, the core loop: one day's entries and the editor. `day` is the route param,
 * "2025-03-03" or "2025-03-03:<entry id>"; without it, today.
 */
export function TodayScreen({ day: param }: { day?: string }) {
  const { t } = useT();
  const today = todayKey();
  const { day, entryId } = parseTodayParam(param, today);
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
