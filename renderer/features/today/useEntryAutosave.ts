import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry } from '../../../shared/domain/types';
import { timeOf } from '../../../shared/domain/dates';
import { useDb } from '../../app/DbContext';
import { saveEntry, type EntryError } from '../../db/entries';
import type { HumeurDb } from '../../db/schema';
import { dropDraft, flushDraft, readDraft, saveDraft } from './drafts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; error: EntryError | 'write-failed' };

export interface EntryAutosave {
  /** The working copy, ahead of the database while a save is pending. */
  entry: Entry;
  state: SaveState;
  update(change: (entry: Entry) => Entry): void;
  /** Saves now if anything changed; resolves to the state after the save. */
  flush(): Promise<SaveState>;
  /** Stops every further save and drops the draft (the entry is being deleted). */
  stop(): Promise<void>;
}

export const SAVE_DELAY_MS = 500;

/**
 * Where editing starts: the stored entry, or the draft when it is newer (a reload or a crash
 * mid-typing; restoreDurableDrafts has put the durable copy back by then). An older draft is dropped.
 */
function startingPoint(db: HumeurDb, initial: Entry, isNew: boolean): { entry: Entry; dirty: boolean } {
  const draft = readDraft(initial.id);
  if (draft && draft.changedAt > (isNew ? 0 : initial.updatedAt)) return { entry: draft.entry, dirty: true };
  if (draft) void dropDraft(db, initial.id);
  return { entry: initial, dirty: false };
}

/**
 * Autosave for one entry: every change is kept as a draft (drafts.ts: at once in localStorage,
 * within ¼ s in IndexedDB even while typing goes on), then saved to the database after a pause in
 * typing (500 ms), and at once on flush (blur, Done, the page going hidden or away, unmount).
 * A new entry reaches the database only on its first change.
 */
export function useEntryAutosave(initial: Entry, options: { isNew?: boolean; delayMs?: number } = {}): EntryAutosave {
  const db = useDb();
  const delayMs = options.delayMs ?? SAVE_DELAY_MS;
  const [start] = useState(() => startingPoint(db, initial, options.isNew ?? false));
  const [entry, setEntry] = useState(start.entry);
  const [state, setStateValue] = useState<SaveState>(() =>
    start.dirty ? { kind: 'pending' } : options.isNew ? { kind: 'idle' } : { kind: 'saved', at: initial.updatedAt },
  );
  const stateRef = useRef(state);
  const latest = useRef(start.entry);
  const revision = useRef(start.dirty ? 1 : 0);
  const savedRevision = useRef(0);
  const untouched = useRef(options.isNew === true && !start.dirty);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);

  const setState = useCallback((next: SaveState) => {
    stateRef.current = next;
    setStateValue(next);
  }, []);

  const save = useCallback(async (): Promise<SaveState> => {
    // One write at a time, in order: a slow write must never land after a newer one.
    while (running.current) await running.current;
    if (stopped.current || revision.current === savedRevision.current) return stateRef.current;
    const rev = revision.current;
    const snapshot = latest.current;
    const job = (async () => {
      try {
        const result = await saveEntry(db, snapshot);
        if (!result.ok) return setState({ kind: 'error', error: result.error });
        savedRevision.current = rev;
        if (rev === revision.current) {
          void dropDraft(db, snapshot.id);
          setState({ kind: 'saved', at: Date.now() });
        }
      } catch (error) {
        console.error('Saving the entry failed', error);
        setState({ kind: 'error', error: 'write-failed' });
      }
    })();
    running.current = job;
    await job;
    if (running.current === job) running.current = null;
    return stateRef.current;
  }, [db, setState]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    flushDraft(db, latest.current.id);
    return save();
  }, [db, save]);

  const update = useCallback(
    (change: (entry: Entry) => Entry) => {
      if (stopped.current) return;
      let next = change(latest.current);
      if (untouched.current) {
        // A blank entry is stamped with the moment the user starts it, not when the screen opened.
        const now = Date.now();
        next = { ...next, time: timeOf(new Date(now)), createdAt: now, updatedAt: now };
        untouched.current = false;
      }
      latest.current = next;
      revision.current += 1;
      saveDraft(db, next, Date.now());
      setEntry(next);
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), delayMs);
    },
    [db, delayMs, save, setState],
  );

  const stop = useCallback(async () => {
    stopped.current = true;
    clearTimeout(timer.current);
    while (running.current) await running.current;
    await dropDraft(db, latest.current.id);
  }, [db]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    // A draft newer than the database (restored after a crash) is saved right away.
    if (revision.current !== savedRevision.current) timer.current = setTimeout(() => void save(), 0);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      void flush();
    };
  }, [flush, save]);

  return { entry, state, update, flush, stop };
}
