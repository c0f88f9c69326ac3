import { describe, expect, it } from 'vitest';
import { isDayKey } from '../../shared/domain/dates';
import type { Entry } from '../../shared/domain/types';
import { generateJournal, mulberry32, plantedEffectAt, summariseEntries } from '../../shared/sample';

function byDay(entries: Entry[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of entries) out.set(e.day, [...(out.get(e.day) ?? []), e]);
  return out;
}

describe('the seeded random source', () => {
  it('is mulberry32: same seed, same sequence, uniform in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
});

describe('generateJournal', () => {
  const journal = generateJournal({ seed: 7, years: 1, entriesPerDay: [1, 5] });

  it('is reproducible from its seed and changes with it', () => {
    expect(generateJournal({ seed: 7, years: 1, entriesPerDay: [1, 5] })).toEqual(journal);
    expect(generateJournal({ seed: 8, years: 1, entriesPerDay: [1, 5] }).entries).not.toEqual(journal.entries);
  });

  it('writes well-formed entries: valid days and times, ratings 1–5, known clients and signals', () => {
    const clientIds = new Set(journal.clients.map((c) => c.id));
    const signalIds = new Set(journal.signals.map((s) => s.id));
    expect(new Set(journal.entries.map((e) => e.id)).size).toBe(journal.entries.length);
    for (const e of journal.entries) {
      expect(isDayKey(e.day)).toBe(true);
      expect(e.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      for (const v of [e.mood, e.energy]) if (v !== null) expect([1, 2, 3, 4, 5]).toContain(v);
      for (const link of e.clients) {
        expect(clientIds.has(link.clientId)).toBe(true);
        if (link.felt !== null) expect([-2, -1, 0, 1, 2]).toContain(link.felt);
        if (link.hours !== undefined) expect(link.hours).toBeGreaterThan(0);
        for (const s of link.signals) expect(signalIds.has(s)).toBe(true);
      }
    }
  });

  it('spans the period with about a tenth of days left empty, one to five entries on the others', () => {
    const days = byDay(journal.entries);
    expect(journal.truth.days).toBe(365);
    expect(days.size).toBeGreaterThan(300);
    expect(days.size).toBeLessThan(350);
    const counts = [...days.values()].map((list) => list.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(5);
    for (const list of days.values()) {
      const reviews = list.filter((e) => e.kind === 'review');
      expect(reviews.length).toBeLessThanOrEqual(1);
      // The end-of-day review is written after the day's quick notes.
      if (reviews.length === 1) expect(list.every((e) => e.time <= reviews[0].time)).toBe(true);
    }
  });

  it('makes ten default clients with names, colours, and rates for most of them', () => {
    expect(journal.clients).toHaveLength(10);
    expect(journal.clients[0]).toMatchObject({ id: 'client-01', name: 'Atelier Lumière', status: 'active', hourlyRate: 65, currency: 'EUR' });
    expect(journal.clients.filter((c) => c.hourlyRate !== undefined)).toHaveLength(8);
    expect(journal.truth.clients['client-01']).toMatchObject({ energy: -1.5, mood: -1 });
  });

  it('writes French and English text with accents, apostrophes and the odd emoji', () => {
    const fr = journal.entries.map((e) => e.text.fr).filter(Boolean);
    const en = journal.entries.map((e) => e.text.en).filter(Boolean);
    expect(fr.length).toBeGreaterThan(journal.entries.length * 0.6);
    expect(en.length).toBeGreaterThan(journal.entries.length * 0.5);
    expect(fr.some((t) => /[éèêàçîô]/.test(t))).toBe(true);
    expect(fr.some((t) => t.includes('’'))).toBe(true);
    expect(fr.some((t) => t.includes("'"))).toBe(true);
    expect(journal.entries.some((e) => /\p{Extended_Pictographic}/u.test(e.text.fr + e.text.en))).toBe(true);
    expect(journal.entries.some((e) => e.text.fr === '' && e.text.en !== '')).toBe(true);
    const silent = generateJournal({ seed: 7, days: 30, text: false });
    expect(silent.entries.every((e) => e.text.fr === '' && e.text.en === '')).toBe(true);
  });

  it('puts a rare client on exactly its number of days, and a follower only with its leader', () => {
    const j = generateJournal({
      seed: 3,
      days: 200,
      text: false,
      clients: [{ id: 'acme', presence: 0.3 }, { id: 'shadow', follows: { clientId: 'acme', probability: 1 } }, { id: 'once', onlyDays: 3 }],
    });
    const daysOf = (id: string) => new Set(summariseEntries(j.entries).filter((d) => d.clients.some((c) => c.clientId === id)).map((d) => d.day));
    expect(daysOf('once').size).toBe(3);
    expect([...daysOf('shadow')]).toEqual([...daysOf('acme')]);
    expect(daysOf('acme').size).toBeGreaterThan(40);
  });

  it('plants a drift that goes from 0 to −2 over the period', () => {
    const j = generateJournal({ seed: 1, days: 101, text: false, clients: [{ id: 'acme', drift: { from: 0, to: -2 } }] });
    expect(plantedEffectAt(j.truth, 'acme', 'energy', 0)).toBe(0);
    expect(plantedEffectAt(j.truth, 'acme', 'energy', 50)).toBeCloseTo(-1, 12);
    expect(plantedEffectAt(j.truth, 'acme', 'mood', 50)).toBe(0);
  });

  it('refuses plans that cannot be generated', () => {
    expect(() => generateJournal({ clients: [{ id: 'a', follows: { clientId: 'nobody', probability: 1 } }] })).toThrow(/unknown client/);
    expect(() =>
      generateJournal({ clients: [{ id: 'a', follows: { clientId: 'b', probability: 1 } }, { id: 'b', follows: { clientId: 'a', probability: 1 } }] }),
    ).toThrow(/circle/);
    expect(() => generateJournal({ weekday: { energy: [0, -1] } })).toThrow(/7 values/);
    expect(() => generateJournal({ start: '2024-02-30' })).toThrow();
  });

  it('writes thirty years (the benchmark’s journal) in one go', () => {
    const j = generateJournal({ seed: 30, years: 30, entriesPerDay: [1, 5] });
    expect(j.truth.days).toBe(10_958);
    expect(j.entries.length).toBeGreaterThan(28_000);
    expect(j.entries.at(-1)!.day <= '2053-12-31').toBe(true);
  });
});

describe('summariseEntries: the day is its review, else the mean of its entries', () => {
  const entry = (over: Partial<Entry>): Entry => ({
    id: 'x', day: '2024-05-02', time: '12:00', kind: 'note', mood: null, energy: null,
    text: { fr: '', en: '' }, clients: [], signals: [], createdAt: 0, updatedAt: 0, ...over,
  });

  it('takes the end-of-day review over the quick notes, and the latest review when corrected', () => {
    const [day] = summariseEntries([
      entry({ id: 'a', time: '10:00', energy: 1, mood: 2 }),
      entry({ id: 'b', time: '21:00', kind: 'review', energy: 3, mood: 3 }),
      entry({ id: 'c', time: '23:30', kind: 'review', energy: 4, mood: 5 }),
    ]);
    expect([day.energy, day.mood, day.entryCount]).toEqual([4, 5, 3]);
  });

  it('averages the rated notes of a day without a review, ignoring unrated ones', () => {
    const days = summariseEntries([
      entry({ id: 'a', day: '2024-05-03', time: '09:00', energy: 2, mood: 4 }),
      entry({ id: 'b', day: '2024-05-03', time: '14:00', energy: 5, mood: null }),
      entry({ id: 'c', day: '2024-05-03', time: '16:00' }),
      entry({ id: 'd', day: '2024-05-01', time: '16:00', energy: 3 }),
    ]);
    expect(days.map((d) => d.day)).toEqual(['2024-05-01', '2024-05-03']);
    expect([days[1].energy, days[1].mood]).toEqual([3.5, 4]);
  });

  it('on a generated journal, days with a review carry its values and the others the notes’ mean', () => {
    const j = generateJournal({ seed: 5, days: 120, entriesPerDay: [2, 4], reviewShare: 0.5, text: false });
    const entriesOf = byDay(j.entries);
    let withReview = 0;
    let withoutReview = 0;
    for (const d of summariseEntries(j.entries)) {
      const list = entriesOf.get(d.day)!;
      const review = list.find((e) => e.kind === 'review');
      if (review) {
        withReview++;
        expect(d.energy).toBe(review.energy);
      } else {
        withoutReview++;
        const rated = list.filter((e) => e.energy !== null).map((e) => e.energy!);
        expect(d.energy).toBeCloseTo(rated.reduce((a, b) => a + b, 0) / rated.length, 12);
      }
    }
    expect(withReview).toBeGreaterThan(30);
    expect(withoutReview).toBeGreaterThan(30);
  });
});
