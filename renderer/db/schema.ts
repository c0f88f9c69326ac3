import Dexie, { type EntityTable } from 'dexie';
import { DEFAULT_SETTINGS, type Client, type DaySummary, type Entry, type Settings, type Signal } from '../../shared/domain/types';
import { summariseDay } from '../../shared/domain/daySummary';
import { searchWords } from '../../shared/domain/search';
import type { Sealed } from '../../shared/privacy/aead';
import { mergeClientCriteria } from '../../shared/domain/criteria';

/** An entry as stored: the domain record plus index fields derived from it on every write. */
export interface StoredEntry extends Entry {
  /** Client ids, for the multi-entry index (filter the journal by client). */
  clientIds: string[];
  /** Accent- and case-free words of both texts, for the search index ("ete" finds "été"). */
  words: string[];
  /** "daylio:3f2a…" for imported entries, so re-importing adds nothing. */
  sourceKey?: string;
  /** With protection on: both texts, encrypted (`text` is then blank and `words` empty). */
  sealed?: Sealed;
}

/** A client as stored: `nameKey` is the lower-case name, unique so "Acme" and "ACME" cannot both exist. */
export interface StoredClient extends Client {
  /** With protection on, a keyed digest of the lower-case name ("#…"), never the name itself. */
  nameKey: string;
  /** With protection on: name, notes and ideal-client criteria, encrypted (name and notes blank). */
  sealed?: Sealed;
}

/** A signal as stored; the user's own labels are encrypted with protection on. */
export interface StoredSignal extends Signal {
  sealed?: Sealed;
}

export interface StoredSettings extends Settings {
  key: 'app';
  /** With protection on: the shared ideal-client checklist, sealed (`idealCriteria` is then null). See vault/settingsSecret.ts. */
  sealed?: Sealed;
}

/** Small app facts that are not user settings, e.g. the day of the last automatic backup. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * The durable copy of an entry being typed (renderer/features/today/drafts.ts is its only reader
 * and writer): the entry as the editor holds it and the moment of its last change.
 */
export interface DraftRecord {
  id: string;
  entry: Entry;
  changedAt: number;
  /** With protection on: the entry's texts, encrypted (the entry's own texts are then blank). */
  sealed?: Sealed;
}

export type HumeurDb = Dexie & {
  clients: EntityTable<StoredClient, 'id'>;
  entries: EntityTable<StoredEntry, 'id'>;
  signals: EntityTable<StoredSignal, 'id'>;
  settings: EntityTable<StoredSettings, 'key'>;
  /** One compact record per day: everything Insights reads, no text. */
  days: EntityTable<DaySummary, 'day'>;
  meta: EntityTable<MetaRecord, 'key'>;
  /** Entries being typed, kept durable within ¼ s of each change (see drafts.ts). */
  drafts: EntityTable<DraftRecord, 'id'>;
};

export const DB_NAME = 'humeur';

export function entryIndexFields(entry: Entry): Pick<StoredEntry, 'clientIds' | 'words' | 'sourceKey'> {
  return {
    clientIds: entry.clients.map((c) => c.clientId),
    words: searchWords(entry.text.fr, entry.text.en),
    sourceKey: entry.source ? `${entry.source.app}:${entry.source.id}` : undefined,
  };
}

/** An entry as the database stores it: with its index fields, and no `sourceKey` unless imported. */
export function toStoredEntry(entry: Entry): StoredEntry {
  const stored: StoredEntry = { ...entry, ...entryIndexFields(entry) };
  if (stored.sourceKey === undefined) delete stored.sourceKey;
  return stored;
}

/**
 * Versions are append-only: never edit a published version, add the next one with its upgrade.
 * v1: clients, entries (day, clients), signals, settings.
 * v2: the search index on entries, import source keys, the compact `days` table for Insights,
 *     and `meta`; the upgrade fills them from the v1 entries.
 * v3: one ideal-client checklist for every client, in the settings record; the upgrade gathers
 *     each client's own list into it (same label kept once) and keeps each client's ticks.
 * v4: the `drafts` table. It starts empty, with nothing to convert: the drafts an older version
 *     left in localStorage are still read from there.
 */
export function openHumeurDb(name: string = DB_NAME): HumeurDb {
  const db = new Dexie(name) as HumeurDb;
  db.version(1).stores({
    clients: 'id, &nameKey, status',
    entries: 'id, day, *clientIds, updatedAt',
    signals: 'id',
    settings: 'key',
  });
  db.version(2)
    .stores({
      entries: 'id, day, *clientIds, updatedAt, *words, sourceKey',
      days: 'day',
      meta: 'key',
    })
    .upgrade(async (tx) => {
      const byDay = new Map<string, Entry[]>();
      await tx
        .table('entries')
        .toCollection()
        .modify((entry: StoredEntry) => {
          Object.assign(entry, entryIndexFields(entry));
          if (entry.sourceKey === undefined) delete entry.sourceKey;
          const list = byDay.get(entry.day) ?? [];
          list.push(entry);
          byDay.set(entry.day, list);
        });
      await tx.table('days').bulkPut([...byDay].map(([day, entries]) => summariseDay(day, entries)));
    });
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      const clients = (await tx.table('clients').toArray()) as StoredClient[];
      const { list, ticks } = mergeClientCriteria(clients);
      if (!list) return;
      await tx
        .table('clients')
        .toCollection()
        .modify((client: StoredClient) => {
          if (ticks[client.id]) client.idealCriteria = ticks[client.id];
        });
      const settings = (await tx.table('settings').get('app')) as StoredSettings | undefined;
      await tx.table('settings').put({ ...DEFAULT_SETTINGS, ...settings, key: 'app', idealCriteria: list });
    });
  db.version(4).stores({ drafts: 'id' });
  return db;
}
