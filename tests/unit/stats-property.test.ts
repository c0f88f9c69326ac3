import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DaySummary } from '../../shared/domain/types';
import { makeDay } from '../../shared/sample';
import { computeInsights } from '../../shared/stats';

const CLIENTS = ['acme', 'lemon', 'studio', 'mairie'];
const SIGNALS = ['scope-creep', 'respected', 'late-payment'];

/** Any small journal: scattered days over two months, scores missing or 1–5, any mix of clients. */
const journals = fc
  .uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 })
  .chain((offsets) =>
    fc.tuple(
      ...offsets.map((offset) =>
        fc.record({
          offset: fc.constant(offset),
          mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
          energy: fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true })), { nil: null }),
          clients: fc.subarray(CLIENTS),
          felt: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
          hours: fc.option(fc.double({ min: 0.5, max: 10, noNaN: true }), { nil: undefined }),
          signals: fc.subarray(SIGNALS),
        }),
      ),
    ),
  )
  .map((days): DaySummary[] =>
    days.map((d) => {
      const date = new Date(Date.UTC(2024, 0, 1 + d.offset));
      const key = date.toISOString().slice(0, 10);
      return makeDay(key, {
        mood: d.mood,
        energy: d.energy,
        clients: d.clients.map((clientId) => ({ clientId, felt: d.felt, hours: d.hours, signals: d.signals })),
      });
    }),
  );

function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

describe('computeInsights on any small journal', () => {
  it('never throws, never returns NaN or Infinity, and counts every rated day once per client', () => {
    fc.assert(
      fc.property(journals, fc.constantFrom<'mood' | 'energy'>('mood', 'energy'), (days, metric) => {
        const insights = computeInsights(days, { metric, windowWeeks: 2, rates: { acme: { rate: 50, currency: 'EUR' } } });
        expect(nonFinite(insights)).toEqual([]);
        const rated = days.filter((d) => d[metric] !== null).length;
        for (const c of insights.clients) {
          const ww = c[metric].withWithout;
          expect(ww.daysWith + ww.daysWithout).toBe(rated);
          if (c[metric].decision.verdict === 'drains') expect(c[metric].decision.high!).toBeLessThan(0);
          if (c[metric].decision.verdict === 'lifts') expect(c[metric].decision.low!).toBeGreaterThan(0);
          for (const row of c[metric].trend) {
            if (row.effect !== null) expect(row.low! <= row.effect && row.effect <= row.high!).toBe(true);
          }
        }
        expect(insights.ranking.map((r) => r.clientId).sort()).toEqual(insights.clients.map((c) => c.clientId).sort());
      }),
      { numRuns: 150, seed: 20240101 },
    );
    // 150 journals × three fitted models each: a few seconds on a shared CI machine.
  }, 30_000);
});
