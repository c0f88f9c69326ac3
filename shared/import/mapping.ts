import { mappingKey } from './text';
import type { DaylioPreview, ImportMapping, ImportPreview } from './types';

/** A distinct activity or tag of the file: `key` is what ImportMapping.tags is keyed by. */
export interface TagSummary {
  key: string;
  /** As first written in the file, e.g. "Réunion client". */
  name: string;
  count: number;
}

export interface MoodSummary extends TagSummary {
  /** The default level 1–5, or null when the name is unknown and the user must choose. */
  level: number | null;
}

/**
 * Daylio's default mood names, in English and in the French app, e.g. "Super " → 5.
 * Custom names ("sad", "épuisé") are not guessed: the mapping step asks for them.
 */
const DEFAULT_MOOD_LEVELS: Record<string, number> = {
  rad: 5,
  good: 4,
  meh: 3,
  bad: 2,
  awful: 1,
  super: 5,
  bien: 4,
  bof: 3,
  mal: 2,
  horrible: 1,
};

export function defaultMoodLevel(name: string): number | null {
  return DEFAULT_MOOD_LEVELS[mappingKey(name)] ?? null;
}

function summarise(names: Iterable<string>): TagSummary[] {
  const byKey = new Map<string, TagSummary>();
  for (const name of names) {
    const key = mappingKey(name);
    if (key === '') continue;
    const found = byKey.get(key);
    if (found) found.count++;
    else byKey.set(key, { key, name: name.trim(), count: 1 });
  }
  // Most used first: the ones worth mapping carefully.
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function* allTags(preview: ImportPreview): Generator<string> {
  for (const item of preview.items) yield* item.tags;
}

/** The distinct tags (Daylio activities, Day One and jrnl tags) of any preview, with counts. */
export function tagSummaries(preview: ImportPreview): TagSummary[] {
  return summarise(allTags(preview));
}

/** What the Daylio mapping step shows: activities and mood names with counts and default levels. */
export function daylioMappingDefaults(preview: DaylioPreview): { activities: TagSummary[]; moods: MoodSummary[] } {
  const moods = summarise(preview.items.map((i) => i.mood)).map((m) => ({ ...m, level: defaultMoodLevel(m.name) }));
  return { activities: tagSummaries(preview), moods };
}

/** The mapping before the user changes anything: every tag ignored, moods at their default levels. */
export function defaultImportMapping(preview: ImportPreview): ImportMapping {
  const tags: ImportMapping['tags'] = {};
  for (const t of tagSummaries(preview)) tags[t.key] = { kind: 'ignore' };
  const moods: ImportMapping['moods'] = {};
  if (preview.format === 'daylio') for (const m of daylioMappingDefaults(preview).moods) moods[m.key] = m.level;
  return { tags, moods };
}
