import { mappingKey } from './text';
import type { DaylioPreview, ImportMapping, ImportPreview, TagTarget } from './types';

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
const DEFAULT_MOOD_LEVELS = new Map<string, number>([
  ['rad', 5],
  ['good', 4],
  ['meh', 3],
  ['bad', 2],
  ['awful', 1],
  ['super', 5],
  ['bien', 4],
  ['bof', 3],
  ['mal', 2],
  ['horrible', 1],
]);

export function defaultMoodLevel(name: string): number | null {
  return DEFAULT_MOOD_LEVELS.get(mappingKey(name)) ?? null;
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

/** A Daylio scale of the file, e.g. "Sleep Quality" (out of 10) used in 31 entries. */
export interface ScaleSummary extends TagSummary {
  /** The largest "/max" it was exported with, e.g. 10; undefined when it has none. */
  max?: number;
  /** A time such as "7:30" (sleep time): never an energy level. */
  duration: boolean;
}

/** Energy in the languages Daylio ships in, accents removed, e.g. "Énergie", "Energía", "Энергия". */
const ENERGY_WORDS = ['energy', 'energie', 'energia', 'energi', 'enerji', 'energija', 'energiya', 'энергия', 'енергія', 'energetyka', 'vitalite'];

export function looksLikeEnergy(name: string): boolean {
  const bare = name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return ENERGY_WORDS.some((w) => bare.includes(w));
}

/** The scales of a Daylio preview, most used first. */
export function scaleSummaries(preview: DaylioPreview): ScaleSummary[] {
  const byKey = new Map<string, ScaleSummary>();
  for (const item of preview.items) {
    for (const [name, value] of item.scales) {
      const key = mappingKey(name);
      const found = byKey.get(key) ?? { key, name, count: 0, duration: false };
      found.count++;
      if (value.duration) found.duration = true;
      if (value.max !== undefined) found.max = Math.max(found.max ?? 0, value.max);
      byKey.set(key, found);
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The scale suggested for energy: the most used one named like energy that is not a time. */
export function suggestedEnergyScale(scales: readonly ScaleSummary[]): string | null {
  return scales.find((s) => !s.duration && looksLikeEnergy(s.name))?.key ?? null;
}

/** The mapping before the user changes anything: every tag ignored, moods at their default levels. */
export function defaultImportMapping(preview: ImportPreview): ImportMapping & { tags: Map<string, TagTarget>; moods: Map<string, number | null> } {
  const tags = new Map<string, TagTarget>();
  for (const t of tagSummaries(preview)) tags.set(t.key, { kind: 'ignore' });
  const moods = new Map<string, number | null>();
  if (preview.format === 'daylio') for (const m of daylioMappingDefaults(preview).moods) moods.set(m.key, m.level);
  const energyScale = preview.format === 'daylio' ? suggestedEnergyScale(scaleSummaries(preview)) : null;
  return { tags, moods, energyScale };
}
