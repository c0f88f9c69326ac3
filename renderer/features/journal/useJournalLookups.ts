import { useLiveQuery } from 'dexie-react-hooks';
import type { Client, Signal } from '../../../shared/domain/types';
import { listClients, sortClients } from '../../db/clients';
import { listSignals, sortSignals } from '../../db/signals';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';

export interface JournalLookups {
  clients: Client[];
  signals: Signal[];
  clientById: Map<string, Client>;
  signalById: Map<string, Signal>;
}

/** Clients and signals by id, for chips, labels and the filter lists; undefined while loading. */
export function useJournalLookups(): JournalLookups | undefined {
  const db = useDb();
  const { lang } = useT();
  return useLiveQuery(async () => {
    const [clients, signals] = await Promise.all([listClients(db), listSignals(db)]);
    return {
      clients: sortClients(clients, lang),
      signals: sortSignals(signals, lang),
      clientById: new Map(clients.map((c) => [c.id, c])),
      signalById: new Map(signals.map((s) => [s.id, s])),
    };
  }, [db, lang]);
}
