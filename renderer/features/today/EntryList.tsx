import type { Entry } from '../../../shared/domain/types';
import { useT } from '../../app/settings';

interface Props {
  entries: Entry[];
  selectedId: string;
  /** Ids of entries not yet in the database, shown as "new". */
  unsaved: ReadonlySet<string>;
  onSelect(id: string): void;
  onAddNote(): void;
}

/** The day's entries (the end-of-day review and quick notes with their time) and "Add a quick note". */
export function EntryList({ entries, selectedId, unsaved, onSelect, onAddNote }: Props) {
  const { t } = useT();
  return (
    <div className="entry-list">
      <ul aria-label={t('today.entries.label')}>
        {entries.map((e) => {
          const kind = t(e.kind === 'review' ? 'today.kind.review' : 'today.kind.note');
          return (
            <li key={e.id}>
              <button
                type="button"
                className="entry-tab"
                aria-current={e.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(e.id)}
              >
                <span className={`entry-kind-dot entry-kind-${e.kind}`} aria-hidden="true" />
                {unsaved.has(e.id) ? t('today.entries.new', { kind }) : t('today.entries.item', { kind, time: e.time })}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button-small entry-add" onClick={onAddNote}>
        <span aria-hidden="true">+</span> {t('today.addNote')}
      </button>
    </div>
  );
}
