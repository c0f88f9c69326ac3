import type { DayClient, DayKey, DaySummary, Entry } from './types';

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function dayScore(entries: Entry[], pick: (e: Entry) => number | null): number | null {
  const reviews = entries.filter((e) => e.kind === 'review' && pick(e) !== null);
  if (reviews.length > 0) {
    // The latest end-of-day review wins, e.g. one written at 21:00 then corrected at 23:30.
    const latest = [...reviews].sort((a, b) => (a.time + a.updatedAt).localeCompare(b.time + b.updatedAt)).pop()!;
    return pick(latest);
  }
  return mean(entries.map(pick).filter((v): v is number => v !== null));
}

/** Folds all entries of one day into the compact record the statistics read. */
export function summariseDay(day: DayKey, entries: Entry[]): DaySummary {
  const byClient = new Map<string, { felts: number[]; hours: number[]; signals: Set<string> }>();
  const signals = new Set<string>();
  for (const entry of entries) {
    entry.signals.forEach((s) => signals.add(s));
    for (const link of entry.clients) {
      let acc = byClient.get(link.clientId);
      if (!acc) {
        acc = { felts: [], hours: [], signals: new Set() };
        byClient.set(link.clientId, acc);
      }
      if (link.felt !== null) acc.felts.push(link.felt);
      if (typeof link.hours === 'number' && Number.isFinite(link.hours)) acc.hours.push(link.hours);
      link.signals.forEach((s) => {
        acc!.signals.add(s);
        signals.add(s);
      });
    }
  }
  const clients: DayClient[] = [...byClient.entries()].map(([clientId, acc]) => {
    const c: DayClient = { clientId, felt: mean(acc.felts), signals: [...acc.signals].sort() };
    if (acc.hours.length > 0) c.hours = acc.hours.reduce((a, b) => a + b, 0);
    return c;
  });
  clients.sort((a, b) => a.clientId.localeCompare(b.clientId));
  return {
    day,
    mood: dayScore(entries, (e) => e.mood),
    energy: dayScore(entries, (e) => e.energy),
    clients,
    signals: [...signals].sort(),
    entryCount: entries.length,
  };
}
