/**
 * The ideal-client checklist: one list of the user's criteria, ticked per client.
 * e.g. list [seed-1 "Respects deadlines", c-9 "Pays within 30 days"], Acme ticked on seed-1 → 1/2.
 */
import type { Client, CriterionDef, IdealCriterion } from './types';
import { normaliseForSearch } from './search';

/** The defaults, shown in the UI language (their labels live in the i18n catalog). */
export const DEFAULT_CRITERIA: readonly CriterionDef[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ id: `seed-${n}`, label: '' }));

export const isDefaultCriterion = (def: CriterionDef) => def.label === '' && /^seed-\d+$/.test(def.id);

/** The user's list, or the defaults when it was never edited. */
export function criteriaList(stored: readonly CriterionDef[] | null): CriterionDef[] {
  return [...(stored ?? DEFAULT_CRITERIA)];
}

/** How many of the list's criteria a client meets, e.g. { met: 5, total: 8 }. */
export function idealScore(list: readonly CriterionDef[], client: Pick<Client, 'idealCriteria'>): { met: number; total: number } {
  const met = new Set((client.idealCriteria ?? []).filter((c) => c.met).map((c) => c.id));
  return { met: list.filter((d) => met.has(d.id)).length, total: list.length };
}

/** A client's ticks after ticking or unticking one criterion. */
export function tickCriterion(client: Pick<Client, 'idealCriteria'>, def: CriterionDef, label: string, met: boolean): IdealCriterion[] {
  const others = (client.idealCriteria ?? []).filter((c) => c.id !== def.id);
  return met ? [...others, { id: def.id, label, met: true }] : others;
}

/**
 * From per-client checklists (before the shared list) to one list: every criterion any client had,
 * in the order first seen, the defaults kept as defaults (so they follow the UI language), and the
 * same label typed for two clients ("Paie à temps", "paie a temps") kept once. Returns the list and
 * each client's ticks rewritten onto the kept ids.
 */
export function mergeClientCriteria(clients: readonly Pick<Client, 'id' | 'idealCriteria'>[]): {
  list: CriterionDef[] | null;
  ticks: Record<string, IdealCriterion[]>;
} {
  // A client never edited showed the defaults: they stay in the list.
  const list: CriterionDef[] = clients.some((c) => !c.idealCriteria) ? DEFAULT_CRITERIA.map((d) => ({ ...d })) : [];
  const byId = new Map<string, CriterionDef>(list.map((d) => [d.id, d]));
  const byLabel = new Map<string, CriterionDef>();
  const ticks: Record<string, IdealCriterion[]> = {};
  let any = false;
  for (const client of clients) {
    if (!client.idealCriteria) continue;
    any = true;
    const mine = new Map<string, IdealCriterion>();
    for (const c of client.idealCriteria) {
      const seed = /^seed-\d+$/.test(c.id);
      const key = normaliseForSearch(c.label.trim());
      let def = byId.get(c.id) ?? (seed ? undefined : byLabel.get(key));
      if (!def) {
        def = { id: c.id, label: seed ? '' : c.label.trim() };
        list.push(def);
        byId.set(def.id, def);
        if (!seed) byLabel.set(key, def);
      }
      if (c.met) mine.set(def.id, { id: def.id, label: c.label, met: true });
    }
    ticks[client.id] = [...mine.values()];
  }
  return { list: any ? list : null, ticks };
}
