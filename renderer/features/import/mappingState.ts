/**
 * The mapping step's state, one row per tag (Daylio activity, Day One or jrnl tag) and one per
 * Daylio mood name, and how it becomes the ImportMapping that buildImportPlan reads.
 */
import { normaliseForSearch } from '../../../shared/domain/search';
import { mappingKey } from '../../../shared/import/text';
import type { ExistingJournal, ImportMapping, TagTarget } from '../../../shared/import/types';
import type { MoodSummary, TagSummary } from '../../../shared/import/mapping';

/** A select's value: "ignore", "newClient", "newSignal", "client:<id>" or "signal:<id>". */
export type TagChoice = 'ignore' | 'newClient' | 'newSignal' | `client:${string}` | `signal:${string}`;

export interface TagRowState {
  choice: TagChoice;
  /** The name of the client or signal to create, prefilled with the tag, e.g. "@acme" → "acme". */
  newName: string;
}

/** Maps, not objects: an activity may be called "constructor" or "__proto__". */
export interface MappingState {
  tags: ReadonlyMap<string, TagRowState>;
  /** Level 1–5 by mood key; null: not chosen yet (an unknown name such as "épuisé"). */
  moods: ReadonlyMap<string, number | null>;
  /** The Daylio scale that gives the energy (its key), null for none. */
  energyScale: string | null;
}

/** A copy of a map with one key changed, for React state. */
export function withKey<V>(map: ReadonlyMap<string, V>, key: string, value: V): Map<string, V> {
  return new Map(map).set(key, value);
}

/** "@acme" → "acme", "#Réunion" → "Réunion": the name a new client or signal gets by default. */
export function defaultNewName(tag: string): string {
  return tag.trim().replace(/^[@#]+/, '') || tag.trim();
}

/**
 * The first guess: a tag named like an existing client goes to that client, one named like a
 * signal in either language (accents aside: "travail non paye" = "Travail non payé") to that
 * signal; everything else is ignored until the user says otherwise. Moods keep their default levels.
 */
export function initialMappingState(
  tags: readonly TagSummary[],
  moods: readonly MoodSummary[],
  existing: ExistingJournal,
  energyScale: string | null = null,
): MappingState {
  const clientByName = new Map(existing.clients.map((c) => [mappingKey(c.name), c.id] as const));
  const signalByLabel = new Map<string, string>();
  for (const s of existing.signals) {
    if (s.archived) continue;
    for (const label of [s.label.fr, s.label.en]) if (label) signalByLabel.set(normaliseForSearch(label), s.id);
  }
  const state = { tags: new Map<string, TagRowState>(), moods: new Map<string, number | null>(), energyScale };
  for (const tag of tags) {
    const bare = defaultNewName(tag.name);
    const client = clientByName.get(mappingKey(bare)) ?? clientByName.get(tag.key);
    const signal = signalByLabel.get(normaliseForSearch(bare));
    const choice: TagChoice = client ? `client:${client}` : signal ? `signal:${signal}` : 'ignore';
    state.tags.set(tag.key, { choice, newName: bare });
  }
  for (const mood of moods) state.moods.set(mood.key, mood.level);
  return state;
}

function targetOf(row: TagRowState): TagTarget {
  if (row.choice === 'newClient') return row.newName.trim() ? { kind: 'newClient', name: row.newName } : { kind: 'ignore' };
  if (row.choice === 'newSignal') return row.newName.trim() ? { kind: 'newSignal', label: row.newName } : { kind: 'ignore' };
  if (row.choice.startsWith('client:')) return { kind: 'client', clientId: row.choice.slice('client:'.length) };
  if (row.choice.startsWith('signal:')) return { kind: 'signal', signalId: row.choice.slice('signal:'.length) };
  return { kind: 'ignore' };
}

export function toImportMapping(state: MappingState): ImportMapping {
  const tags = new Map<string, TagTarget>();
  for (const [key, row] of state.tags) tags.set(key, targetOf(row));
  return { tags, moods: new Map(state.moods), energyScale: state.energyScale };
}

/** Mood names still without a level: the import waits until each is chosen. */
export function unresolvedMoods(moods: readonly MoodSummary[], state: MappingState): MoodSummary[] {
  return moods.filter((m) => (state.moods.get(m.key) ?? null) === null);
}

/** New client or signal rows left without a name: the import waits for one. */
export function unnamedTags(tags: readonly TagSummary[], state: MappingState): TagSummary[] {
  return tags.filter((t) => {
    const row = state.tags.get(t.key);
    return row && (row.choice === 'newClient' || row.choice === 'newSignal') && row.newName.trim() === '';
  });
}
