/**
 * The files the Export screen writes, as save requests for the desktop bridge, and what the user
 * is told afterwards. Markdown "one file per client" is a single ZIP archive (fflate's zipSync):
 * one save dialog instead of one per client, and one download that browsers do not block.
 */
import { strToU8, zipSync } from 'fflate';
import type { DayKey } from '../../../shared/domain/types';
import { exportFileName, toCsv, toMarkdown, toMarkdownPerClient, type CsvFormat, type ExportInput, type MarkdownFile } from '../../../shared/export';
import { effectivePeriod } from '../../../shared/export/model';
import type { Translate } from '../../../shared/i18n';
import type { DesktopApi, SaveFileRequest, SaveFileResult } from '../../../shared/ipc/contract';

export type ExportOutcome =
  | { kind: 'saved'; path: string }
  | { kind: 'downloaded'; path: string }
  | { kind: 'printOpened' }
  | { kind: 'cancelled' }
  | { kind: 'error'; reason: string };

export interface MarkdownChoice {
  perClient: boolean;
  /** The ticked clients, or undefined for all clients. */
  clientIds?: readonly string[];
}

/** The one client an export is about, for its file name ("humeur-acme-2024-10.md"), if exactly one was ticked. */
export function singleClientName(input: ExportInput, clientIds?: readonly string[]): string | undefined {
  if (clientIds?.length !== 1) return undefined;
  return input.clients.find((c) => c.id === clientIds[0])?.name;
}

/** The name of a file of this export, e.g. "humeur-2024-10.csv" or "humeur-acme-2024-10-01_2024-11-15.pdf". */
export function fileNameFor(kind: 'markdown' | 'csv' | 'pdf', input: ExportInput, clientIds?: readonly string[]): string {
  return exportFileName({
    kind,
    period: effectivePeriod(input.period, input.entries),
    generatedOn: input.generatedOn,
    clientName: singleClientName(input, clientIds),
  });
}

/** One document per client the export is about; a client merely mentioned alongside a ticked one gets no file. */
export function perClientFiles(input: ExportInput, clientIds?: readonly string[]): MarkdownFile[] {
  const files = toMarkdownPerClient(input);
  if (!clientIds) return files;
  const wanted = new Set(clientIds);
  return files.filter((f) => wanted.has(f.clientId));
}

export function markdownRequest(input: ExportInput, choice: MarkdownChoice, t: Translate): SaveFileRequest {
  if (!choice.perClient) {
    return {
      defaultName: fileNameFor('markdown', input, choice.clientIds),
      filters: [{ name: t('exporting.filter.markdown'), extensions: ['md'] }],
      data: toMarkdown(input),
      title: t('exporting.dialog.markdown'),
    };
  }
  const files = perClientFiles(input, choice.clientIds);
  // A fixed modification time keeps the archive the same for the same journal.
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.fileName, [strToU8(f.content), { mtime: new Date(2000, 0, 1) }]])), { level: 6 });
  return {
    defaultName: fileNameFor('markdown', input).replace(/\.md$/, '.zip'),
    filters: [{ name: t('exporting.filter.zip'), extensions: ['zip'] }],
    data: zip,
    title: t('exporting.dialog.markdown'),
  };
}

export function csvRequest(input: ExportInput, t: Translate, clientIds?: readonly string[], format: CsvFormat = 'standard'): SaveFileRequest {
  return {
    defaultName: fileNameFor('csv', input, clientIds),
    filters: [{ name: t('exporting.filter.csv'), extensions: ['csv'] }],
    data: toCsv(input, { format }),
    title: t('exporting.dialog.csv'),
  };
}

export function backupRequest(json: string, generatedOn: DayKey, t: Translate): SaveFileRequest {
  return {
    defaultName: exportFileName({ kind: 'backup', period: null, generatedOn }),
    filters: [{ name: t('exporting.filter.json'), extensions: ['json'] }],
    data: json,
    title: t('exporting.dialog.backup'),
  };
}

/** Reads the bridge's answer: on the web a "saved" file is a download, and a printed report an open print dialog. */
export function outcomeOf(api: Pick<DesktopApi, 'platform'>, result: SaveFileResult, printing = false): ExportOutcome {
  if (!result.ok) return result.error === 'cancelled' ? { kind: 'cancelled' } : { kind: 'error', reason: result.error };
  if (api.platform === 'web') return printing ? { kind: 'printOpened' } : { kind: 'downloaded', path: result.value.path };
  return { kind: 'saved', path: result.value.path };
}

/** The sentence shown after an export, in the UI language, e.g. "Saved to /home/léa/humeur-2024-10.md". */
export function describeOutcome(t: Translate, outcome: ExportOutcome): string {
  switch (outcome.kind) {
    case 'saved':
      return t('exporting.outcome.saved', { path: outcome.path });
    case 'downloaded':
      return t('exporting.outcome.downloaded', { path: outcome.path });
    case 'printOpened':
      return t('exporting.outcome.printOpened');
    case 'cancelled':
      return t('exporting.outcome.cancelled');
    case 'error':
      if (outcome.reason === 'unsupported' || outcome.reason === 'print-unavailable') return t('exporting.outcome.unsupported');
      return t('exporting.outcome.error', { reason: outcome.reason });
  }
}
