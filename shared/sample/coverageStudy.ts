/**
 * The coverage study of docs/statistics.md: hundreds of realistic journals (realistic.ts) per
 * scenario, and how often the app's 95% intervals tell the truth about them — a neutral client's
 * interval containing 0, a planted −1 drainer called "drains", a carry-over found.
 * Deterministic: the same seeds give the same table on every machine.
 */
import type { DaySummary } from '../domain/types';
import { fitAdjustedModel } from '../stats/adjusted';
import { computeClientEffects } from '../stats/clientEffects';
import { welchCompare } from '../stats/compare';
import { prepareDays } from '../stats/prepare';
import { decideVerdict } from '../stats/verdict';
import { presenceOf, totalMoments } from '../stats/withWithout';
import { type RealisticScenario, generateRealisticDays } from './realistic';

export interface CoverageCell {
  scenario: RealisticScenario;
  /** 'mixed' draws ρ uniformly in [0, 0.8] for each journal. */
  rho: number | 'mixed';
  journals: number;
  /** Share of neutral clients (three per journal) whose verdict interval contains 0. */
  neutralCovered: number;
  /** The same for the plain with/without interval. */
  neutralCoveredPlain: number;
  /** Share of journals where the −1 drainer is called "drains" on energy. */
  drainerFound: number;
  /** Share of journals where a neutral client's next-day interval contains 0. */
  nextDayCovered: number;
  /** The same two shares with the former method (no time term, i.i.d. intervals, Welch). */
  neutralCoveredOld: number;
  drainerFoundOld: number;
  /** Median days with the drainer. */
  medianDaysWith: number;
}

export interface StudyOptions {
  journals: number;
  scenarios?: readonly RealisticScenario[];
  rhos?: ReadonlyArray<number | 'mixed'>;
  /** Seed offset, so the doc and the test can use different journals. */
  seed?: number;
  /** Also run the former method (the doc's comparison); default true. */
  compareOld?: boolean;
}

const NEUTRAL = ['neutral-a', 'neutral-b', 'neutral-c'];

function contains0(low: number | null, high: number | null): boolean {
  return low === null || high === null || (low <= 0 && 0 <= high);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
}

/** Energy verdicts of the former method: the model without time term or robust variance, and Welch. */
function legacyVerdicts(days: readonly DaySummary[]): Map<string, string> {
  const prep = prepareDays(days);
  const model = fitAdjustedModel(prep, 'energy', prep.clientIds, { legacy: true });
  const total = totalMoments(prep.energy);
  const out = new Map<string, string>();
  for (const id of prep.clientIds) {
    const withClient = { n: 0, sum: 0, sumSq: 0 };
    for (const i of presenceOf(prep, id)) {
      const v = prep.energy[i];
      if (Number.isNaN(v)) continue;
      withClient.n++;
      withClient.sum += v;
      withClient.sumSq += v * v;
    }
    const plain = welchCompare(withClient, { n: total.n - withClient.n, sum: total.sum - withClient.sum, sumSq: total.sumSq - withClient.sumSq });
    out.set(id, decideVerdict(plain, model.effects.get(id)).verdict);
  }
  return out;
}

/** One cell of the table: `journals` journals of a scenario at one autocorrelation. */
export function coverageCell(scenario: RealisticScenario, rho: number | 'mixed', journals: number, seed: number = 0, compareOld: boolean = true): CoverageCell {
  let neutral = 0;
  let neutralPlain = 0;
  let neutralNext = 0;
  let neutralCount = 0;
  let found = 0;
  let neutralOld = 0;
  let foundOld = 0;
  const daysWith: number[] = [];
  for (let j = 0; j < journals; j++) {
    const s = seed + j + 1;
    const r = rho === 'mixed' ? 0.8 * ((s * 0.6180339887) % 1) : rho;
    const { days } = generateRealisticDays({ seed: s * 31 + scenario.length, scenario, rho: r });
    const effects = computeClientEffects(days as DaySummary[]);
    const old = compareOld ? legacyVerdicts(days) : new Map<string, string>();
    for (const id of NEUTRAL) if (old.get(id) !== 'drains' && old.get(id) !== 'lifts') neutralOld++;
    if (old.get('drainer') === 'drains') foundOld++;
    for (const c of effects) {
      const e = c.energy;
      if (NEUTRAL.includes(c.clientId)) {
        neutralCount++;
        if (e.decision.verdict !== 'drains' && e.decision.verdict !== 'lifts') neutral++;
        if (contains0(e.withWithout.low, e.withWithout.high)) neutralPlain++;
        if (contains0(e.nextDay.low, e.nextDay.high)) neutralNext++;
      } else if (c.clientId === 'drainer') {
        if (e.decision.verdict === 'drains') found++;
        daysWith.push(e.withWithout.daysWith);
      }
    }
  }
  return {
    scenario,
    rho,
    journals,
    neutralCovered: neutralCount ? neutral / neutralCount : 1,
    neutralCoveredPlain: neutralCount ? neutralPlain / neutralCount : 1,
    drainerFound: journals ? found / journals : 0,
    nextDayCovered: neutralCount ? neutralNext / neutralCount : 1,
    neutralCoveredOld: neutralCount ? neutralOld / neutralCount : 1,
    drainerFoundOld: journals ? foundOld / journals : 0,
    medianDaysWith: median(daysWith),
  };
}

export function coverageStudy(options: StudyOptions): CoverageCell[] {
  const scenarios = options.scenarios ?? ['3m', '6m', '1y', '2y'];
  const rhos = options.rhos ?? [0, 0.4, 0.8, 'mixed'];
  const out: CoverageCell[] = [];
  for (const scenario of scenarios) for (const rho of rhos) out.push(coverageCell(scenario, rho, options.journals, options.seed ?? 0, options.compareOld ?? true));
  return out;
}
