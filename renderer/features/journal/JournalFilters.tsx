import { useId } from 'react';
import { signalLabel } from '../../../shared/domain/signals';
import { useT } from '../../app/settings';
import type { JournalLookups } from './useJournalLookups';
import { RATING_FILTERS, type JournalState, type RatingFilter } from './useJournalState';

/** The search field with the result count, the client / signal / language filters and "Clear filters". */
export function JournalFilters({ state, lookups, count }: { state: JournalState; lookups: JournalLookups; count: string }) {
  const { t, lang } = useT();
  const id = useId();
  const { filters, setFilter } = state;
  return (
    <form
      className="journal-toolbar"
      role="search"
      onSubmit={(e) => {
        // Enter searches at once instead of waiting for the typing pause.
        e.preventDefault();
        state.searchNow();
      }}
    >
      <div className="field journal-search">
        <div className="journal-search-head">
          <label htmlFor={`${id}-q`}>{t('journal.search.label')}</label>
          {/* Announced politely as the results change, e.g. "3 entrées". */}
          <span className="journal-count" role="status">
            {count}
          </span>
        </div>
        <input
          id={`${id}-q`}
          type="search"
          value={state.typed}
          placeholder={t('journal.search.placeholder')}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => state.setTyped(e.target.value)}
        />
        <span id={`${id}-hint`} className="field-hint">
          {t('journal.search.hint')}
        </span>
      </div>
      <fieldset className="journal-filters">
        <legend className="visually-hidden">{t('journal.filters.label')}</legend>
        <div className="field">
          <label htmlFor={`${id}-client`}>{t('journal.filter.client')}</label>
          <select id={`${id}-client`} value={filters.clientId} onChange={(e) => setFilter('clientId', e.target.value)}>
            <option value="">{t('journal.filter.client.all')}</option>
            {lookups.clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-signal`}>{t('journal.filter.signal')}</label>
          <select id={`${id}-signal`} value={filters.signalId} onChange={(e) => setFilter('signalId', e.target.value)}>
            <option value="">{t('journal.filter.signal.all')}</option>
            {lookups.signals.map((s) => (
              <option key={s.id} value={s.id}>
                {signalLabel(s, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('journal.filter.language')}</label>
          <select
            id={`${id}-lang`}
            value={filters.language}
            onChange={(e) => setFilter('language', e.target.value as '' | 'fr' | 'en')}
          >
            <option value="">{t('journal.filter.language.all')}</option>
            <option value="fr">{t('journal.filter.language.fr')}</option>
            <option value="en">{t('journal.filter.language.en')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rating`}>{t('frictions.journal.filter.rating')}</label>
          <select id={`${id}-rating`} value={filters.rating} onChange={(e) => setFilter('rating', e.target.value as RatingFilter)}>
            <option value="">{t('frictions.journal.filter.rating.all')}</option>
            {RATING_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`frictions.journal.filter.rating.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button journal-clear" onClick={state.clearAll} disabled={!state.narrowed}>
          {t('journal.filters.clear')}
        </button>
      </fieldset>
    </form>
  );
}
