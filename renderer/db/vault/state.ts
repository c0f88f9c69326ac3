/**
 * The vault: whether the journal is protected, and while it is unlocked, its keys and the
 * plaintext of every sealed record, decrypted once at unlock. Reads stay synchronous (a lookup
 * here, checked against the record's IV) so repositories can open records inside Dexie
 * transactions and live queries, where awaiting WebCrypto would end the transaction.
 * One vault per database object (tests open several).
 */
import MiniSearch from 'minisearch';
import type { EntryText, IdealCriterion, Settings } from '../../../shared/domain/types';
import type { JournalKeys } from '../../../shared/privacy/keys';
import { sameBytes } from '../../../shared/privacy/bytes';
import type { Sealed } from '../../../shared/privacy/aead';

export type VaultStatus = 'off' | 'locked' | 'unlocked';

/** The protected fields of each table, as sealed in one envelope per record. */
export interface EntrySecret {
  text: EntryText;
}
export interface ClientSecret {
  name: string;
  notes: string;
  idealCriteria?: IdealCriterion[];
}
export interface SignalSecret {
  label: EntryText;
}
/** The user's own words in the settings: the shared ideal-client checklist (null: the defaults). */
export interface SettingsSecret {
  idealCriteria: Settings['idealCriteria'];
}
export type SealedTable = 'entries' | 'clients' | 'signals' | 'drafts' | 'settings';

interface Opened<T> {
  iv: Uint8Array;
  value: T;
}

/** A record whose ciphertext failed authentication (tampered, or written with another key). */
export interface DamagedRecord {
  table: SealedTable;
  id: string;
  /** The entry's day, when the damaged record is an entry. */
  day?: string;
}

export interface UnlockTimings {
  kdfMs: number;
  decryptMs: number;
  indexMs: number;
  records: number;
}

type Listener = () => void;

export class Vault {
  status: VaultStatus = 'off';
  keys: JournalKeys | null = null;
  readonly entries = new Map<string, Opened<EntrySecret> & { words: string[] }>();
  readonly clients = new Map<string, Opened<ClientSecret>>();
  readonly signals = new Map<string, Opened<SignalSecret>>();
  /** One record, under "app". */
  readonly settings = new Map<string, Opened<SettingsSecret>>();
  readonly damaged = new Map<string, DamagedRecord>();
  index: MiniSearch<{ id: string; words: string[] }> = newIndex();
  lastUnlock: UnlockTimings | null = null;
  private readonly listeners = new Set<Listener>();
  private pending = new Set<Promise<unknown>>();

  /** Run after the key is open and before the app shows (e.g. putting back the drafts a reload left). */
  readonly beforeShow: Array<() => Promise<unknown>> = [];

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setStatus(status: VaultStatus): void {
    if (this.status === status) return;
    this.status = status;
    for (const l of this.listeners) l();
  }

  /** Sealed records are being written: the app is protected and its key is at hand. */
  get sealing(): boolean {
    return this.status === 'unlocked' && this.keys !== null && this.mode === 'seal';
  }

  /** 'seal' while protection is on (or being turned on), 'plain' while it is off or being turned off. */
  mode: 'seal' | 'plain' = 'plain';

  requireKeys(): JournalKeys {
    if (!this.keys) throw new Error('The journal is locked');
    return this.keys;
  }

  /** Writes in flight finish with the key before it is dropped (a save on unmount as the lock screen appears). */
  track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise)).catch(() => undefined);
    return promise;
  }

  async settle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  forget(): void {
    this.keys = null;
    this.entries.clear();
    this.clients.clear();
    this.signals.clear();
    this.settings.clear();
    this.damaged.clear();
    this.index = newIndex();
  }

  indexEntry(id: string, words: string[]): void {
    if (this.index.has(id)) this.index.discard(id);
    if (words.length) this.index.add({ id, words });
  }

  unindexEntry(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  /** Ids of entries whose words start with every token, e.g. ["ete", "pl"] finds "Été pluvieux". */
  searchIds(tokens: readonly string[]): Set<string> {
    const hits = this.index.search(tokens.join(' '), { prefix: true, combineWith: 'AND' });
    return new Set(hits.map((h) => String(h.id)));
  }
}

function newIndex() {
  // Words are already accent- and case-free search keys (shared/domain/search.ts): index them as they are.
  return new MiniSearch<{ id: string; words: string[] }>({
    fields: ['words'],
    extractField: (doc, field) => (field === 'words' ? doc.words.join(' ') : String(doc.id)),
    tokenize: (text) => (text ? text.split(' ') : []),
    processTerm: (term) => term,
    searchOptions: { prefix: true, combineWith: 'AND', tokenize: (text) => (text ? text.split(' ') : []), processTerm: (t) => t },
  });
}

/** The cached plaintext of a sealed record, when this vault opened exactly that ciphertext. */
export function cached<T>(map: Map<string, Opened<T>>, id: string, sealed: Sealed): T | undefined {
  const hit = map.get(id);
  return hit && sameBytes(hit.iv, sealed.iv) ? hit.value : undefined;
}

const vaults = new WeakMap<object, Vault>();

export function vaultOf(db: object): Vault {
  let vault = vaults.get(db);
  if (!vault) vaults.set(db, (vault = new Vault()));
  return vault;
}

/** Associated data of a record's envelope: the table, the record id and the field. */
export const recordAad = (table: SealedTable, id: string, field: string) => `humeur/v1/${table}/${id}/${field}`;
