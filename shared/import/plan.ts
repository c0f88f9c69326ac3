import type { Client, ClientLink, EntryKind, EntrySource, Signal } from '../domain/types';
import { dayRangeOf } from './preview';
import { mappingKey } from './text';
import type { ExistingJournal, ImportItemBase, ImportMapping, ImportPlan, ImportPlanOptions, ImportPreview, ScaleValue, TagTarget } from './types';

/** How an imported entry is remembered, e.g. "dayone:81F0F3CA693F484792F76359E9E2ACE8". */
export function sourceKey(source: EntrySource): string {
  return `${source.app}:${source.id}`;
}

/** Colours for clients created by an import; the user recolours them on the Clients screen. */
const CLIENT_COLOURS = ['#3b82f6', '#f97316', '#10b981', '#a855f7', '#ef4444', '#eab308', '#06b6d4', '#ec4899'];

/**
 * The last item of each day (by time) becomes the day's end-of-day review, the others notes: the
 * statistics read a day's mood from its review. Ties keep the later one in the user's order —
 * Daylio lists newest first, the other formats oldest first.
 */
function reviewsByDay(preview: ImportPreview): Set<number> {
  const newestFirst = preview.format === 'daylio';
  const best = new Map<string, { index: number; time: string }>();
  preview.items.forEach((item: ImportItemBase, index) => {
    const current = best.get(item.day);
    const later =
      !current || item.time > current.time || (item.time === current.time && (newestFirst ? index < current.index : index > current.index));
    if (later) best.set(item.day, { index, time: item.time });
  });
  return new Set([...best.values()].map((b) => b.index));
}

/**
 * The energy level 1–5 from the scale the user chose: a 1–5 value as it is, a value out of
 * another maximum scaled to 1–5 (e.g. 8/10 → 4), a time ("7:30") or anything else → null.
 */
export function energyFromScale(value: ScaleValue | undefined): number | null {
  if (!value || value.duration) return null;
  const max = value.max ?? 5;
  if (!(max > 1) || value.value < 0 || value.value > max) return null;
  if (max === 5) return Number.isInteger(value.value) && value.value >= 1 ? value.value : null;
  return Math.min(5, Math.max(1, Math.round(1 + ((value.value - 1) * 4) / (max - 1))));
}

function energyOf(scales: ReadonlyMap<string, ScaleValue>, scaleKey: string | null | undefined): number | null {
  if (!scaleKey) return null;
  for (const [name, value] of scales) if (mappingKey(name) === scaleKey) return energyFromScale(value);
  return null;
}

function checkedLevel(level: number | null | undefined, mood: string): number | null {
  if (level === null || level === undefined) return null;
  if (!Number.isInteger(level) || level < 1 || level > 5) throw new RangeError(`Mood level for "${mood}" must be 1–5, got ${level}`);
  return level;
}

/** Resolves mapping targets to ids, creating a client or signal the first time a new entry needs it. */
function targetResolver(existing: ExistingJournal, options: ImportPlanOptions, plan: ImportPlan) {
  const clientByName = new Map(existing.clients.map((c) => [mappingKey(c.name), c.id] as const));
  const signalByLabel = new Map<string, string>();
  for (const s of existing.signals) {
    signalByLabel.set(mappingKey(s.label.en), s.id);
    signalByLabel.set(mappingKey(s.label.fr), s.id);
  }
  const clientIds = new Set(existing.clients.map((c) => c.id));
  const signalIds = new Set(existing.signals.map((s) => s.id));

  return (target: TagTarget): { clientId: string } | { signalId: string } | null => {
    switch (target.kind) {
      case 'ignore':
        return null;
      case 'client':
        if (!clientIds.has(target.clientId)) throw new Error(`Mapping names an unknown client ${target.clientId}`);
        return { clientId: target.clientId };
      case 'signal':
        if (!signalIds.has(target.signalId)) throw new Error(`Mapping names an unknown signal ${target.signalId}`);
        return { signalId: target.signalId };
      case 'newClient': {
        // Same name as a client the journal has (or this import made): reuse it, e.g. on a second import.
        const key = mappingKey(target.name);
        let id = clientByName.get(key);
        if (!id) {
          id = options.newId();
          const colour = CLIENT_COLOURS[(existing.clients.length + plan.clientsToCreate.length) % CLIENT_COLOURS.length];
          const client: Client = { id, name: target.name.trim(), color: colour, status: 'active', notes: '', createdAt: options.now, updatedAt: options.now };
          plan.clientsToCreate.push(client);
          clientByName.set(key, id);
        }
        return { clientId: id };
      }
      case 'newSignal': {
        const key = mappingKey(target.label);
        let id = signalByLabel.get(key);
        if (!id) {
          id = options.newId();
          // One label for both languages: the user wrote it once; it can be translated in Settings.
          const label = target.label.trim();
          const signal: Signal = { id, label: { fr: label, en: label }, builtin: false, createdAt: options.now };
          plan.signalsToCreate.push(signal);
          signalByLabel.set(key, id);
        }
        return { signalId: id };
      }
    }
  };
}

const joinText = (title: string, text: string) => [title, text].filter((s) => s !== '').join('\n\n');

/**
 * Turns a preview and the user's mapping into what the import will write, without writing:
 * entries (with their source, so a second import of the same file only counts duplicates),
 * and the clients and signals the mapping asks to create — only those a new entry uses.
 * Throws when the mapping names a client or signal the journal does not have, or a mood level
 * outside 1–5: those are mistakes of the caller, not of the file.
 */
export function buildImportPlan(
  preview: ImportPreview,
  mapping: ImportMapping,
  existing: ExistingJournal,
  options: ImportPlanOptions,
): ImportPlan {
  const plan: ImportPlan = { clientsToCreate: [], signalsToCreate: [], entries: [], duplicates: 0, skipped: preview.skipped, range: null };
  const language = options.language ?? 'fr';
  const resolve = targetResolver(existing, options, plan);
  const reviews = reviewsByDay(preview);
  const seen = new Set<string>();

  preview.items.forEach((item: ImportItemBase, index) => {
    const source: EntrySource = { app: preview.format, id: item.sourceId };
    const key = sourceKey(source);
    if (existing.sourceKeys.has(key) || seen.has(key)) {
      plan.duplicates++;
      return;
    }
    seen.add(key);
    const clients = new Map<string, ClientLink>();
    const signals = new Set<string>();
    for (const tag of item.tags) {
      const resolved = resolve(mapping.tags.get(mappingKey(tag)) ?? { kind: 'ignore' });
      if (resolved && 'clientId' in resolved) {
        if (!clients.has(resolved.clientId)) clients.set(resolved.clientId, { clientId: resolved.clientId, felt: null, signals: [] });
      } else if (resolved) signals.add(resolved.signalId);
    }
    const daylio = preview.format === 'daylio' ? preview.items[index] : null;
    const kind: EntryKind = reviews.has(index) ? 'review' : 'note';
    const body = joinText(item.title, item.text);
    plan.entries.push({
      id: options.newId(),
      day: item.day,
      time: item.time,
      kind,
      mood: daylio ? checkedLevel(mapping.moods.get(mappingKey(daylio.mood)), daylio.mood) : null,
      energy: daylio ? energyOf(daylio.scales, mapping.energyScale) : null,
      text: { fr: language === 'fr' ? body : '', en: language === 'en' ? body : '' },
      clients: [...clients.values()],
      signals: [...signals],
      source,
      createdAt: options.now,
      updatedAt: options.now,
    });
  });
  plan.range = dayRangeOf(plan.entries);
  return plan;
}
