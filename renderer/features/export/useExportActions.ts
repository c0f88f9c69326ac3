/**
 * The four export actions. Each reads the current choices afresh from the database (so a click
 * right after a change exports what the user sees, not what the preview last counted), writes
 * the file and hands it to the desktop bridge: a native save dialog on desktop, a download or the
 * print dialog on the web.
 */
import { useCallback, useState } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import type { CsvFormat } from '../../../shared/export';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { exportFullBackup } from '../../db/backupIo';
import { loadDaySummaries } from '../../db/days';
import { platform } from '../../platform';
import { backupRequest, csvRequest, describeOutcome, fileNameFor, markdownRequest, outcomeOf, type ExportOutcome } from './exportFiles';
import { blockedMessageKey } from './ExportPreviewPanel';
import { buildPdfHtml, type ReportMetrics } from './pdfReport';
import type { PageSize } from './reportHtml';
import { clientFilter, loadExportInput, type Blocked, type ExportChoices } from './selection';

export type ExportKind = 'markdown' | 'pdf' | 'csv' | 'backup';

type Result = { outcome: ExportOutcome } | { blocked: Blocked };

export interface ExportActions {
  /** The action running, or null. */
  busy: ExportKind | null;
  /** The last action's result in words (in the current UI language), and whether it went wrong. */
  message: { text: string; error: boolean } | null;
  run(kind: ExportKind): Promise<void>;
}

export function useExportActions(
  choices: ExportChoices,
  today: DayKey,
  pageSize: PageSize,
  metrics: ReportMetrics = 'both',
  csvFormat: CsvFormat = 'standard',
): ExportActions {
  const db = useDb();
  const { t, lang, settings } = useSettings();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [last, setLast] = useState<Result | null>(null);

  const perform = useCallback(
    async (kind: ExportKind): Promise<Result> => {
      const api = platform();
      if (kind === 'backup') {
        const json = await exportFullBackup(db, Date.now());
        return { outcome: outcomeOf(api, await api.saveFile(backupRequest(json, today, t))) };
      }
      const loaded = await loadExportInput(db, choices, { today, lang });
      if (!loaded.ok) return { blocked: loaded.error };
      const input = loaded.value;
      const clientIds = clientFilter(choices);
      if (kind === 'markdown') {
        return { outcome: outcomeOf(api, await api.saveFile(markdownRequest(input, { perClient: choices.perClient, clientIds }, t))) };
      }
      if (kind === 'csv') return { outcome: outcomeOf(api, await api.saveFile(csvRequest(input, t, clientIds, csvFormat))) };
      const days = await loadDaySummaries(db, input.period?.from, input.period?.to);
      const html = await buildPdfHtml({ input, days, pageSize, t, weekStartsOn: settings.weekStartsOn, clientIds, metrics });
      const result = await api.printToPdf({ html, pageSize, defaultName: fileNameFor('pdf', input, clientIds), title: t('exporting.dialog.pdf') });
      return { outcome: outcomeOf(api, result, true) };
    },
    [db, choices, today, lang, t, pageSize, metrics, csvFormat, settings.weekStartsOn],
  );

  const run = useCallback(
    async (kind: ExportKind) => {
      setBusy(kind);
      setLast(null);
      try {
        setLast(await perform(kind));
      } catch (error) {
        // An unexpected failure (a broken bridge, an exception while writing): said here, in words.
        console.error(error);
        setLast({ outcome: { kind: 'error', reason: error instanceof Error ? error.message : String(error) } });
      } finally {
        setBusy(null);
      }
    },
    [perform],
  );

  let message: ExportActions['message'] = null;
  if (last && 'blocked' in last) message = { text: t(blockedMessageKey(last.blocked)), error: true };
  else if (last) message = { text: describeOutcome(t, last.outcome), error: last.outcome.kind === 'error' };
  return { busy, message, run };
}
