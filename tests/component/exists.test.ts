/** "Is there anything yet?" reads one key, never a count of the whole journal. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HumeurDb } from '../../renderer/db/schema';
import { hasAnyRecord } from '../../renderer/db/exists';
import { hasJournalRead } from '../../renderer/features/welcome/useWelcomeGate';
import { journalIsEmptyRead } from '../../renderer/features/emptyStates';
import { dropTestDb, freshTestDb } from './testDb';

let db: HumeurDb;
beforeEach(async () => {
  db = await freshTestDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await dropTestDb(db);
});

const client = { id: 'c1', name: 'Acme', nameKey: 'acme', status: 'active', color: '#123456', createdAt: 1, updatedAt: 1 };
const entry = (i: number) => ({ id: `e${i}`, day: '2025-03-14', time: '21:00', kind: 'review', mood: 3, energy: 3, text: { fr: '', en: '' }, clients: [], signals: [], createdAt: 1, updatedAt: 1, clientIds: [], words: [] });

describe('hasAnyRecord', () => {
  it('answers for an empty table, one record and many', async () => {
    expect(await hasAnyRecord(db.entries)).toBe(false);
    await db.entries.bulkPut([entry(1)] as never);
    expect(await hasAnyRecord(db.entries)).toBe(true);
    await db.entries.bulkPut(Array.from({ length: 50 }, (_, i) => entry(i + 2)) as never);
    expect(await hasAnyRecord(db.entries)).toBe(true);
  });

  it('never counts the store (a count reads every key of a long journal)', async () => {
    await db.entries.bulkPut(Array.from({ length: 20 }, (_, i) => entry(i)) as never);
    const count = vi.spyOn(IDBObjectStore.prototype, 'count');
    const indexCount = vi.spyOn(IDBIndex.prototype, 'count');
    expect(await hasAnyRecord(db.entries)).toBe(true);
    expect(await journalIsEmptyRead(db).read()).toBe(false);
    expect(await hasJournalRead(db).read()).toBe(true);
    expect(count).not.toHaveBeenCalled();
    expect(indexCount).not.toHaveBeenCalled();
  });

  it('sees a journal of clients only as a journal, and an empty one as empty', async () => {
    expect(await hasJournalRead(db).read()).toBe(false);
    expect(await journalIsEmptyRead(db).read()).toBe(true);
    await db.clients.put(client as never);
    expect(await hasJournalRead(db).read()).toBe(true);
    expect(await journalIsEmptyRead(db).read()).toBe(true);
  });
});
