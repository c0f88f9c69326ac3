import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../../app/settings';
import type { JournalView } from './useJournalState';

const VIEWS: JournalView[] = ['timeline', 'calendar'];

export const tabId = (view: JournalView) => `journal-tab-${view}`;
export const panelId = (view: JournalView) => `journal-panel-${view}`;

/** Timeline / Calendar as an ARIA tab list: arrow keys switch views, Tab goes into the panel. */
export function ViewTabs({ view, onChange }: { view: JournalView; onChange(view: JournalView): void }) {
  const { t } = useT();
  const refs = useRef<Partial<Record<JournalView, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    const next =
      e.key === 'ArrowRight' ? VIEWS[(i + 1) % VIEWS.length]
      : e.key === 'ArrowLeft' ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length]
      : e.key === 'Home' ? VIEWS[0]
      : e.key === 'End' ? VIEWS[VIEWS.length - 1]
      : null;
    if (!next) return;
    e.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="journal-tabs" role="tablist" aria-label={t('journal.view.label')} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          ref={(el) => {
            refs.current[v] = el;
          }}
          type="button"
          role="tab"
          id={tabId(v)}
          aria-selected={view === v}
          aria-controls={view === v ? panelId(v) : undefined}
          tabIndex={view === v ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {t(v === 'timeline' ? 'journal.view.timeline' : 'journal.view.calendar')}
        </button>
      ))}
    </div>
  );
}
