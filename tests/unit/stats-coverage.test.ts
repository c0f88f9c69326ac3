/**
 * The floors of the coverage study (docs/statistics.md, `npm run stats:coverage` for the full
 * table): on 200 realistic journals per scenario — persistent days, seasons, missions, unrecorded
 * weekends — neutral clients are called neither "drains" nor "lifts" in at least 93% of cases, at
 * mixed autocorrelation and at the worst one claimed (0.8); a −1 drainer over a year is found in at
 * least 90%. Different seeds from the doc's table, so the floors are not fitted to it.
 */
import { describe, expect, it } from 'vitest';
import { coverageCell } from '../../shared/sample/coverageStudy';
import type { RealisticScenario } from '../../shared/sample';

const JOURNALS = 200;
const SEED = 50_000;

describe('coverage of the intervals on 200 realistic journals per scenario', () => {
  for (const scenario of ['3m', '6m', '1y', '2y'] as RealisticScenario[]) {
    for (const rho of ['mixed', 0.8] as const) {
      it(`${scenario}, autocorrelation ${rho}: neutral clients' intervals contain 0 in ≥ 93%${scenario === '1y' ? ', the −1 drainer found in ≥ 90%' : ''}`, () => {
        const cell = coverageCell(scenario, rho, JOURNALS, SEED, false);
        expect(cell.journals).toBe(JOURNALS);
        expect(cell.neutralCovered).toBeGreaterThanOrEqual(0.93);
        expect(cell.nextDayCovered).toBeGreaterThanOrEqual(0.93);
        if (scenario === '1y' || scenario === '2y') expect(cell.drainerFound).toBeGreaterThanOrEqual(0.9);
      }, 120_000);
    }
  }
});
