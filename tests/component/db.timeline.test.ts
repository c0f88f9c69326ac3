import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/types';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { entryIndexFields, type HumeurDb } from '../../renderer/db/schema';
import { rebuildAllDays } from '../../renderer/db/days';
import { isNarrowed, loadTimeline } from '../../renderer/db/timeline';
import { dropTestDb, freshTestDb } from './testDb';

const NOW = Date.UTC(2025, 2, 14, 20);
const LAST = '2025-03-14';
const FIRST = '2015-03-15';
let db: HumeurDb;

async function freshDb() {
  db = await freshTestDb();
}
const dropDb = () => dropTestDb(db);

/**
 * Ten years, one evening review a day except every 10th day, plus a morning note every 7th day;
 * "été" in the text of every 100th day, Acme on even days.
 */
function tenYears(): Entry[] {
  const list: Entry[] = [];
  const span = daysBetween(FIRST, LAST);
  for (let i = 0; i <= span; i++) {
    if (i % 10 === 9) continue;
    const day = addDays(FIRST, i);
    const base = { day, clients: i % 2 ? [] : [{ clientId: 'acme', felt: -1 as const, signals: ['scope-creep'] }], signals: [], createdAt: NOW, updatedAt: NOW };
    list.push({ ...base, id: `r${i}`, time: '21:00', kind: 'review', mood: (i % 5) + 1, energy: 3, text: { fr: i % 100 === 0 ? 'Un bel été' : 'Journée ordinaire', en: '' } });
    if (i % 7 === 0) list.push({ ...base, id: `n${i}`, time: '09:30', kind: 'note', mood: null, energy: null, text: { fr: '', en: 'Quick note' } });
  }
  return list;
}

async function fill(entries: Entry[]) {
  await db.transaction('rw', db.entries, db.days, async () => {
    await db.entries.bulkPut(entries.map((e) => ({ ...e, ...entryIndexFields(e) }) as never));
    await rebuildAllDays(db);
  });
}

describe('loadTimeline on ten years of entries', () => {
  const entries = tenYears();
  // Filled once: these tests only read, and writing ten years into fake-indexeddb takes seconds.
  beforeAll(async () => {
    await freshDb();
    await fill(entries);
  }, 30_000);
  afterAll(dropDb);

  it('returns one page of days, newest first, and counts every entry', async () => {
    const page = await loadTimeline(db, {}, 50);
    expect(page.days).toHaveLength(50);
    expect(page.hasMore).toBe(true);
    expect(page.matchCount).toBe(entries.length);
    expect(page.days[0].day).toBe(LAST);
    const keys = page.days.map((d) => d.day);
    expect([...keys].sort().reverse()).toEqual(keys);
    const withNote = page.days.find((d) => d.entries.length === 2)!;
    expect(withNote.entries.map((e) => e.time)).toEqual(['21:00', '09:30']);
    expect(page.days.reduce((n, d) => n + d.entries.length, 0)).toBeLessThan(60);

    const next = await loadTimeline(db, {}, 100);
    expect(next.days.slice(0, 50)).toEqual(page.days);
    expect(next.days).toHaveLength(100);
  });

  it('counts every match of a search but returns one page of days', async () => {
    const page = await loadTimeline(db, { text: 'ETE' }, 20);
    // Every 100th day of 3,652 has "été"; the 10th-day gaps never fall on them.
    expect(page.matchCount).toBe(37);
    expect(page.days).toHaveLength(20);
    expect(page.hasMore).toBe(true);
    expect(page.days.every((d) => d.entries.every((e) => e.text.fr === 'Un bel été'))).toBe(true);
  });

  it('shows one calendar day, combined with the other filters', async () => {
    const day = addDays(FIRST, 14);
    const page = await loadTimeline(db, { from: day, to: day }, 50);
    expect(page.days.map((d) => d.day)).toEqual([day]);
    expect(page.days[0].entries.map((e) => e.kind)).toEqual(['review', 'note']);
    expect((await loadTimeline(db, { from: day, to: day, language: 'en' }, 50)).matchCount).toBe(1);
    expect((await loadTimeline(db, { from: day, to: day, signalId: 'scope-creep' }, 50)).matchCount).toBe(2);
    expect((await loadTimeline(db, { from: addDays(FIRST, 15), to: addDays(FIRST, 15), clientId: 'acme' }, 50)).matchCount).toBe(0);
    expect((await loadTimeline(db, { from: addDays(FIRST, 9), to: addDays(FIRST, 9) }, 50)).days).toEqual([]);
  });
});

describe('loadTimeline on a few weeks', () => {
  beforeEach(freshDb);
  afterEach(dropDb);

  it('says when the last page is reached', async () => {
    const march = tenYears().filter((e) => e.day >= '2025-03-01');
    await fill(march);
    const days = [...new Set(march.map((e) => e.day))].sort().reverse();
    const page = await loadTimeline(db, {}, 50);
    expect(page.hasMore).toBe(false);
    expect(page.days.map((d) => d.day)).toEqual(days);
    expect((await loadTimeline(db, {}, days.length)).hasMore).toBe(false);
    expect((await loadTimeline(db, {}, days.length - 1)).hasMore).toBe(true);
  });

  it('filters by client through the index', async () => {
    await fill(tenYears().filter((e) => e.day >= '2025-01-01'));
    const page = await loadTimeline(db, { clientId: 'acme' }, 10);
    expect(page.days).toHaveLength(10);
    expect(page.days.flatMap((d) => d.entries).every((e) => e.clients[0]?.clientId === 'acme')).toBe(true);
  });

  it('treats punctuation-only search text as no search', async () => {
    expect(isNarrowed({ text: ' ?! ' })).toBe(false);
    expect(isNarrowed({ text: 'été' })).toBe(true);
    expect(isNarrowed({ language: 'fr' })).toBe(true);
    const recent = tenYears().filter((e) => e.day >= '2025-03-10');
    await fill(recent);
    const page = await loadTimeline(db, { text: '…' }, 50);
    expect(page.days.length).toBe(new Set(recent.map((e) => e.day)).size);
    expect(page.matchCount).toBe(recent.length);
  });

  it('lists bad days (mood 1–2) and good days (mood 4–5) with their notes, combined with other filters', async () => {
    const weeks = tenYears().filter((e) => e.day >= '2025-01-01');
    await fill(weeks);
    const mood = new Map(weeks.filter((e) => e.kind === 'review').map((e) => [e.day, e.mood!]));
    const bad = await loadTimeline(db, { rating: { metric: 'mood', min: 1, max: 2 } }, 500);
    expect(bad.days.length).toBeGreaterThan(5);
    expect(bad.days.every((d) => (mood.get(d.day) ?? 0) <= 2)).toBe(true);
    expect(bad.days.map((d) => d.day)).toEqual([...mood].filter(([, m]) => m <= 2).map(([d]) => d).sort().reverse());
    // A day's quick note comes with its bad day, though the note itself has no mood.
    expect(bad.days.some((d) => d.entries.some((e) => e.kind === 'note'))).toBe(true);
    const good = await loadTimeline(db, { rating: { metric: 'mood', min: 4, max: 5 } }, 500);
    expect(good.days.every((d) => mood.get(d.day)! >= 4)).toBe(true);
    expect(good.matchCount + bad.matchCount).toBeLessThan(weeks.length);
    // Energy is 3 every day: neither low nor high.
    expect((await loadTimeline(db, { rating: { metric: 'energy', min: 1, max: 2 } }, 50)).matchCount).toBe(0);
    const badAcme = await loadTimeline(db, { rating: { metric: 'mood', min: 1, max: 2 }, clientId: 'acme' }, 500);
    expect(badAcme.days.flatMap((d) => d.entries).every((e) => e.clients[0]?.clientId === 'acme' && mood.get(e.day)! <= 2)).toBe(true);
    const badSearch = await loadTimeline(db, { rating: { metric: 'mood', min: 1, max: 2 }, text: 'ordinaire' }, 500);
    const ordinary = new Set(weeks.filter((e) => e.text.fr === 'Journée ordinaire').map((e) => e.day));
    expect(badSearch.matchCount).toBe(bad.days.filter((d) => ordinary.has(d.day)).length);
    expect(isNarrowed({ rating: { metric: 'mood', min: 1, max: 2 } })).toBe(true);
  });
});
