import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { primedValue, type LiveRead } from '../../app/firstReads';
import type { HumeurDb } from '../../db/schema';
import { hasAnyRecord } from '../../db/exists';

/** Whether the journal holds any entry or client. */
export const hasJournalRead = (db: HumeurDb): LiveRead<boolean> => ({
  key: 'has-journal',
  read: async () => {
    // One record of either is enough: counting a long journal would read every key.
    const [entries, clients] = await Promise.all([hasAnyRecord(db.entries), hasAnyRecord(db.clients)]);
    return entries || clients;
  },
});

/**
 * True on a first run: the welcome was never finished and the journal is empty. A journal that
 * already has entries or clients (an update from an older version, a restore) is not a first run:
 * the welcome is marked done without being shown. undefined while the journal is being read.
 */
export function useWelcomeGate(): boolean | undefined {
  const db = useDb();
  const { settings, update } = useSettings();
  const done = settings.welcomeDone;
  const read = hasJournalRead(db);
  const hasJournal = useLiveQuery(async () => (done ? true : await read.read()), [db, done], done ? undefined : primedValue<boolean>(db, read.key));
  useEffect(() => {
    if (!done && hasJournal === true) void update({ welcomeDone: true });
  }, [done, hasJournal, update]);
  if (done) return false;
  return hasJournal === undefined ? undefined : !hasJournal;
}
