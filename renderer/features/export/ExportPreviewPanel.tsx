import { useT } from '../../app/settings';
import type { ExportPreview } from './useExportPreview';
import type { Blocked } from './selection';

/** The message for a selection that cannot be exported, e.g. no entry in the period. */
export function blockedMessageKey(blocked: Blocked) {
  switch (blocked) {
    case 'order':
      return 'exporting.period.error.order' as const;
    case 'missing':
      return 'exporting.period.error.missing' as const;
    case 'clients':
      return 'exporting.empty.clients' as const;
    case 'empty':
      return 'exporting.empty.entries' as const;
  }
}

/** How much the choices hold ("12 entrées sur 9 jours") and the beginning of the Markdown file. */
export function ExportPreviewPanel({ preview }: { preview: ExportPreview }) {
  const { t } = useT();
  const busy = preview.loading || preview.pending;
  let summary: string;
  if (preview.loading) summary = t('exporting.preview.loading');
  else if (preview.blocked) summary = t(blockedMessageKey(preview.blocked));
  else {
    summary = t('exporting.preview.count', {
      entries: t('exporting.preview.entries', { count: preview.entryCount }),
      days: t('exporting.preview.days', { count: preview.dayCount }),
    });
  }
  const showMarkdown = !preview.loading && !preview.blocked && preview.markdown !== '';
  return (
    <section className="card stack export-preview" aria-labelledby="export-preview-heading" aria-busy={busy}>
      <h2 id="export-preview-heading">{t('exporting.preview.heading')}</h2>
      <p className={preview.blocked ? 'export-count export-count-empty' : 'export-count'} role="status">
        {summary}
      </p>
      {showMarkdown && (
        <>
          {preview.files && preview.files.count > 0 && (
            <p className="field-hint">{t('exporting.preview.firstFile', { count: preview.files.count, name: preview.files.firstName })}</p>
          )}
          <pre className="export-markdown" tabIndex={0} aria-label={t('exporting.preview.markdown')}>
            {preview.markdown}
            {preview.truncated && `\n${t('exporting.preview.more')}`}
          </pre>
        </>
      )}
    </section>
  );
}
