/**
 * The live preview of an export: the choices settle for a moment (typing a date, ticking several
 * clients), then the period's entries are read from the database and filtered; the counts and the
 * beginning of the Markdown follow. Database changes (an entry saved elsewhere) update it too.
 */
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Client, DayKey, Signal } from '../../../shared/domain/types';
import { toMarkdown } from '../../../shared/export';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { perClientFiles } from './exportFiles';
import { resolvePeriod } from './period';
import { applyChoices, clientFilter, countDays, exportInput, loadNames, loadPeriodEntries, type Blocked, type ExportChoices } from './selection';

export const PREVIEW_DELAY_MS = 250;
/** The preview shows the beginning of the file only. */
export const PREVIEW_CHARS = 2400;

export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export interface ExportPreview {
  /** Until the first read for these choices has finished. */
  loading: boolean;
  /** The choices changed and the preview has not caught up yet. */
  pending: boolean;
  clients: Client[];
  signals: Signal[];
  blocked: Blocked | null;
  entryCount: number;
  dayCount: number;
  /** The beginning of the (first) Markdown file, and whether it goes on. */
  markdown: string;
  truncated: boolean;
  /** With one file per client: how many files, and the first one's name. */
  files: { count: number; firstName: string } | null;
}

export function useExportPreview(choices: ExportChoices, today: DayKey): ExportPreview {
  const db = useDb();
  const { lang } = useT();
  const settled = useDebouncedValue(choices, PREVIEW_DELAY_MS);
  const period = resolvePeriod(settled.period, today);
  const from = period.ok ? period.value?.from : undefined;
  const to = period.ok ? period.value?.to : undefined;
  const names = useLiveQuery(() => loadNames(db, lang), [db, lang]);
  const loaded = useLiveQuery(
    async () => ({ key: `${from}…${to}`, entries: await loadPeriodEntries(db, from && to ? { from, to } : null) }),
    [db, from, to],
  );
  const livePeriod = resolvePeriod(choices.period, today);

  const computed = useMemo(() => {
    if (!names || !loaded || !period.ok) return null;
    const selected = applyChoices(loaded.entries, settled);
    if (!selected.ok) return { blocked: selected.error, entryCount: 0, dayCount: 0, markdown: '', files: null };
    const input = exportInput(selected.value, names, period.value, settled.languages, { today, lang });
    let markdown: string;
    let files: ExportPreview['files'] = null;
    if (settled.perClient) {
      const list = perClientFiles(input, clientFilter(settled));
      markdown = list[0]?.content ?? '';
      files = { count: list.length, firstName: list[0]?.fileName ?? '' };
    } else {
      markdown = toMarkdown(input);
    }
    return { blocked: null, entryCount: selected.value.length, dayCount: countDays(selected.value), markdown, files };
    // `period` is derived from settled.period and today.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [names, loaded, settled, today, lang]);

  const loadedKey = `${from}…${to}`;
  return {
    loading: computed === null && livePeriod.ok,
    pending: settled !== choices || (loaded !== undefined && loaded.key !== loadedKey),
    clients: names?.clients ?? [],
    signals: names?.signals ?? [],
    // A refused custom period shows at once, not after the pause.
    blocked: livePeriod.ok ? (computed?.blocked ?? null) : livePeriod.error,
    entryCount: computed?.entryCount ?? 0,
    dayCount: computed?.dayCount ?? 0,
    markdown: computed ? computed.markdown.slice(0, PREVIEW_CHARS) : '',
    truncated: computed ? computed.markdown.length > PREVIEW_CHARS : false,
    files: computed?.files ?? null,
  };
}
