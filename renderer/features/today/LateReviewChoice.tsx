import { useEffect, useRef } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import { formatLongDay } from '../../../shared/domain/dates';
import { useT } from '../../app/settings';

export { offersLateReview } from '../../../shared/reminder/lateReview';

/** "Are you doing yesterday's review?" — shown in place of the new day's editor until answered. */
export function LateReviewChoice({ yesterday, onYesterday, onToday }: { yesterday: DayKey; onYesterday(): void; onToday(): void }) {
  const { t, lang } = useT();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="notice late-review" aria-labelledby="late-review-question">
      <h2 id="late-review-question">{t('writing.late.question')}</h2>
      <p>{t('writing.late.body', { date: formatLongDay(yesterday, lang) })}</p>
      <div className="row">
        <button ref={first} type="button" className="button button-primary" onClick={onYesterday}>
          {t('writing.late.yes')}
        </button>
        <button type="button" className="button" onClick={onToday}>
          {t('writing.late.no')}
        </button>
      </div>
    </section>
  );
}
