import type { RankingRow, SignalEffectRow } from '../../../../shared/stats';
import { comparisonVerdict, signalComparison } from '../../../../shared/stats/readings';
import type { EffectBarRow } from './EffectBarsChart';

/** What a chart needs to know of a client: its name and colour. */
export interface ClientLook {
  name: string;
  color: string;
}

/** Ranking rows with an estimate, as bars in each client's colour, e.g. for RankingChart; `felt` adds the user's own rating to the label ("ressenti −1,6"). */
export function rankingBars(ranking: readonly RankingRow[], look: (clientId: string) => ClientLook, felt?: (clientId: string) => string | undefined): EffectBarRow[] {
  return ranking
    .filter((r) => r.effect !== null)
    .map((r) => ({
      id: r.clientId,
      ...look(r.clientId),
      effect: r.effect,
      low: r.low,
      high: r.high,
      whisker: r.whisker,
      daysWith: r.daysWith,
      verdict: r.verdict,
      felt: felt?.(r.clientId),
    }));
}

/** Signal comparisons as bars (adjusted for clients where the model could), verdict decided by the range and the minimum days (see readings.ts). */
export function signalBars(effects: readonly SignalEffectRow[], label: (signalId: string) => string): EffectBarRow[] {
  return effects.map((row) => {
    const e = signalComparison(row);
    const verdict = comparisonVerdict(e);
    const shown = verdict !== 'insufficient' && e.low !== null && e.high !== null && e.effect !== null;
    return {
      id: e.signalId,
      name: label(e.signalId),
      color: '',
      effect: shown ? e.effect : null,
      low: e.low,
      high: e.high,
      whisker: shown ? [e.effect! - e.low!, e.high! - e.effect!] : null,
      daysWith: e.daysWith,
      verdict,
    };
  });
}
