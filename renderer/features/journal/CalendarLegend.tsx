import { useT } from '../../app/settings';

const LEVELS = [1, 2, 3, 4, 5];

/** What the day colours mean: mood 1 (low) to 5 (high), not rated, no entry. */
export function CalendarLegend() {
  const { t } = useT();
  return (
    <div className="cal-legend">
      <span className="cal-legend-title">{t('journal.calendar.legend')}</span>
      <span className="cal-legend-end">{t('journal.calendar.legend.low')}</span>
      <ul className="cal-legend-scale">
        {LEVELS.map((level) => (
          <li key={level} className={`cal-legend-swatch journal-mood-${level}`}>
            {level}
          </li>
        ))}
      </ul>
      <span className="cal-legend-end">{t('journal.calendar.legend.high')}</span>
      <ul className="cal-legend-others">
        <li>
          <span className="cal-legend-swatch cal-unrated" aria-hidden="true" />
          {t('journal.calendar.legend.unrated')}
        </li>
        <li>
          <span className="cal-legend-swatch cal-empty" aria-hidden="true" />
          {t('journal.calendar.legend.empty')}
        </li>
      </ul>
    </div>
  );
}
