/**
 * What a generated journal is built from: the options a test or the benchmark writes, resolved
 * into a plan whose planted effects are the truth the statistics must recover.
 */
import type { ClientStatus, DayKey } from '../domain/types';
import { dayNumber } from '../stats/calendar';

export type PlantedMetric = 'energy' | 'mood';

/** One client and how it shapes the days it appears on. */
export interface PlantedClient {
  /** e.g. "acme"; "client-01", "client-02"… when absent. */
  id?: string;
  name?: string;
  /** Chance of working with the client on a given day, e.g. 0.3. */
  presence?: number;
  /** Planted effect on the day's energy / mood, in points, e.g. −1.5. */
  energy?: number;
  mood?: number;
  /** Seen on exactly this many days (spread at random), instead of `presence`. */
  onlyDays?: number;
  /**
   * Comes along with another client: present on `probability` of that client's days and on
   * `alone` (default 0) of the others, e.g. { clientId: "acme", probability: 0.8, alone: 0.1 }.
   */
  follows?: { clientId: string; probability: number; alone?: number };
  /** The effect drifts linearly from `from` on the first day to `to` on the last, e.g. 0 → −2. */
  drift?: { from: number; to: number; metric?: PlantedMetric | 'both' };
  status?: ClientStatus;
  hourlyRate?: number;
  currency?: string;
}

export interface GenerateJournalOptions {
  /** Same seed, same journal. Default 1. */
  seed?: number;
  /** First day, default "2024-01-01". */
  start?: DayKey;
  /** Length of the journal in days; or `years` (365.25 days each). Default one year. */
  days?: number;
  years?: number;
  /** Entries on a day with entries, e.g. [1, 5]: one end-of-day review, the others quick notes. Default [1, 3]. */
  entriesPerDay?: [number, number];
  /** Share of days with no entry at all. Default 0.1. */
  missingDayShare?: number;
  /** Share of days with entries that have an end-of-day review (else the day is the mean of its notes). Default 0.9. */
  reviewShare?: number;
  /** A number of default clients (default 10, with a spread of planted effects), or each client spelled out. */
  clients?: number | PlantedClient[];
  /** Mean day before any client or weekday effect. Default energy 3.2, mood 3.4. */
  baseline?: { energy?: number; mood?: number };
  /** Additive effect per weekday, 0 = Sunday … 6 = Saturday, e.g. energy [0, −1, 0, 0, 0, 0.8, 0]. */
  weekday?: { energy?: readonly number[]; mood?: readonly number[] };
  /** Standard deviation of the day-to-day Gaussian noise, before rounding to 1…5. Default 0.8. */
  noise?: number;
  /** Write French/English text (off makes large test journals faster). Default true. */
  text?: boolean;
}

export interface TruthClient {
  name: string;
  presence: number;
  energy: number;
  mood: number;
  onlyDays?: number;
  follows?: { clientId: string; probability: number; alone: number };
  drift?: { from: number; to: number; metric: PlantedMetric | 'both' };
}

/** The planted truth, for tests to compare the statistics against. */
export interface PlantedTruth {
  seed: number;
  start: DayKey;
  days: number;
  baseline: { energy: number; mood: number };
  noise: number;
  weekday: { energy: number[]; mood: number[] };
  clients: Record<string, TruthClient>;
}

const DEFAULT_ENERGY = [-1.5, 1, 0, -0.5, 0.5, 0, -1, 0, 0.3, 0];
const DEFAULT_MOOD = [-1, 0.6, 0, -0.3, 0.3, 0, -0.6, 0, 0.2, 0];
const DEFAULT_PRESENCE = [0.3, 0.25, 0.3, 0.2, 0.15, 0.2, 0.1, 0.15, 0.1, 0.1];
export const DEFAULT_RATES = [65, 80, 50, null, 95, 70, 60, null, 85, 55] as const;

export function defaultClients(count: number): PlantedClient[] {
  return Array.from({ length: count }, (_, i) => ({
    energy: DEFAULT_ENERGY[i % DEFAULT_ENERGY.length],
    mood: DEFAULT_MOOD[i % DEFAULT_MOOD.length],
    presence: DEFAULT_PRESENCE[i % DEFAULT_PRESENCE.length],
    hourlyRate: DEFAULT_RATES[i % DEFAULT_RATES.length] ?? undefined,
    currency: DEFAULT_RATES[i % DEFAULT_RATES.length] === null ? undefined : 'EUR',
  }));
}

export function clientIdAt(index: number): string {
  return `client-${String(index + 1).padStart(2, '0')}`;
}

function sevenValues(values: readonly number[] | undefined): number[] {
  if (values === undefined) return [0, 0, 0, 0, 0, 0, 0];
  if (values.length !== 7) throw new Error(`A weekday effect needs 7 values (Sunday first), got ${values.length}`);
  return [...values];
}

/** The truth of a journal from its options (names are filled in by the generator). */
export function plantTruth(options: GenerateJournalOptions, specs: readonly PlantedClient[], names: readonly string[]): PlantedTruth {
  const start = options.start ?? '2024-01-01';
  dayNumber(start);
  const days = options.days ?? Math.round((options.years ?? 1) * 365.25);
  const clients: Record<string, TruthClient> = {};
  specs.forEach((spec, i) => {
    const id = spec.id ?? clientIdAt(i);
    if (clients[id]) throw new Error(`Two planted clients share the id ${id}`);
    clients[id] = {
      name: names[i],
      presence: spec.presence ?? 0.25,
      energy: spec.energy ?? 0,
      mood: spec.mood ?? 0,
      ...(spec.onlyDays !== undefined ? { onlyDays: spec.onlyDays } : {}),
      ...(spec.follows ? { follows: { ...spec.follows, alone: spec.follows.alone ?? 0 } } : {}),
      ...(spec.drift ? { drift: { ...spec.drift, metric: spec.drift.metric ?? 'energy' } } : {}),
    };
  });
  for (const [id, c] of Object.entries(clients)) {
    if (c.follows && !clients[c.follows.clientId]) throw new Error(`${id} follows an unknown client ${c.follows.clientId}`);
  }
  return {
    seed: options.seed ?? 1,
    start,
    days,
    baseline: { energy: options.baseline?.energy ?? 3.2, mood: options.baseline?.mood ?? 3.4 },
    noise: options.noise ?? 0.8,
    weekday: { energy: sevenValues(options.weekday?.energy), mood: sevenValues(options.weekday?.mood) },
    clients,
  };
}

/**
 * A client's planted effect on a metric on a given day of the journal (0 = first day), drift
 * included, e.g. a drift 0 → −2 over 730 days gives −1 on day 365.
 */
export function plantedEffectAt(truth: PlantedTruth, clientId: string, metric: PlantedMetric, dayIndex: number): number {
  const c = truth.clients[clientId];
  if (!c) throw new Error(`No planted client ${clientId}`);
  if (c.drift && (c.drift.metric === metric || c.drift.metric === 'both')) {
    const t = truth.days > 1 ? dayIndex / (truth.days - 1) : 0;
    return c.drift.from + (c.drift.to - c.drift.from) * t;
  }
  return c[metric];
}
