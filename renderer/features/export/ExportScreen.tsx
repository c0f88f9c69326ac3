import { useCallback, useEffect, useMemo, useState } from 'react';
import { todayKey } from '../../../shared/domain/dates';
import type { DayKey } from '../../../shared/domain/types';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { ClientFieldset } from './ClientFieldset';
import { ExportActionsPanel } from './ExportActionsPanel';
import { blockedMessageKey, ExportPreviewPanel } from './ExportPreviewPanel';
import { PeriodFieldset } from './PeriodFieldset';
import { defaultPeriod } from './period';
import { DEFAULT_CHOICES, lastDayWithEntries, type ExportChoices } from './selection';
import { LanguageFieldset, SignalFieldset } from './TextFieldsets';
import { useExportPreview } from './useExportPreview';
import { ExportEmptyNotice } from '../emptyStates';
import './export.css';

/**
 * Export reflections: choose a period, clients, signals and the text language, see what that
 * holds, then write Markdown, a PDF report, CSV, or the complete JSON backup.
 */
export function ExportScreen() {
  const db = useDb();
  const { t } = useT();
  // The day the screen opened: presets and file names stay put even past midnight.
  const today = useMemo(() => todayKey(), []);
  const [initial, setInitial] = useState<ExportChoices | null>(null);

  useEffect(() => {
    let live = true;
    void lastDayWithEntries(db, today).then((last) => {
      if (live) setInitial({ ...DEFAULT_CHOICES, period: defaultPeriod(today, last) });
    });
    return () => {
      live = false;
    };
  }, [db, today]);

  if (!initial) return <p className="loading" role="status">{t('app.loading')}</p>;
  return <ExportForm initial={initial} today={today} />;
}

function ExportForm({ initial, today }: { initial: ExportChoices; today: DayKey }) {
  const { t } = useT();
  const [choices, setChoices] = useState<ExportChoices>(initial);
  const update = useCallback((patch: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...patch })), []);
  const preview = useExportPreview(choices, today);

  let disabledReason: string | null = null;
  if (preview.blocked) disabledReason = `${t('exporting.disabled.reason')} ${t(blockedMessageKey(preview.blocked))}`;
  else if (preview.loading) disabledReason = t('exporting.preview.loading');

  return (
    <section className="export-screen stack">
      <header className="stack-tight">
        <h1 tabIndex={-1}>{t('exporting.title')}</h1>
        <p className="muted">{t('exporting.intro')}</p>
      </header>
      <ExportEmptyNotice />
      <div className="export-layout">
        <form className="card stack export-choices" onSubmit={(e) => e.preventDefault()}>
          <PeriodFieldset value={choices.period} today={today} onChange={(period) => update({ period })} />
          <ClientFieldset clients={preview.clients} choices={choices} onChange={update} />
          <LanguageFieldset value={choices.languages} onChange={(languages) => update({ languages })} />
          <SignalFieldset signals={preview.signals} selected={choices.signalIds} onChange={(signalIds) => update({ signalIds })} />
        </form>
        <div className="stack export-side">
          <ExportPreviewPanel preview={preview} />
          <ExportActionsPanel choices={choices} today={today} disabledReason={disabledReason} />
        </div>
      </div>
    </section>
  );
}
