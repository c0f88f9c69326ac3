/**
 * Sealing and opening records, table by table: the one place that knows which fields the user
 * wrote. Entries: both texts. Clients: name, notes and ideal-client criteria (the unique name
 * index keeps a keyed digest instead of the lower-case name). Signals: the user's own labels.
 * Everything else (dates, ratings, ids, hours) stays as it is, so the day records and Insights
 * never decrypt anything. A record without `sealed` is plaintext and reads as it is, which is
 * what makes turning protection on or off resumable record by record.
 */
import type { Entry, EntryText, Signal } from '../../../shared/domain/types';
import { searchWords } from '../../../shared/domain/search';
import { isSealed, openJson, sealJson, type Sealed } from '../../../shared/privacy/aead';
import { nameDigest } from '../../../shared/privacy/keys';
import { cached, recordAad, vaultOf, type ClientSecret, type EntrySecret, type SignalSecret, type Vault } from './state';
import type { StoredClient, StoredEntry, StoredSignal } from '../schema';

const EMPTY_TEXT: EntryText = { fr: '', en: '' };

export const isSealedRecord = (record: { sealed?: unknown }): record is { sealed: Sealed } => isSealed(record.sealed);

/* ---------- entries ---------- */

export async function sealEntry(vault: Vault, stored: StoredEntry): Promise<StoredEntry> {
  if (!vault.sealing) return stored;
  const keys = vault.requireKeys();
  const secret: EntrySecret = { text: stored.text };
  const sealed = await sealJson(keys.records, secret, recordAad('entries', stored.id, 'text'));
  const words = stored.words.length ? stored.words : searchWords(stored.text.fr, stored.text.en);
  vault.entries.set(stored.id, { iv: sealed.iv, value: secret, words });
  vault.indexEntry(stored.id, words);
  return { ...stored, text: EMPTY_TEXT, words: [], sealed };
}

/** The record with its texts and words back, or blank texts when it cannot be read here (see `damaged`). */
export function openEntryRecord(vault: Vault, stored: StoredEntry): StoredEntry {
  if (!isSealedRecord(stored)) return stored;
  const hit = vault.entries.get(stored.id);
  const value = cached(vault.entries, stored.id, stored.sealed);
  if (!value || !hit) return { ...stored, text: EMPTY_TEXT, words: [] };
  return { ...stored, text: value.text, words: hit.words };
}

/* ---------- clients ---------- */

export async function sealClient(vault: Vault, stored: StoredClient): Promise<StoredClient> {
  if (!vault.sealing) return stored;
  const keys = vault.requireKeys();
  const secret: ClientSecret = { name: stored.name, notes: stored.notes };
  if (stored.idealCriteria) secret.idealCriteria = stored.idealCriteria;
  const [sealed, nameKey] = await Promise.all([sealJson(keys.records, secret, recordAad('clients', stored.id, 'client')), nameDigest(keys, stored.nameKey)]);
  vault.clients.set(stored.id, { iv: sealed.iv, value: secret });
  const record: StoredClient = { ...stored, name: '', notes: '', nameKey, sealed };
  delete record.idealCriteria;
  return record;
}

export function openClientRecord(vault: Vault, stored: StoredClient): StoredClient {
  if (!isSealedRecord(stored)) return stored;
  const value = cached(vault.clients, stored.id, stored.sealed);
  if (!value) return { ...stored, name: `⚠ ${stored.id.slice(0, 8)}` };
  const record: StoredClient = { ...stored, ...value };
  if (!value.idealCriteria) delete record.idealCriteria;
  return record;
}

/** The value of the unique name index for a name key ("acme"): itself, or its digest when sealing. */
export async function nameIndexKey(vault: Vault, nameKey: string): Promise<string> {
  return vault.sealing ? nameDigest(vault.requireKeys(), nameKey) : nameKey;
}

/* ---------- signals ---------- */

export async function sealSignal(vault: Vault, signal: StoredSignal): Promise<StoredSignal> {
  // Built-in signals are the app's words, the same in every journal: nothing of the user's to hide.
  if (!vault.sealing || signal.builtin) return signal;
  const keys = vault.requireKeys();
  const secret: SignalSecret = { label: signal.label };
  const sealed = await sealJson(keys.records, secret, recordAad('signals', signal.id, 'label'));
  vault.signals.set(signal.id, { iv: sealed.iv, value: secret });
  return { ...signal, label: EMPTY_TEXT, sealed };
}

export function openSignalRecord(vault: Vault, stored: StoredSignal): Signal {
  if (!isSealedRecord(stored)) {
    const { sealed: _s, ...signal } = stored;
    return signal;
  }
  const value = cached(vault.signals, stored.id, stored.sealed);
  const { sealed: _s, ...signal } = stored;
  return { ...signal, label: value ? value.label : { fr: '⚠', en: '⚠' } };
}

/* ---------- opening everything at unlock ---------- */

type AnyStored = { table: 'entries'; record: StoredEntry } | { table: 'clients'; record: StoredClient } | { table: 'signals'; record: StoredSignal };

/**
 * Decrypts one sealed record into the vault's cache. A record that fails authentication (a
 * flipped bit, a ciphertext moved from another record) is listed in `damaged`; the others open.
 */
export async function openIntoCache(vault: Vault, item: AnyStored): Promise<void> {
  const keys = vault.requireKeys();
  const { record } = item;
  if (!isSealedRecord(record)) return;
  try {
    if (item.table === 'entries') {
      const value = await openJson<EntrySecret>(keys.records, record.sealed, recordAad('entries', record.id, 'text'));
      const words = searchWords(value.text.fr, value.text.en);
      vault.entries.set(record.id, { iv: record.sealed.iv, value, words });
    } else if (item.table === 'clients') {
      vault.clients.set(record.id, { iv: record.sealed.iv, value: await openJson<ClientSecret>(keys.records, record.sealed, recordAad('clients', record.id, 'client')) });
    } else {
      vault.signals.set(record.id, { iv: record.sealed.iv, value: await openJson<SignalSecret>(keys.records, record.sealed, recordAad('signals', record.id, 'label')) });
    }
  } catch {
    const day = item.table === 'entries' ? item.record.day : undefined;
    vault.damaged.set(`${item.table}:${record.id}`, { table: item.table, id: record.id, day });
  }
}

/** True when a save would overwrite a record this vault could not read (it would lose its text). */
export function isUnreadable(db: object, table: 'entries' | 'clients' | 'signals', id: string): boolean {
  return vaultOf(db).damaged.has(`${table}:${id}`);
}

export type { Entry };

/**
 * Whether a stored entry may be overwritten: plaintext, or sealed and known to this vault (the
 * save being written has already replaced the cached version, so only the id is compared).
 * A sealed entry it could not read (tampered, or never opened here) keeps its text.
 */
export function isWritable(vault: Vault, stored: { id: string; sealed?: unknown }): boolean {
  if (!isSealedRecord(stored)) return true;
  return vault.entries.has(stored.id) && !vault.damaged.has(`entries:${stored.id}`);
}

/** Records made ready for a write transaction: sealed when protection is on, plain otherwise. */
export interface ReadyRecords {
  clients: Map<string, StoredClient>;
  signals: Map<string, StoredSignal>;
  entries: Map<string, StoredEntry>;
}

/**
 * Prepares many records at once (an import, a restore) before their transaction. Entries keep
 * their client links in clear, so a merge may still relink them afterwards (`entryAsReady`).
 */
export async function prepareRecords(
  vault: Vault,
  items: { clients: StoredClient[]; signals: StoredSignal[]; entries: StoredEntry[] },
): Promise<ReadyRecords> {
  const [clients, signals, entries] = await vault.track(
    Promise.all([
      Promise.all(items.clients.map((c) => sealClient(vault, c))),
      Promise.all(items.signals.map((s) => sealSignal(vault, s))),
      Promise.all(items.entries.map((e) => sealEntry(vault, e))),
    ]),
  );
  return {
    clients: new Map(clients.map((c) => [c.id, c])),
    signals: new Map(signals.map((s) => [s.id, s])),
    entries: new Map(entries.map((e) => [e.id, e])),
  };
}

/** The prepared record of an entry, with the entry's (possibly relinked) clients. */
export function entryAsReady(ready: ReadyRecords, entry: Entry): StoredEntry {
  const stored = ready.entries.get(entry.id);
  if (!stored) throw new Error(`entry ${entry.id} was not prepared`);
  return { ...stored, clients: entry.clients, clientIds: entry.clients.map((c) => c.clientId) };
}

export function readyOrThrow<T>(map: Map<string, T>, id: string): T {
  const record = map.get(id);
  if (!record) throw new Error(`record ${id} was not prepared`);
  return record;
}
