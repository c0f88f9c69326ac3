import { describe, expect, it } from 'vitest';
import type { Signal } from '../../shared/domain/types';
import { DEFAULT_SIGNALS } from '../../shared/domain/signals';
import { rankSignals, signalUsage, splitSignals } from '../../shared/domain/signalUsage';

const builtins: Signal[] = DEFAULT_SIGNALS.map((s) => ({ ...s, builtin: true, createdAt: 0 }));
const sport: Signal = { id: 'sport', label: { fr: 'sport', en: '' }, builtin: false, createdAt: 1 };
const old: Signal = { id: 'old', label: { fr: 'Ancien', en: 'Old' }, builtin: false, archived: true, createdAt: 1 };
const all = [sport, old, ...builtins];

const days = [
  { signals: ['scope-creep', 'sport'], clients: [{ clientId: 'acme', felt: null, signals: ['scope-creep'] }] },
  { signals: ['scope-creep', 'late-payment', 'sport'], clients: [{ clientId: 'acme', felt: null, signals: ['scope-creep', 'late-payment'] }] },
  { signals: ['sport', 'respected'], clients: [{ clientId: 'bea', felt: null, signals: ['respected'] }] },
  { signals: ['sport'], clients: [] },
];

describe('signal usage on Today', () => {
  it('counts days per client and overall', () => {
    const usage = signalUsage(days);
    expect(usage.byClient.acme).toEqual({ 'scope-creep': 2, 'late-payment': 1 });
    expect(usage.byClient.bea).toEqual({ respected: 1 });
    expect(usage.overall).toEqual({ 'scope-creep': 2, 'late-payment': 1, sport: 4, respected: 1 });
  });

  it('puts a client’s own signals first, then the journal’s favourites, then the built-in order, and drops hidden ones', () => {
    const usage = signalUsage(days);
    const ids = (picked: string[] = [], client = 'acme') =>
      rankSignals(all, new Set(picked), usage.byClient[client] ?? {}, usage.overall, 'en').map((s) => s.id);
    expect(ids().slice(0, 5)).toEqual(['scope-creep', 'late-payment', 'sport', 'respected', 'urgent-deadline']);
    expect(ids()).not.toContain('old');
    expect(ids(['old'])).toContain('old');
    // A client never seen gets the journal's favourites, then the brief's order.
    expect(ids([], 'new').slice(0, 5)).toEqual(['sport', 'scope-creep', 'respected', 'late-payment', 'urgent-deadline']);
    // An empty journal: the brief's order.
    expect(rankSignals(builtins, new Set(), {}, {}, 'fr').map((s) => s.id).slice(0, 4)).toEqual(['urgent-deadline', 'scope-creep', 'not-heard', 'respected']);
  });

  it('shows the first few and every picked one, folds the rest', () => {
    const ranked = rankSignals(builtins, new Set(), {}, {}, 'en');
    const { shown, more } = splitSignals(ranked, new Set(['trusted']), 3);
    expect(shown.map((s) => s.id)).toEqual(['urgent-deadline', 'scope-creep', 'not-heard', 'trusted']);
    expect(more).toHaveLength(builtins.length - 4);
    expect(more.map((s) => s.id)).not.toContain('trusted');
  });
});
