import type { DayKey, Entry } from '../domain/types';
import { hasRatings, hasText, sortEntries, type TextLanguages } from './model';

export interface ExportSelection {
  /** Inclusive bounds, e.g. "2024-10-01" … "2024-10-31"; either may be left open. */
  from?: DayKey;
  to?: DayKey;
  /** Keep entries involving any of these clients; none or empty: every entry. */
  clientIds?: readonly string[];
  /** Keep entries carrying any of these signals, day-level or client-level; none or empty: all. */
  signalIds?: readonly string[];
  languages: TextLanguages;
}

/**
 * The entries an export covers, sorted by day then time.
 *
 * With a single language ('fr' or 'en'), an entry whose text in that language is empty is still
 * kept when it carries ratings (mood, energy or a felt score): its numbers belong in the export,
 * and the writers simply leave its text section out. An entry with neither text in that language
 * nor ratings has nothing to show in it and is dropped. With 'both', every entry is kept.
 */
export function selectEntries(entries: readonly Entry[], selection: ExportSelection): Entry[] {
  const clients = selection.clientIds?.length ? new Set(selection.clientIds) : null;
  const signals = selection.signalIds?.length ? new Set(selection.signalIds) : null;
  const lang = selection.languages;
  const kept = entries.filter((e) => {
    if (selection.from !== undefined && e.day < selection.from) return false;
    if (selection.to !== undefined && e.day > selection.to) return false;
    if (clients && !e.clients.some((link) => clients.has(link.clientId))) return false;
    if (signals && !entrySignals(e).some((id) => signals.has(id))) return false;
    if (lang !== 'both' && !hasText(e, lang) && !hasRatings(e)) return false;
    return true;
  });
  return sortEntries(kept);
}

/** Every signal id of an entry, day-level first, then each client's. */
export function entrySignals(entry: Entry): string[] {
  return [...entry.signals, ...entry.clients.flatMap((link) => link.signals)];
}
