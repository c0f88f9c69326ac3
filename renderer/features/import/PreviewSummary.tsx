import { formatShortDay } from '../../../shared/domain/dates';
import type { Lang } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/i18n';
import type { ImportPlan, ImportPreview } from '../../../shared/import/types';
import { useT } from '../../app/settings';
import { formatName } from './FileChooser';

interface Props {
  preview: ImportPreview;
  /** The plan for the current mapping: how many entries are new, how many already imported. */
  plan: ImportPlan | null;
}

/** Counts, date range and duplicates of a parsed file, before anything is written. */
export function PreviewSummary({ preview, plan }: Props) {
  const { t, lang } = useT();
  const { counts, range } = preview;
  return (
    <div className="stack">
      <p className="muted">{t('importing.preview.format', { format: formatName(t, preview.format) })}</p>
      <dl className="preview-counts">
        <div>
          <dt>{t('importing.preview.entries')}</dt>
          <dd>{formatNumber(lang, counts.items)}</dd>
        </div>
        <div>
          <dt>{t('importing.preview.days')}</dt>
          <dd>{formatNumber(lang, counts.days)}</dd>
        </div>
        <div>
          <dt>{t('importing.preview.skipped')}</dt>
          <dd>{formatNumber(lang, counts.skipped)}</dd>
        </div>
        {range && (
          <div className="wide">
            <dt>{t('importing.preview.range')}</dt>
            <dd>{t('importing.preview.rangeValue', { from: formatShortDay(range.from, lang), to: formatShortDay(range.to, lang) })}</dd>
          </div>
        )}
      </dl>
      {plan && (
        <div className="preview-plan">
          {plan.entries.length > 0 ? (
            <p>{t('importing.preview.toImport', { count: plan.entries.length })}</p>
          ) : (
            <p>{t('importing.preview.nothingNew')}</p>
          )}
          {plan.duplicates > 0 && <p className="duplicates">{t('importing.preview.duplicates', { count: plan.duplicates })}</p>}
        </div>
      )}
    </div>
  );
}

/** Which field of the entries the imported text fills: French or English. */
export function LanguageChoice({ value, onChange }: { value: Lang; onChange(lang: Lang): void }) {
  const { t } = useT();
  return (
    <fieldset className="choice-group import-language">
      <legend>{t('importing.language.legend')}</legend>
      {(['fr', 'en'] as const).map((l) => (
        <label key={l} className="choice">
          <input type="radio" name="import-language" checked={value === l} onChange={() => onChange(l)} />
          <span lang={l}>{t(l === 'fr' ? 'app.lang.fr' : 'app.lang.en')}</span>
        </label>
      ))}
      <p className="field-hint">{t('importing.language.hint')}</p>
    </fieldset>
  );
}
