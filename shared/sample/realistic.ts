/**
 * Journals shaped like real ones, for the coverage study of the statistics (docs/statistics.md):
 *
 * - the day's latent mood and energy persist: an AR(1) process on calendar days (unrecorded days
 *   included) with lag-1 autocorrelation `rho`, e.g. 0.6;
 * - a season (a yearly sine of random phase) and a slow drift (a smoothed random walk);
 * - clients come in missions of several weeks, on two to four weekdays a week, with gaps between
 *   missions and skipped days within them;
 * - weekends are mostly unrecorded, some evenings are forgotten, scores are rounded to 1…5;
 * - optional planted effects: same-day (`energy`, `mood`), next-day carry-over, and a signal that
 *   comes with a client without having an effect of its own.
 *
 * It returns day summaries directly (what the statistics read), not entries, so that hundreds of
 * journals take a fraction of a second, e.g.
 *   generateRealisticDays({ seed: 3, scenario: '1y', rho: 0.6, clients: [{ id: 'acme', energy: -1 }] })
 */
import type { DayClient, DayKey, DaySummary } from '../domain/types';
import { dayKeyOfNumber, dayNumber, weekdayOfNumber } from '../stats/calendar';
import { createRandom, type Random } from './prng';

export type RealisticScenario = '3m' | '6m' | '1y' | '2y';

export const SCENARIO_DAYS: Record<RealisticScenario, number> = { '3m': 91, '6m': 182, '1y': 365, '2y': 730 };

export interface RealisticClient {
  id: string;
  /** Same-day effect on energy and on mood, in points (default 0: a neutral client). */
  energy?: number;
  mood?: number;
  /** Effect on the following calendar day's energy and mood (a carry-over), default 0. */
  carryOver?: number;
  /** Share of the journal's weeks inside one of its missions, about; default 0.45. */
  busy?: number;
  /** A signal recorded on a share of its days, with no effect of its own, e.g. { id: 'late-payment', share: 0.4 }. */
  signal?: { id: string; share: number };
}

export interface RealisticOptions {
  seed?: number;
  scenario?: RealisticScenario;
  /** Overrides the scenario's length. */
  days?: number;
  start?: DayKey;
  /** Lag-1 autocorrelation of the daily latent noise, 0 … 0.95. Default 0.5. */
  rho?: number;
  /** Stationary standard deviation of that noise, in points. Default 0.8. */
  noise?: number;
  /** Amplitude of the yearly season, in points. Default 0.4. */
  season?: number;
  /** Standard deviation of the slow drift's monthly steps, in points. Default 0.12. */
  drift?: number;
  /** Share of weekdays recorded (the rest are forgotten evenings). Default 0.85. */
  weekdayRecorded?: number;
  /** Share of weekend days recorded. Default 0.12. */
  weekendRecorded?: number;
  /** Default: one −1 drainer and three neutral clients. */
  clients?: readonly RealisticClient[];
  /** Record energy (default true); off gives a mood-only journal, as a Daylio export. */
  energy?: boolean;
}

export interface RealisticJournal {
  days: DaySummary[];
  /** The options in force, defaults filled in. */
  truth: Required<Omit<RealisticOptions, 'clients' | 'scenario' | 'start'>> & { start: DayKey; clients: RealisticClient[] };
}

export const DEFAULT_REALISTIC_CLIENTS: readonly RealisticClient[] = [
  { id: 'drainer', energy: -1, mood: -1 },
  { id: 'neutral-a' },
  { id: 'neutral-b' },
  { id: 'neutral-c' },
];

/** Which day indices (0 = first day) each client is present on: missions of 3–12 weeks with gaps. */
function missionDays(rng: Random, days: number, startNum: number, busy: number): Set<number> {
  const out = new Set<number>();
  const meanMission = 7 * 7;
  const meanGap = (meanMission * (1 - busy)) / Math.max(0.05, busy);
  // Start anywhere in the journal, inside a mission or a gap.
  let d = rng.chance(busy) ? -rng.int(0, 6 * 7) : rng.int(0, Math.round(meanGap));
  while (d < days) {
    const weeks = rng.int(3, 12);
    const perWeek = rng.int(2, 4);
    const pool = [1, 2, 3, 4, 5];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const weekdays = pool.slice(0, perWeek);
    const end = d + weeks * 7;
    for (let k = Math.max(0, d); k < Math.min(days, end); k++) {
      const wd = weekdayOfNumber(startNum + k);
      // Now and then a mission day moves or is skipped.
      if ((weekdays.includes(wd) && !rng.chance(0.15)) || (wd >= 1 && wd <= 5 && rng.chance(0.05))) out.add(k);
    }
    d = end + Math.max(7, Math.round(meanGap * (0.4 + 1.2 * rng.next())));
  }
  return out;
}

function toScore(latent: number): number {
  return Math.min(5, Math.max(1, Math.round(latent)));
}

export function generateRealisticDays(options: RealisticOptions = {}): RealisticJournal {
  const seed = options.seed ?? 1;
  const rng = createRandom(seed * 7919 + 17);
  const days = options.days ?? SCENARIO_DAYS[options.scenario ?? '1y'];
  const start = options.start ?? '2024-01-01';
  const startNum = dayNumber(start);
  const rho = options.rho ?? 0.5;
  if (!(rho >= 0 && rho < 1)) throw new Error('rho must be in [0, 1)');
  const noise = options.noise ?? 0.8;
  const season = options.season ?? 0.4;
  const drift = options.drift ?? 0.12;
  const weekdayRecorded = options.weekdayRecorded ?? 0.85;
  const weekendRecorded = options.weekendRecorded ?? 0.12;
  const withEnergy = options.energy ?? true;
  const clients = [...(options.clients ?? DEFAULT_REALISTIC_CLIENTS)];

  const presence = clients.map((c) => missionDays(rng, days, startNum, c.busy ?? 0.45));
  const phase = rng.next() * 2 * Math.PI;
  // Slow drift: a random walk of monthly steps, linearly interpolated between months.
  const months = Math.ceil(days / 30) + 2;
  const walk = [0];
  for (let m = 1; m < months; m++) walk.push(walk[m - 1] + drift * rng.gaussian());
  const walkMean = walk.reduce((a, b) => a + b, 0) / walk.length;

  const innovation = noise * Math.sqrt(1 - rho * rho);
  let energyNoise = noise * rng.gaussian();
  let moodNoise = noise * rng.gaussian();
  const out: DaySummary[] = [];
  for (let d = 0; d < days; d++) {
    const shared = rng.gaussian();
    energyNoise = rho * energyNoise + innovation * shared;
    moodNoise = rho * moodNoise + innovation * (0.6 * shared + 0.8 * rng.gaussian());
    const num = startNum + d;
    const wd = weekdayOfNumber(num);
    const weekend = wd === 0 || wd === 6;
    const month = d / 30;
    const mi = Math.floor(month);
    const slow = walk[mi] + (walk[mi + 1] - walk[mi]) * (month - mi) - walkMean;
    const level = season * Math.sin((2 * Math.PI * num) / 365.25 + phase) + slow + (wd === 1 ? -0.2 : wd === 5 ? 0.2 : 0) + (weekend ? 0.3 : 0);
    let energy = 3.2 + level + energyNoise;
    let mood = 3.4 + level + moodNoise;
    const present: DayClient[] = [];
    const signals = new Set<string>();
    clients.forEach((c, k) => {
      if (presence[k].has(d)) {
        energy += c.energy ?? 0;
        mood += c.mood ?? 0;
        const felt = rng.chance(0.15) ? null : Math.min(2, Math.max(-2, Math.round(0.1 + 1.2 * (c.energy ?? 0) + 0.8 * rng.gaussian())));
        const clientSignals: string[] = [];
        if (c.signal && rng.chance(c.signal.share)) clientSignals.push(c.signal.id);
        for (const s of clientSignals) signals.add(s);
        present.push({ clientId: c.id, felt, signals: clientSignals });
      }
      if (d > 0 && presence[k].has(d - 1)) {
        energy += c.carryOver ?? 0;
        mood += c.carryOver ?? 0;
      }
    });
    const recorded = rng.chance(weekend ? weekendRecorded : weekdayRecorded);
    if (!recorded) continue;
    out.push({
      day: dayKeyOfNumber(num),
      mood: toScore(mood),
      energy: withEnergy ? toScore(energy) : null,
      clients: present,
      signals: [...signals].sort(),
      entryCount: 1,
    });
  }
  return {
    days: out,
    truth: { seed, days, start, rho, noise, season, drift, weekdayRecorded, weekendRecorded, energy: withEnergy, clients },
  };
}
