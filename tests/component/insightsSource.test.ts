import { DEFAULT_SETTINGS } from '../../shared/domain/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HumeurDb } from '../../renderer/db/schema';
import { toStoredEntry } from '../../renderer/db/schema';
import { toStoredClient } from '../../renderer/db/clients';
import { rebuildAllDays } from '../../renderer/db/days';
import { saveEntry } from '../../renderer/db/entries';
import { InsightsSource } from '../../renderer/features/insights/insightsSource';
import { insightsOf, isComputed, precomputeWhenIdle, type InsightsParams } from '../../renderer/features/insights/insightsCache';
import { computeInsights } from '../../shared/stats';
import { addDays, todayKey } from '../../shared/domain/dates';
import { generateJournal } from '../../shared/sample';
import { dropTestDb, freshTestDb } from './testDb';

let db: HumeurDb;
let source: InsightsSource;
/** Idle work runs when the test says so. */
let idleQueue: (() => void)[];
beforeEach(async () => {
  db = await freshTestDb();
  idleQueue = [];
  source = new InsightsSource(db, (run) => {
    idleQueue.push(run);
    return () => (idleQueue = idleQueue.filter((r) => r !== run));
  });
});
afterEach(async () => {
  source.stop();
  await dropTestDb(db);
});

async function seed(days = 60) {
  const journal = generateJournal({ seed: 4, start: addDays(todayKey(), -days + 1), days, clients: 3 });
  await db.clients.bulkAdd(journal.clients.map(toStoredClient));
  await db.entries.bulkAdd(journal.entries.map(toStoredEntry));
  await rebuildAllDays(db);
  return journal;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('InsightsSource', () => {
  it('reads the days, clients and signals once, and gives the same snapshot until something changes', async () => {
    const journal = await seed();
    expect(source.current()).toBeUndefined();
    await source.start();
    const first = source.current()!;
    expect(first.days).toHaveLength(await db.days.count());
    expect(first.clients.map((c) => c.id).sort()).toEqual(journal.clients.map((c) => c.id).sort());
    await source.start();
    expect(source.current()).toBe(first);
  });

  it('never shows a copy older than a save: stale at once, read again for a subscriber', async () => {
    const journal = await seed();
    let notified = 0;
    const unsubscribe = source.subscribe(() => notified++);
    await until(() => source.current() !== undefined);
    const before = source.current()!;
    const entry = journal.entries[journal.entries.length - 1];
    const result = await saveEntry(db, { ...entry, mood: entry.mood === 1 ? 5 : 1, kind: 'review' });
    expect(result.ok).toBe(true);
    // The save's own transaction has committed: the old copy is not current any more.
    expect(source.current()).toBeUndefined();
    await until(() => source.current() !== undefined);
    const after = source.current()!;
    expect(after).not.toBe(before);
    expect(after.days.find((d) => d.day === entry.day)).toEqual(await db.days.get(entry.day));
    expect(notified).toBeGreaterThanOrEqual(2);
    unsubscribe();
  });

  it('reads a change made while nobody looks when the browser is idle, not before', async () => {
    await seed();
    await source.start();
    await db.clients.update((await db.clients.toArray())[0].id, { name: 'Renamed Ltd' });
    expect(source.current()).toBeUndefined();
    expect(idleQueue).toHaveLength(1);
    idleQueue.shift()!();
    await until(() => source.current() !== undefined);
    expect(source.current()!.clients.map((c) => c.name)).toContain('Renamed Ltd');
  });

  it('ignores writes to tables Insights does not read', async () => {
    await seed();
    await source.start();
    const snapshot = source.current();
    await db.settings.put({ key: 'app', ...DEFAULT_SETTINGS, language: 'en', theme: 'dark' });
    expect(source.current()).toBe(snapshot);
    expect(idleQueue).toHaveLength(0);
  });
});

describe('insightsCache', () => {
  const params: InsightsParams = { metric: 'energy', clientFilter: 'all', weekStartsOn: 1, year: null };

  it('computes each choice once per snapshot, and exactly what computeInsights gives', async () => {
    await seed();
    await source.start();
    const data = source.current()!;
    const first = insightsOf(data, params);
    expect(insightsOf(data, { ...params })).toBe(first);
    const rates = Object.fromEntries(data.clients.filter((c) => c.hourlyRate !== undefined && c.currency).map((c) => [c.id, { rate: c.hourlyRate!, currency: c.currency! }]));
    expect(first).toEqual(computeInsights(data.days, { metric: 'energy', weekStartsOn: 1, rates }));
    const mood = insightsOf(data, { ...params, metric: 'mood' });
    expect(mood).not.toBe(first);
    expect(mood.metric).toBe('mood');
    // The active filter leaves out the ended and paused clients.
    const active = insightsOf(data, { ...params, clientFilter: 'active' });
    const activeIds = data.clients.filter((c) => c.status === 'active').map((c) => c.id);
    expect(active.clients.every((c) => activeIds.includes(c.clientId))).toBe(true);
  });

  it('precomputes the likely next choices one by one, and can be cancelled', async () => {
    await seed();
    await source.start();
    const data = source.current()!;
    const from = addDays(todayKey(), -20);
    const choices: InsightsParams[] = [
      { ...params, metric: 'mood' },
      { ...params, from },
    ];
    const cancel = precomputeWhenIdle(data, choices);
    await until(() => choices.every((c) => isComputed(data, c)));
    cancel();
    const later: InsightsParams = { ...params, metric: 'mood', from };
    precomputeWhenIdle(data, [later])();
    await new Promise((r) => setTimeout(r, 120));
    expect(isComputed(data, later)).toBe(false);
  });
});
