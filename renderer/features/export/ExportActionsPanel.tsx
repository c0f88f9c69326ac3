import { useId, useState, type ReactNode } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import type { CsvFormat } from '../../../shared/export';
import { useT } from '../../app/settings';
import { useVault } from '../privacy/useVault';
import type { ReportMetrics } from './pdfReport';
import type { PageSize } from './reportHtml';
import type { ExportChoices } from './selection';
import { useExportActions, type ExportKind } from './useExportActions';

interface Props {
  choices: ExportChoices;
  today: DayKey;
  /** Why the filtered exports cannot run (nothing selected), or null when they can. */
  disabledReason: string | null;
}

/** The four export buttons, each with what it writes, the busy state and the outcome in words. */
export function ExportActionsPanel({ choices, today, disabledReason }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  // Both scores by default: a score with no rated day in the period is left out of the report anyway.
  const [metrics, setMetrics] = useState<ReportMetrics>('both');
  // A French UI most likely means a French Excel, which splits on ";" and reads "2,5" as a number.
  const [csvFormat, setCsvFormat] = useState<CsvFormat>(lang === 'fr' ? 'excel-fr' : 'standard');
  const actions = useExportActions(choices, today, pageSize, metrics, csvFormat);
  const reasonId = `${id}-reason`;
  const running = actions.busy !== null;
  // Protected journal: the backup is encrypted, the other files are not, and that is said before saving.
  const { status } = useVault();
  const isProtected = status !== 'off';
  const plainId = `${id}-plain`;

  // While an export runs the buttons stay focusable (aria-disabled, clicks ignored): disabling the
  // focused button would drop keyboard focus to the page.
  const button = (kind: ExportKind, label: string, filtered = true) => (
    <button
      type="button"
      className={kind === 'markdown' ? 'button button-primary' : 'button'}
      disabled={filtered && disabledReason !== null}
      aria-disabled={running || undefined}
      aria-describedby={[kind !== 'backup' && isProtected ? plainId : '', `${id}-${kind}-hint`, filtered && disabledReason ? reasonId : ''].filter(Boolean).join(' ')}
      onClick={() => {
        if (!running) void actions.run(kind);
      }}
    >
      {actions.busy === kind ? t('exporting.busy') : label}
    </button>
  );
  const row = (kind: ExportKind, control: ReactNode, hint: string, extra?: ReactNode) => (
    <div className="export-action">
      <div className="export-action-controls">
        {control}
        {extra}
      </div>
      <p id={`${id}-${kind}-hint`} className="field-hint">
        {hint}
      </p>
    </div>
  );

  return (
    <section className="card stack export-actions" aria-labelledby={`${id}-heading`} aria-busy={running}>
      <h2 id={`${id}-heading`}>{t('exporting.actions.heading')}</h2>
      {disabledReason && (
        <p id={reasonId} className="export-disabled">
          {disabledReason}
        </p>
      )}
      {isProtected && (
        <p id={plainId} className="export-plain-notice">
          {t('exporting.plain.notice')}
        </p>
      )}
      {row('markdown', button('markdown', t(choices.perClient ? 'exporting.markdown.zipButton' : 'exporting.markdown.button')), t('exporting.markdown.hint'))}
      {row(
        'pdf',
        button('pdf', t('exporting.pdf.button')),
        t('exporting.pdf.hint'),
        <span className="export-page-size">
          <label htmlFor={`${id}-page`}>{t('exporting.pdf.pageSize')}</label>
          <select id={`${id}-page`} value={pageSize} disabled={running} onChange={(e) => setPageSize(e.target.value === 'Letter' ? 'Letter' : 'A4')}>
            <option value="A4">{t('exporting.pdf.a4')}</option>
            <option value="Letter">{t('exporting.pdf.letter')}</option>
          </select>
          <label htmlFor={`${id}-metrics`}>{t('explain.report.metrics')}</label>
          <select id={`${id}-metrics`} value={metrics} disabled={running} onChange={(e) => setMetrics(e.target.value as ReportMetrics)}>
            {(['both', 'mood', 'energy'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`explain.report.metrics.${m}`)}
              </option>
            ))}
          </select>
        </span>,
      )}
      {row(
        'csv',
        button('csv', t('exporting.csv.button')),
        `${t('exporting.csv.hint')} ${t(csvFormat === 'excel-fr' ? 'frictions.csv.excelFr.hint' : 'frictions.csv.standard.hint')}`,
        <span className="export-page-size">
          <label htmlFor={`${id}-csv-format`}>{t('frictions.csv.legend')}</label>
          <select id={`${id}-csv-format`} value={csvFormat} disabled={running} onChange={(e) => setCsvFormat(e.target.value === 'excel-fr' ? 'excel-fr' : 'standard')}>
            <option value="excel-fr">{t('frictions.csv.excelFr')}</option>
            <option value="standard">{t('frictions.csv.standard')}</option>
          </select>
        </span>,
      )}
      <div className="export-backup">{row('backup', button('backup', t('exporting.backup.button'), false), t(isProtected ? 'exporting.backup.hintEncrypted' : 'exporting.backup.hint'))}</div>
      <p className="export-outcome" role="status">
        {actions.message && !actions.message.error ? actions.message.text : ''}
      </p>
      {actions.message?.error && (
        <p className="export-outcome error-text" role="alert">
          {actions.message.text}
        </p>
      )}
    </section>
  );
}
