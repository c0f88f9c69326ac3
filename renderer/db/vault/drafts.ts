/**
 * Drafts of entries being typed, under protection: the durable copy in the `drafts` table is
 * sealed like an entry (its texts encrypted, with the draft's id and "text" as associated data),
 * and the quick synchronous copy stays in memory instead of localStorage, which cannot wait for
 * WebCrypto. After a reload, the sealed durable copy (at most ¼ s behind) is opened at unlock.
 */
import { isSealed, openJson, sealJson, type Sealed } from '../../../shared/privacy/aead';
import type { EntryText } from '../../../shared/domain/types';
import type { DraftRecord } from '../schema';
import { recordAad, type Vault } from './state';

export type StoredDraft = DraftRecord & { sealed?: Sealed };

export async function sealDraft(vault: Vault, record: DraftRecord): Promise<StoredDraft> {
  if (!vault.sealing) return record;
  const sealed = await vault.track(sealJson(vault.requireKeys().records, { text: record.entry.text }, recordAad('drafts', record.id, 'text')));
  return { ...record, entry: { ...record.entry, text: { fr: '', en: '' } }, sealed };
}

/** The drafts as typed; a sealed one that does not open (locked, or tampered with) is left out. */
export async function openDrafts(vault: Vault, records: StoredDraft[]): Promise<DraftRecord[]> {
  const opened = await Promise.all(
    records.map(async (record): Promise<DraftRecord | null> => {
      if (!isSealed(record.sealed)) return record;
      if (!vault.keys) return null;
      try {
        const { text } = await openJson<{ text: EntryText }>(vault.keys.records, record.sealed, recordAad('drafts', record.id, 'text'));
        const { sealed: _s, ...rest } = record;
        return { ...rest, entry: { ...rest.entry, text } };
      } catch {
        return null;
      }
    }),
  );
  return opened.filter((d): d is DraftRecord => d !== null);
}
