import { useId, useRef, useState, type FormEvent } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import { addDays, formatLongDay, isDayKey } from '../../../shared/domain/dates';
import { useT } from '../../app/settings';
import { navigate } from '../../app/route';

/** Shows a day on Today; the current day gets the plain "#/today" address. */
export function goToDay(day: DayKey, today: DayKey): void {
  navigate(day === today ? { screen: 'today' } : { screen: 'today', param: day });
}

/** The day's heading, previous / next / today, and a date field to fill in a missed evening. */
export function DayNav({ day, today }: { day: DayKey; today: DayKey }) {
  const { t, lang } = useT();
  const id = useId();
  const [shownDay, setShownDay] = useState(day);
  const [jump, setJump] = useState(day);
  const [error, setError] = useState<string | null>(null);
  // The date field is folded behind one button: it is the rare way to move, and five Tab stops.
  const [picking, setPicking] = useState(false);
  const pickButton = useRef<HTMLButtonElement>(null);
  if (shownDay !== day) {
    // Another day was opened (buttons, links, history): the field follows it.
    setShownDay(day);
    setJump(day);
    setError(null);
    setPicking(false);
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isDayKey(jump)) return setError(t('today.nav.incomplete'));
    if (jump > today) return setError(t('today.future.refused'));
    setError(null);
    goToDay(jump, today);
  };

  return (
    <header className="day-header">
      <div className="day-title">
        {day === today && <p className="eyebrow">{t('today.nav.isToday')}</p>}
        <h1 tabIndex={-1}>{formatLongDay(day, lang)}</h1>
      </div>
      {/* A group, not a second <nav>: the sidebar stays the page's one navigation landmark. */}
      <div className="day-nav" role="group" aria-label={t('today.nav.label')}>
        <div className="day-steps">
          <button type="button" className="button" onClick={() => goToDay(addDays(day, -1), today)}>
            <span aria-hidden="true">‹</span> {t('today.nav.previous')}
          </button>
          <button type="button" className="button" onClick={() => goToDay(today, today)} disabled={day === today}>
            {t('today.nav.today')}
          </button>
          <button type="button" className="button" onClick={() => goToDay(addDays(day, 1), today)} disabled={day >= today}>
            {t('today.nav.next')} <span aria-hidden="true">›</span>
          </button>
        </div>
        {!picking && (
          <button type="button" ref={pickButton} className="button day-pick" onClick={() => setPicking(true)}>
            {t('frictions.nav.pick')}
          </button>
        )}
        {picking && (
          <form
            className="day-jump"
            onSubmit={submit}
            noValidate
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              setPicking(false);
              setTimeout(() => pickButton.current?.focus(), 0);
            }}
          >
            <label htmlFor={`${id}-jump`} className="visually-hidden">
              {t('today.nav.jump')}
            </label>
            <input
              id={`${id}-jump`}
              type="date"
              autoFocus
              max={today}
              value={jump}
              onChange={(e) => {
                setJump(e.target.value);
                setError(null);
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            <button type="submit" className="button">
              {t('today.nav.go')}
            </button>
          </form>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="error-text day-error" role="alert">
          {error}
        </p>
      )}
    </header>
  );
}
