import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatLongDay } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { navigate } from '../../app/route';
import { useToasts } from '../../components/Toasts';
import { getEntry } from '../../db/entries';
import { EntryEditor } from '../today/EntryEditor';
import { saveStatusText } from '../today/SaveStatus';
import { journalEntryHref } from './links';

/**
 * An entry edited without leaving the Journal (#/journal/<id>:edit): the sidebar still says
 * Journal, and "Done" saves, says so and goes back to the list with the focus on that entry.
 */
export function JournalEntryEditor({ entryId }: { entryId: string }) {
  const db = useDb();
  const { t, lang } = useT();
  const { notify } = useToasts();
  // Read once: the editor owns the entry from here on and saves it as the user types.
  const entry = useLiveQuery(() => getEntry(db, entryId).then((e) => e ?? null), [db, entryId]);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = entry !== undefined;

  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  if (entry === undefined) return <p className="loading" role="status">{t('journal.loading')}</p>;
  if (entry === null) {
    return (
      <div className="empty-state">
        <h2 ref={heading} tabIndex={-1}>
          {t('journal.notFound.title')}
        </h2>
        <p>{t('journal.notFound.body')}</p>
      </div>
    );
  }

  return (
    <div className="journal-detail journal-editing">
      <a className="journal-back" href={journalEntryHref(entry.id)}>
        <span aria-hidden="true">← </span>
        {t('frictions.journal.edit.back')}
      </a>
      <h2 ref={heading} tabIndex={-1} className="journal-detail-title">
        {t('frictions.journal.edit.title', { date: formatLongDay(entry.day, lang) })}
      </h2>
      <EntryEditor
        key={entry.id}
        entry={entry}
        onDone={(after) => {
          notify({ message: t('frictions.journal.edit.saved', { time: saveStatusText(t, after, 'time') }) });
          // The list gives the focus back to this entry's link (JournalScreen's return-focus).
          navigate({ screen: 'journal' });
        }}
        onDeleted={() => navigate({ screen: 'journal' })}
      />
    </div>
  );
}
