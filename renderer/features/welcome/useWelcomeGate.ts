import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';

/**
 * True on a first run: the welcome was never finished and the journal is empty. A journal that
 * already has entries or clients (an update from an older version, a restore) is not a first run:
 * the welcome is marked done without being shown. undefined while the journal is being read.
 */
export function useWelcomeGate(): boolean | undefined {
  const db = useDb();
  const { settings, update } = useSettings();
  const done = settings.welcomeDone;
  const hasJournal = useLiveQuery(async () => (done ? true : (await db.entries.count()) + (await db.clients.count()) > 0), [db, done]);
  useEffect(() => {
    if (!done && hasJournal === true) void update({ welcomeDone: true });
  }, [done, hasJournal, update]);
  if (done) return false;
  return hasJournal === undefined ? undefined : !hasJournal;
}
