import { useState } from 'react';
import type { DayKey, Entry } from '../../../shared/domain/types';
import { timeOf, todayKey } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { useLiveRead } from '../../app/firstReads';
import { useT } from '../../app/settings';
import { navigate } from '../../app/route';
import { blankEntry } from '../../db/entries';
import { dayEntriesRead } from './firstReads';
import { draftsOfDay } from './drafts';
import { EntryEditor } from './EntryEditor';
import { EntryList } from './EntryList';
import { saveStatusText } from './SaveStatus';
import type { SaveState } from './useEntryAutosave';
import { useToasts } from '../../components/Toasts';

const byTime = (a: Entry, b: Entry) => a.time.localeCompare(b.time) || a.createdAt - b.createdAt;

function blankReview(day: DayKey): Entry {
  return blankEntry(day, timeOf(new Date()), 'review', Date.now());
}

/**
 * The entries of one day (mounted with `key={day}`): those in the database, those only in a local
 * draft (typed, then interrupted before the first save), and new ones not yet written.
 * A day without any shows a blank end-of-day review, written on its first change.
 */
export function DayEntries({ day, entryId }: { day: DayKey; entryId?: string }) {
  const db = useDb();
  const { t } = useT();
  const { notify } = useToasts();
  const stored = useLiveRead(db, dayEntriesRead(db, day), [db, day]);
  const [pending, setPending] = useState<Entry[]>(() => draftsOfDay(day).map((d) => d.entry));
  const [blank, setBlank] = useState(() => blankReview(day));
  const [focusId, setFocusId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState(entryId);
  const [routeEntryId, setRouteEntryId] = useState(entryId);
  if (routeEntryId !== entryId) {
    setRouteEntryId(entryId);
    setSelectedId(entryId);
  }

  if (!stored) return <p className="loading">{t('app.loading')}</p>;

  const storedIds = new Set(stored.map((e) => e.id));
  const extra = pending.filter((e) => !storedIds.has(e.id));
  let list = [...stored, ...extra].sort(byTime);
  if (list.length === 0) list = [blank];
  const unsaved = new Set(list.filter((e) => !storedIds.has(e.id)).map((e) => e.id));
  const selected = list.find((e) => e.id === selectedId) ?? list.filter((e) => e.kind === 'review').pop() ?? list[list.length - 1];

  const select = (id: string) => {
    setSelectedId(id);
    navigate({ screen: 'today', param: `${day}:${id}` });
  };

  const addNote = () => {
    const note = blankEntry(day, timeOf(new Date()), 'note', Date.now());
    // On an empty day, the blank review stays listed beside the new note.
    const keepBlank = list.length === 1 && list[0] === blank ? [blank] : [];
    setPending((p) => [...p, ...keepBlank, note]);
    setFocusId(note.id);
    select(note.id);
  };

  // On a past day (a missed evening filled in), "Done" hands the keyboard back to the day
  // navigation, where the next missed day is one key away; on today the editor keeps it.
  const onDone = day < todayKey()
    ? (after: SaveState) => {
        notify({ message: t('today.done.saved', { time: saveStatusText(t, after, 'time') }) });
        const nav = document.querySelectorAll<HTMLButtonElement>('.day-steps button:not(:disabled)');
        nav[nav.length - 1]?.focus();
      }
    : undefined;

  const onDeleted = (entry: Entry) => {
    setPending((p) => p.filter((e) => e.id !== entry.id));
    if (entry.id === blank.id) setBlank(blankReview(day));
    setSelectedId(undefined);
    navigate({ screen: 'today', param: day });
    document.querySelector<HTMLElement>('.day-header h1')?.focus();
  };

  return (
    <div className="day-entries">
      <EntryList entries={list} selectedId={selected.id} unsaved={unsaved} onSelect={select} onAddNote={addNote} />
      <EntryEditor
        key={selected.id}
        entry={selected}
        isNew={!storedIds.has(selected.id)}
        autoFocusText={selected.id === focusId}
        onDeleted={onDeleted}
        onDone={onDone}
      />
    </div>
  );
}
