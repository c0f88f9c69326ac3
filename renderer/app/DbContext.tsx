import { createContext, useContext, type ReactNode } from 'react';
import type { HumeurDb } from '../db/schema';

const DbContext = createContext<HumeurDb | null>(null);

export function DbProvider({ db, children }: { db: HumeurDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The open journal database; tests pass their own (fake-indexeddb) through DbProvider. */
export function useDb(): HumeurDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
