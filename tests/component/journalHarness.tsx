/**
 * Renders the Journal as the app does (database, settings, toasts, hash route) on a fresh
 * fake-indexeddb database, with entries saved through the real repositories.
 */
import { configure } from '@testing-library/react';
import type { Entry, Lang } from '../../shared/domain/types';
import type { HumeurDb } from '../../renderer/db/schema';
import { blankEntry, saveEntry } from '../../renderer/db/entries';
import { createClient } from '../../renderer/db/clients';
import { useRoute } from '../../renderer/app/route';
import { JournalScreen } from '../../renderer/features/journal/JournalScreen';
import { dropTestDb, openTestDb, renderWithApp } from './testDb';

// A live query, a fake-indexeddb transaction and a render can take more than the default second
// on a busy two-core machine; waiting longer only slows tests that would fail anyway.
configure({ asyncUtilTimeout: 5000 });

export const NOW = new Date(2025, 2, 14, 20, 30).getTime();
export const TODAY = '2025-03-14';

function RoutedJournal() {
  const route = useRoute();
  return <JournalScreen entryId={route.screen === 'journal' ? route.param : undefined} />;
}

export interface JournalFixture {
  db: HumeurDb;
  clients: Record<string, string>;
  save(entry: Partial<Entry> & Pick<Entry, 'day'>): Promise<Entry>;
  close(): Promise<void>;
}

/** A journal with clients "Acme Studio" and "Atelier Éole"; returns helpers to add entries. */
export async function journalFixture(settings: { language?: Lang; weekStartsOn?: 0 | 1 } = {}): Promise<JournalFixture> {
  const db = await openTestDb(settings.language ?? 'fr', { now: NOW, settings: { weekStartsOn: settings.weekStartsOn ?? 1 } });
  const clients: Record<string, string> = {};
  for (const name of ['Acme Studio', 'Atelier Éole']) {
    const result = await createClient(db, { name }, NOW);
    if (!result.ok) throw new Error(result.error);
    clients[name] = result.value.id;
  }
  let n = 0;
  return {
    db,
    clients,
    async save(patch) {
      const entry = { ...blankEntry(patch.day, '21:00', 'review', NOW + n++), ...patch };
      const result = await saveEntry(db, entry, { now: entry.updatedAt, today: TODAY });
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
    close: () => dropTestDb(db),
  };
}

/** Renders the Journal at a hash route, e.g. "#/journal" or "#/journal/<entryId>". */
export function renderJournal(db: HumeurDb, hash = '#/journal') {
  window.location.hash = hash;
  return renderWithApp(<RoutedJournal />, db);
}
