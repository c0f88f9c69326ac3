import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../app/settings';
import { EntryDetail } from './EntryDetail';
import { JournalEntryEditor } from './JournalEntryEditor';
import { parseJournalParam } from './links';
import { MonthCalendar } from './MonthCalendar';
import { TimelinePanel } from './TimelinePanel';
import { ViewTabs, panelId, tabId } from './ViewTabs';
import { useJournalLookups } from './useJournalLookups';
import { useJournalState } from './useJournalState';
import './journal.css';

/**
 * The Journal: a searchable, filterable timeline and a month calendar of past entries, or one entry
 * in full at #/journal/<entryId>, or edited at #/journal/<entryId>:edit. The search, filters and view live here, so they are still in place
 * when the user comes back from an entry.
 */
export function JournalScreen({ entryId: param }: { entryId?: string }) {
  const { entryId, editing } = parseJournalParam(param);
  const { t } = useT();
  const state = useJournalState();
  const lookups = useJournalLookups();
  const [returnFocusTo, setReturnFocusTo] = useState<string | undefined>();
  const previousEntry = useRef(entryId);

  useEffect(() => {
    // Back from an entry: the list gives the focus back to that entry's link.
    if (previousEntry.current && !entryId) setReturnFocusTo(previousEntry.current);
    previousEntry.current = entryId;
  }, [entryId]);
  const focusReturned = useCallback(() => setReturnFocusTo(undefined), []);

  return (
    <section className="journal" aria-labelledby="journal-title">
      <h1 id="journal-title" tabIndex={-1}>
        {t('journal.title')}
      </h1>
      {!lookups ? (
        <p className="loading" role="status">
          {t('journal.loading')}
        </p>
      ) : entryId && editing ? (
        <JournalEntryEditor entryId={entryId} />
      ) : entryId ? (
        <EntryDetail entryId={entryId} query={state.search} lookups={lookups} />
      ) : (
        <>
          <ViewTabs view={state.view} onChange={state.setView} />
          <div role="tabpanel" id={panelId(state.view)} aria-labelledby={tabId(state.view)} className="journal-panel">
            {state.view === 'timeline' ? (
              <TimelinePanel state={state} lookups={lookups} returnFocusTo={returnFocusTo} onFocusReturned={focusReturned} />
            ) : (
              <MonthCalendar state={state} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
