import { useCallback, useId, type KeyboardEvent } from 'react';
import type { ClientLink, Entry, EntryKind, Lang } from '../../../shared/domain/types';
import { useDb } from '../../app/DbContext';
import { useLiveRead } from '../../app/firstReads';
import { useSettings } from '../../app/settings';
import { deleteEntry, restoreEntry } from '../../db/entries';
import { useToasts } from '../../components/Toasts';
import { RatingScale } from '../../components/RatingScale';
import { useEntryAutosave, type SaveState } from './useEntryAutosave';
import { energyOptions, moodOptions } from './ratings';
import { EntryClients } from './EntryClients';
import { EntryTexts } from './EntryTexts';
import { DaySignals } from './DaySignals';
import { SaveStatus, saveStatusText } from './SaveStatus';
import { useSignalUsage } from './useSignalUsage';
import { clientsRead, signalsRead } from './firstReads';
import { useActionBarHeight } from './useActionBarHeight';
import './today.css';

export interface EntryEditorProps {
  /** The entry to edit. Read once when the editor mounts: give the editor `key={entry.id}`. */
  entry: Entry;
  /** True for an entry not yet in the database (a blank review, a new note): written on its first change. */
  isNew?: boolean;
  /** Put the caret in the UI language's text field on mount, e.g. for a quick note just added. */
  autoFocusText?: boolean;
  /** After the entry was deleted; a toast already offers to undo it. */
  onDeleted?(entry: Entry): void;
  /** After "Done" saved the entry (not on an error): says so and moves on, instead of the default toast. */
  onDone?(after: SaveState): void;
}

const hasContent = (e: Entry) => e.mood !== null || e.energy !== null || e.clients.length > 0 || e.signals.length > 0 || (e.text.fr + e.text.en).trim() !== '';

/**
 * Edits one entry — kind, mood, energy, clients with how each felt, hours and signals, day signals,
 * French and English text — and saves as the user types (see useEntryAutosave).
 * Ctrl/Cmd+Enter or "Done" saves at once and says so.
 */
export function EntryEditor({ entry: initial, isNew, autoFocusText, onDeleted, onDone }: EntryEditorProps) {
  const db = useDb();
  const { t, settings } = useSettings();
  const { notify } = useToasts();
  const id = useId();
  const { entry, state, update, flush, stop } = useEntryAutosave(initial, { isNew });
  // Stable callbacks let the memoised sections skip re-rendering on every keystroke in the text.
  const onClients = useCallback((change: (links: ClientLink[]) => ClientLink[]) => update((e) => ({ ...e, clients: change(e.clients) })), [update]);
  const onSignals = useCallback((change: (ids: string[]) => string[]) => update((e) => ({ ...e, signals: change(e.signals) })), [update]);
  const onText = useCallback((lang: Lang, value: string) => update((e) => ({ ...e, text: { ...e.text, [lang]: value } })), [update]);
  const clients = useLiveRead(db, clientsRead(db), [db]);
  const signals = useLiveRead(db, signalsRead(db), [db]);
  const usage = useSignalUsage(initial.day);
  const footer = useActionBarHeight();

  const done = async () => {
    const after: SaveState = await flush();
    if (onDone && after.kind !== 'error') return onDone(after);
    notify(
      after.kind === 'error'
        ? { tone: 'error', message: saveStatusText(t, after) }
        : { message: t('today.done.saved', { time: saveStatusText(t, after, 'time') }) },
    );
  };

  const remove = async () => {
    await stop();
    const removed = (await deleteEntry(db, entry.id)) ?? (hasContent(entry) ? entry : undefined);
    onDeleted?.(entry);
    notify({
      message: t('today.deleted'),
      action: removed ? { label: t('app.undo'), run: () => restoreEntry(db, removed) } : undefined,
      focusAction: true,
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void done();
    }
  };

  const setKind = (kind: EntryKind) => update((e) => ({ ...e, kind }));
  // A quick note is mostly words: its text comes first; the review follows the core loop's order.
  const isNote = entry.kind === 'note';
  const texts = <EntryTexts text={entry.text} showPrompts={settings.showPrompts} autoFocus={autoFocusText} onChange={onText} />;

  return (
    <article
      className="entry-editor"
      aria-label={t('today.entries.item', { kind: t(entry.kind === 'review' ? 'today.kind.review' : 'today.kind.note'), time: entry.time })}
      onBlur={() => void flush()} onKeyDown={onKeyDown}>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('today.kind.label')}</legend>
        {(['review', 'note'] as const).map((kind) => (
          <label key={kind} className="segmented-option">
            <input type="radio" name={`${id}-kind`} checked={entry.kind === kind} onChange={() => setKind(kind)} />
            <span>{t(kind === 'review' ? 'today.kind.review' : 'today.kind.note')}</span>
          </label>
        ))}
      </fieldset>

      {isNote && texts}
      <section className="entry-section" aria-labelledby={`${id}-ratings`}>
        <h2 id={`${id}-ratings`}>{t('today.ratings.title')}</h2>
        <div className="ratings">
          <RatingScale
            legend={t('today.mood')}
            value={entry.mood}
            options={moodOptions(t)}
            onChange={(mood) => update((e) => ({ ...e, mood }))}
            clearLabel={t('today.mood.clear')}
          />
          <RatingScale
            legend={t('today.energy')}
            value={entry.energy}
            options={energyOptions(t)}
            onChange={(energy) => update((e) => ({ ...e, energy }))}
            clearLabel={t('today.energy.clear')}
          />
        </div>
      </section>

      {clients && signals && usage && (
        <>
          <EntryClients links={entry.clients} clients={clients} signals={signals} usage={usage} onChange={onClients} />
          <DaySignals selected={entry.signals} signals={signals} usage={usage.overall} onChange={onSignals} />
        </>
      )}

      {!isNote && texts}

      <footer className="entry-footer" ref={footer}>
        <SaveStatus state={state} />
        <div className="row">
          <button type="button" className="button button-danger button-quiet" onClick={() => void remove()}>
            {t('today.delete')}
          </button>
          <button type="button" className="button button-primary" onClick={() => void done()} aria-keyshortcuts="Control+Enter Meta+Enter">
            {t('today.done')}
          </button>
        </div>
      </footer>
    </article>
  );
}
