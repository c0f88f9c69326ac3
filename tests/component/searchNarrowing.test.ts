/** A search typed letter by letter: each narrower word reads only keys, and never shows older records. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../shared/domain/types';
import { addDays } from '../../shared/domain/dates';
import { entryIndexFields, type HumeurDb } from '../../renderer/db/schema';
import { rebuildAllDays } from '../../renderer/db/days';
import { queryEntries, saveEntry, getEntry } from '../../renderer/db/entries';
import { loadTimeline } from '../../renderer/db/timeline';
import { vaultOf } from '../../renderer/db/vault/state';
import { dropTestDb, freshTestDb } from './testDb';

const NOW = Date.UTC(2025, 2, 14, 20);
let db: HumeurDb;

/** 120 days; "réunion" on every 3rd, "réunions" on every 4th, "réussite" on every 5th. */
function journal(): Entry[] {
  return Array.from({ length: 120 }, (_, i) => {
    const words = [i % 3 === 0 ? 'réunion avec Acme' : '', i % 4 === 0 ? 'deux réunions' : '', i % 5 === 0 ? 'une réussite' : ''].filter(Boolean);
    return {
      id: `e${i}`,
      day: addDays('2025-01-01', i),
      time: '21:00',
      kind: 'review' as const,
      mood: 3,
      energy: 3,
      text: { fr: words.join(', ') || 'Journée calme', en: '' },
      clients: [],
      signals: [],
      createdAt: NOW,
      updatedAt: NOW,
    };
  });
}

const ids = (list: Entry[]) => list.map((e) => e.id).sort();

beforeEach(async () => {
  db = await freshTestDb();
  const entries = journal();
  await db.transaction('rw', db.entries, db.days, async () => {
    await db.entries.bulkPut(entries.map((e) => ({ ...e, ...entryIndexFields(e) })));
    await rebuildAllDays(db);
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await dropTestDb(db);
});

describe('a search narrowed one letter at a time', () => {
  it('finds exactly what a search from scratch finds, at every letter', async () => {
    const typed = ['ré', 'réu', 'réun', 'réuni', 'réunio', 'réunion', 'réunions'];
    const fromScratch: string[][] = [];
    for (const text of typed) {
      const other = await freshTestDb();
      await other.entries.bulkPut(journal().map((e) => ({ ...e, ...entryIndexFields(e) })));
      fromScratch.push(ids(await queryEntries(other, { text })));
      await dropTestDb(other);
    }
    for (const [i, text] of typed.entries()) expect(ids(await queryEntries(db, { text })), text).toEqual(fromScratch[i]);
    expect(fromScratch[5]).toHaveLength(new Set([...Array(120).keys()].filter((i) => i % 3 === 0 || i % 4 === 0)).size);
  });

  it('reads only the index’s keys when the next letter narrows the word', async () => {
    await queryEntries(db, { text: 'réunio' });
    const bulkGet = vi.spyOn(db.entries, 'bulkGet');
    const found = await queryEntries(db, { text: 'réunion' });
    expect(found.length).toBeGreaterThan(0);
    expect(bulkGet).not.toHaveBeenCalled();
    // A different word reads its records.
    await queryEntries(db, { text: 'calme' });
    expect(bulkGet).toHaveBeenCalledTimes(1);
  });

  it('shows an entry as it is now after it was edited between two keystrokes', async () => {
    await loadTimeline(db, { text: 'réunio' }, 200);
    const before = (await getEntry(db, 'e3'))!;
    const saved = await saveEntry(db, { ...before, text: { fr: 'réunion annulée', en: '' } });
    if (!saved.ok) throw new Error(saved.error);
    await new Promise((r) => setTimeout(r, 20));
    const page = await loadTimeline(db, { text: 'réunion' }, 200);
    const shown = page.days.flatMap((d) => d.entries).find((e) => e.id === 'e3');
    expect(shown?.text.fr).toBe('réunion annulée');
  });

  it('forgets the records when the private journal locks', async () => {
    await queryEntries(db, { text: 'réunio' });
    vaultOf(db).setStatus('locked');
    vaultOf(db).setStatus('off');
    const bulkGet = vi.spyOn(db.entries, 'bulkGet');
    await queryEntries(db, { text: 'réunion' });
    expect(bulkGet).toHaveBeenCalledTimes(1);
  });
});
