/**
 * Empty states shared by the screens: whether the journal has anything yet, and the notice that
 * says what to do next and how long until a screen becomes useful.
 */
import type { MessageKey } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useLiveRead, type LiveRead } from '../../app/firstReads';
import type { HumeurDb } from '../../db/schema';
import { hasAnyRecord } from '../../db/exists';
import { useT } from '../../app/settings';
import { hrefFor } from '../../app/route';

/** True when the journal has no entry at all. */
export const journalIsEmptyRead = (db: HumeurDb): LiveRead<boolean> => ({
  key: 'journal-empty',
  read: async () => !(await hasAnyRecord(db.entries)),
});

/** True when the journal has no entry at all; undefined while it is being read. */
export function useJournalIsEmpty(): boolean | undefined {
  const db = useDb();
  return useLiveRead(db, journalIsEmptyRead(db), [db]);
}

interface NoticeProps {
  title: MessageKey;
  body: MessageKey;
  /** A second sentence, e.g. how long until the screen becomes useful. */
  when?: MessageKey;
  /** Offer "Write today's review" (not on Today itself). */
  linkToToday?: boolean;
}

export function EmptyNotice({ title, body, when, linkToToday = true }: NoticeProps) {
  const { t } = useT();
  return (
    <div className="empty-state">
      <h2>{t(title)}</h2>
      <p>{t(body)}</p>
      {when && <p>{t(when)}</p>}
      {linkToToday && (
        <a className="button button-primary" href={hrefFor({ screen: 'today' })}>
          {t('emptyStates.action.today')}
        </a>
      )}
    </div>
  );
}

/** Shown by Export while the journal is empty, above its (then empty) choices. */
export function ExportEmptyNotice() {
  const empty = useJournalIsEmpty();
  return empty ? <EmptyNotice title="emptyStates.export.title" body="emptyStates.export.body" /> : null;
}

/** Shown by Today while the journal is empty: the first evening, and when Insights start to say something. */
export function FirstEveningNotice() {
  const empty = useJournalIsEmpty();
  return empty ? <EmptyNotice title="emptyStates.today.title" body="emptyStates.today.body" when="emptyStates.today.when" linkToToday={false} /> : null;
}
