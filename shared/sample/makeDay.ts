import type { DayClient, DayKey, DaySummary } from '../domain/types';

export interface DaySketch {
  mood?: number | null;
  energy?: number | null;
  /** Client ids, or client records with felt / hours / signals. */
  clients?: Array<string | (Partial<DayClient> & { clientId: string })>;
  /** Day-level signals; the clients' signals are added to them, as summariseDay does. */
  signals?: string[];
}

/**
 * A hand-written day summary for tests and examples, e.g.
 * makeDay("2024-03-04", { energy: 2, clients: ["acme", { clientId: "lemon", felt: 1, hours: 3 }] }).
 */
export function makeDay(day: DayKey, sketch: DaySketch = {}): DaySummary {
  const clients: DayClient[] = (sketch.clients ?? []).map((c) =>
    typeof c === 'string' ? { clientId: c, felt: null, signals: [] } : { felt: null, signals: [], ...c },
  );
  const signals = new Set(sketch.signals ?? []);
  for (const c of clients) for (const s of c.signals) signals.add(s);
  return {
    day,
    mood: sketch.mood ?? null,
    energy: sketch.energy ?? null,
    clients,
    signals: [...signals].sort(),
    entryCount: 1,
  };
}
