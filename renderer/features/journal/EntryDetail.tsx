import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatLongDay } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { hrefFor, navigate } from '../../app/route';
import { useToasts } from '../../components/Toasts';
import { deleteEntry, getEntry, restoreEntry } from '../../db/entries';
import { EntryLinks, EntryScores, LanguageBadges } from './EntryParts';
import { EntryTexts } from './EntryText';
import { dropDraft } from '../today/drafts';
import { journalEditHref } from './links';
import type { JournalLookups } from './useJournalLookups';

/** One entry in full (#/journal/<id>): edit it in place, delete with undo. */
export function EntryDetail({ entryId, query, lookups }: { entryId: string; query: string; lookups: JournalLookups }) {
  const db = useDb();
  const { t, lang } = useT();
  const { notify } = useToasts();
  const entry = useLiveQuery(() => getEntry(db, entryId).then((e) => e ?? null), [db, entryId]);
  const [deleting, setDeleting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = entry !== undefined;

  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded, entryId]);

  if (deleting) return null;
  if (entry === undefined) return <p className="loading" role="status">{t('journal.loading')}</p>;
  const back = (
    <a className="journal-back" href={hrefFor({ screen: 'journal' })}>
      <span aria-hidden="true">← </span>
      {t('journal.back')}
    </a>
  );
  if (entry === null) {
    return (
      <div className="journal-detail">
        {back}
        <div className="empty-state">
          <h2 ref={headingRef} tabIndex={-1}>
            {t('journal.notFound.title')}
          </h2>
          <p>{t('journal.notFound.body')}</p>
        </div>
      </div>
    );
  }

  const onDelete = async () => {
    setDeleting(true);
    const removed = await deleteEntry(db, entry.id);
    // A draft left by a crash must not bring the deleted entry back the next time Today opens.
    void dropDraft(db, entry.id);
    navigate({ screen: 'journal' });
    if (!removed) return;
    notify({
      message: t('journal.deleted'),
      // After a delete the entry's page is gone: put the keyboard on "Undo" rather than at the end of the tab order.
      focusAction: true,
      action: {
        label: t('journal.undo'),
        run: async () => {
          await restoreEntry(db, removed);
          navigate({ screen: 'journal', param: removed.id });
        },
      },
    });
  };

  return (
    <div className="journal-detail">
      {back}
      <article className="journal-entry journal-entry-full" aria-labelledby="journal-detail-title">
        <header className="journal-entry-head">
          <h2 id="journal-detail-title" ref={headingRef} tabIndex={-1} className="journal-detail-title">
            <time dateTime={entry.day}>{formatLongDay(entry.day, lang)}</time>
          </h2>
          <p className="journal-detail-when">
            <time dateTime={`${entry.day}T${entry.time}`}>{entry.time}</time>
            <span className="journal-kind">{t(entry.kind === 'review' ? 'journal.kind.review' : 'journal.kind.note')}</span>
          </p>
          <EntryScores entry={entry} />
          <LanguageBadges entry={entry} />
        </header>
        <EntryLinks entry={entry} lookups={lookups} />
        <EntryTexts entry={entry} query={query} full />
        <footer className="journal-detail-actions">
          <a className="button button-primary" href={journalEditHref(entry.id)}>
            {t('journal.edit')}
          </a>
          <button type="button" className="button button-danger" aria-describedby="journal-delete-hint" onClick={onDelete}>
            {t('journal.delete')}
          </button>
          <span id="journal-delete-hint" className="field-hint">
            {t('journal.delete.hint')}
          </span>
        </footer>
      </article>
    </div>
  );
}
