/**
 * Which signals a client card on Today shows at once: the ones most used with that client
 * (then the most used overall, then the built-in order of the product brief), the rest behind
 * "More signals". e.g. a client whose days carried "scope creep" 12 times and "late payment" 3
 * times shows those two first; a new client shows the journal's favourites.
 */
import type { DaySummary, Signal } from './types';
import { DEFAULT_SIGNALS, signalLabel } from './signals';

export interface SignalUsage {
  /** Days each signal was used with a client: byClient[clientId][signalId]. */
  byClient: Record<string, Record<string, number>>;
  /** Days each signal was used at all (with a client or for the day). */
  overall: Record<string, number>;
}

/** Counts signal use per client and overall over day summaries. */
export function signalUsage(days: readonly Pick<DaySummary, 'clients' | 'signals'>[]): SignalUsage {
  const byClient: SignalUsage['byClient'] = {};
  const overall: SignalUsage['overall'] = {};
  for (const day of days) {
    for (const id of day.signals) overall[id] = (overall[id] ?? 0) + 1;
    for (const c of day.clients) {
      const counts = (byClient[c.clientId] ??= {});
      for (const id of c.signals) counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return { byClient, overall };
}

const BUILTIN_ORDER = new Map(DEFAULT_SIGNALS.map((s, i) => [s.id, i]));

/**
 * Every signal not hidden (a hidden one still shows where it is picked), most used first:
 * by `counts` (e.g. one client's), then `fallback` (overall use), then the built-in order, then by label.
 */
export function rankSignals(
  signals: readonly Signal[],
  picked: ReadonlySet<string>,
  counts: Readonly<Record<string, number>>,
  fallback: Readonly<Record<string, number>>,
  lang: 'fr' | 'en',
): Signal[] {
  const rank = (s: Signal) => BUILTIN_ORDER.get(s.id) ?? Number.MAX_SAFE_INTEGER;
  return signals
    .filter((s) => !s.archived || picked.has(s.id))
    .sort(
      (a, b) =>
        (counts[b.id] ?? 0) - (counts[a.id] ?? 0) ||
        (fallback[b.id] ?? 0) - (fallback[a.id] ?? 0) ||
        rank(a) - rank(b) ||
        signalLabel(a, lang).localeCompare(signalLabel(b, lang), lang),
    );
}

/**
 * Splits ranked signals into those shown at once — the first `limit`, plus any picked further
 * down (a picked signal is never folded away) — and the rest, both in ranked order.
 */
export function splitSignals(ranked: readonly Signal[], picked: ReadonlySet<string>, limit: number): { shown: Signal[]; more: Signal[] } {
  const shown: Signal[] = [];
  const more: Signal[] = [];
  ranked.forEach((s, i) => (i < limit || picked.has(s.id) ? shown : more).push(s));
  return { shown, more };
}
