import type { DayKey } from '../../../shared/domain/types';
import { getEntry, saveEntry } from '../../db/entries';
import type { HumeurDb } from '../../db/schema';
import { allDraftsDurable, dropDraft } from './drafts';

/**
 * Writes to the database the drafts a crash left behind on other days than `shownDay` (whose
 * editor restores its own), e.g. a missed evening being filled in when the window died.
 * Both copies are read (drafts.ts), the newer of each wins: after a killed browser the durable one
 * may be the only one. A draft older than its stored entry is dropped. Resolves to the number of
 * entries recovered.
 */
export async function recoverDrafts(db: HumeurDb, shownDay: DayKey): Promise<number> {
  let recovered = 0;
  for (const draft of await allDraftsDurable(db)) {
    if (draft.entry.day === shownDay) continue;
    const stored = await getEntry(db, draft.entry.id);
    if (stored && stored.updatedAt >= draft.changedAt) {
      await dropDraft(db, draft.entry.id);
      continue;
    }
    const result = await saveEntry(db, draft.entry);
    // A draft that cannot be saved (say, its client is gone) stays for its editor to show the reason.
    if (result.ok) {
      await dropDraft(db, draft.entry.id);
      recovered += 1;
    }
  }
  return recovered;
}
