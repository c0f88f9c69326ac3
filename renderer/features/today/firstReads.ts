import type { Client, DayKey, Entry, Signal } from '../../../shared/domain/types';
import type { LiveRead } from '../../app/firstReads';
import type { HumeurDb } from '../../db/schema';
import { entriesOfDay } from '../../db/entries';
import { listClients } from '../../db/clients';
import { listSignals } from '../../db/signals';
import { memoriesRead } from './OnThisDay';
import { signalUsageRead } from './useSignalUsage';

/** How many entries `day` has. */
export const todayCountRead = (db: HumeurDb, day: DayKey): LiveRead<number> => ({
  key: `day-count:${day}`,
  read: () => db.entries.where('day').equals(day).count(),
});

/** The entries stored for `day`. */
export const dayEntriesRead = (db: HumeurDb, day: DayKey): LiveRead<Entry[]> => ({
  key: `day-entries:${day}`,
  read: () => entriesOfDay(db, day),
});

export const clientsRead = (db: HumeurDb): LiveRead<Client[]> => ({ key: 'clients', read: () => listClients(db) });

export const signalsRead = (db: HumeurDb): LiveRead<Signal[]> => ({ key: 'signals', read: () => listSignals(db) });

/** Everything Today reads to draw `today` (the route without a day), for readAhead. */
export function todayFirstReads(db: HumeurDb, today: DayKey): LiveRead<unknown>[] {
  return [todayCountRead(db, today), dayEntriesRead(db, today), clientsRead(db), signalsRead(db), signalUsageRead(db, today), memoriesRead(db, today)];
}
