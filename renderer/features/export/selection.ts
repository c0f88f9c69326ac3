/**
 * What an export covers, from the screen's choices: the period's entries read from the `day`
 * index (only the chosen range is loaded), then the client, signal and language filters of
 * selectEntries. The preview and every export action go through here, so what is counted is
 * what is written.
 */
import type { Client, CriterionDef, DayKey, Entry, Lang, Result, Signal } from '../../../shared/domain/types';
import { selectEntries, type ExportInput, type ExportPeriod, type TextLanguages } from '../../../shared/export';
import { sortClients, listClients } from '../../db/clients';
import { openEntry } from '../../db/entries';
import { readSettings } from '../../db/settings';
import { listSignals, sortSignals } from '../../db/signals';
import type { HumeurDb } from '../../db/schema';
import { resolvePeriod, type PeriodChoice, type PeriodError } from './period';

export interface ExportChoices {
  period: PeriodChoice;
  /** 'some': only the ticked clientIds. */
  clientMode: 'all' | 'some';
  clientIds: string[];
  /** Markdown only: one file per client, in a ZIP archive. */
  perClient: boolean;
  signalIds: string[];
  languages: TextLanguages;
}

export const DEFAULT_CHOICES: ExportChoices = {
  period: { preset: 'thisMonth', from: '', to: '' },
  clientMode: 'all',
  clientIds: [],
  perClient: false,
  signalIds: [],
  languages: 'both',
};

/** Why nothing can be exported: custom dates not usable, no client ticked, or no entry matches. */
export type Blocked = PeriodError | 'clients' | 'empty';

/** The latest day up to `today` that holds an entry, e.g. "2024-10-31"; null for an empty journal. */
export async function lastDayWithEntries(db: HumeurDb, today: DayKey): Promise<DayKey | null> {
  const last = await db.days.where('day').belowOrEqual(today).last();
  return last?.day ?? null;
}

/** Entries of the period, or of the whole journal when the period is null. */
export async function loadPeriodEntries(db: HumeurDb, period: ExportPeriod | null): Promise<Entry[]> {
  const stored = period ? await db.entries.where('day').between(period.from, period.to, true, true).toArray() : await db.entries.toArray();
  return stored.map((e) => openEntry(db, e));
}

export interface ExportNames {
  clients: Client[];
  signals: Signal[];
  /** The user's ideal-client checklist (null: the defaults), for the scores in the PDF and CSV. */
  idealCriteria: CriterionDef[] | null;
}

export async function loadNames(db: HumeurDb, lang: Lang): Promise<ExportNames> {
  const [clients, signals, settings] = await Promise.all([listClients(db), listSignals(db), readSettings(db)]);
  return { clients: sortClients(clients, lang), signals: sortSignals(signals, lang), idealCriteria: settings.idealCriteria };
}

/** Which clients filter the export: none (every entry) when "all clients" is chosen. */
export function clientFilter(choices: ExportChoices): string[] | undefined {
  return choices.clientMode === 'some' ? choices.clientIds : undefined;
}

/** The selected entries, or why there are none to export. */
export function applyChoices(entries: readonly Entry[], choices: ExportChoices): Result<Entry[], Blocked> {
  const clientIds = clientFilter(choices);
  if (clientIds && clientIds.length === 0) return { ok: false, error: 'clients' };
  const selected = selectEntries(entries, { clientIds, signalIds: choices.signalIds, languages: choices.languages });
  return selected.length === 0 ? { ok: false, error: 'empty' } : { ok: true, value: selected };
}

/** Distinct days among entries, e.g. 12 entries over 9 days. */
export function countDays(entries: readonly Entry[]): number {
  return new Set(entries.map((e) => e.day)).size;
}

export interface Context {
  today: DayKey;
  lang: Lang;
}

/** Everything a writer needs for the current choices, read afresh from the database. */
export async function loadExportInput(db: HumeurDb, choices: ExportChoices, context: Context): Promise<Result<ExportInput, Blocked>> {
  const period = resolvePeriod(choices.period, context.today);
  if (!period.ok) return period;
  const [entries, names] = await Promise.all([loadPeriodEntries(db, period.value), loadNames(db, context.lang)]);
  const selected = applyChoices(entries, choices);
  if (!selected.ok) return selected;
  return { ok: true, value: exportInput(selected.value, names, period.value, choices.languages, context) };
}

export function exportInput(
  entries: Entry[],
  names: ExportNames,
  period: ExportPeriod | null,
  textLanguages: TextLanguages,
  context: Context,
): ExportInput {
  return {
    entries,
    clients: names.clients,
    signals: names.signals,
    idealCriteria: names.idealCriteria,
    period,
    lang: context.lang,
    textLanguages,
    generatedOn: context.today,
  };
}
