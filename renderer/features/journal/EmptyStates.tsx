import { formatLongDay } from '../../../shared/domain/dates';
import { useT } from '../../app/settings';
import { hrefFor } from '../../app/route';
import { writeDayHref } from './links';
import type { JournalState } from './useJournalState';

/** No entry at all yet: say what will appear here and where to start. */
export function EmptyJournal() {
  const { t } = useT();
  return (
    <div className="empty-state journal-empty">
      <h2>{t('emptyStates.journal.title')}</h2>
      <p>{t('emptyStates.journal.body')}</p>
      <a className="button button-primary" href={hrefFor({ screen: 'today' })}>
        {t('emptyStates.action.today')}
      </a>
    </div>
  );
}

/** A search, filters or a calendar day that match nothing. */
export function NoResults({ state }: { state: JournalState }) {
  const { t, lang } = useT();
  const { day } = state.filters;
  const onlyDay = day && !state.search.trim() && !state.filters.clientId && !state.filters.signalId && !state.filters.language;
  if (onlyDay) {
    return (
      <div className="empty-state journal-empty">
        <p>{t('journal.day.empty', { date: formatLongDay(day, lang) })}</p>
        {day <= state.today && (
          <a className="button" href={writeDayHref(day)}>
            {t('journal.day.write')}
          </a>
        )}
      </div>
    );
  }
  return (
    <div className="empty-state journal-empty">
      <h2>{t('journal.noResults.title')}</h2>
      <p>{state.search.trim() ? t('journal.noResults.query', { query: state.search.trim() }) : t('journal.noResults.filters')}</p>
      <p>{t('journal.noResults.hint')}</p>
      <button type="button" className="button" onClick={state.clearAll}>
        {t('journal.filters.clear')}
      </button>
    </div>
  );
}
