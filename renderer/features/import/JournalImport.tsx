import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Lang } from '../../../shared/domain/types';
import { daylioMappingDefaults, scaleSummaries, suggestedEnergyScale, tagSummaries } from '../../../shared/import/mapping';
import { buildImportPlan } from '../../../shared/import/plan';
import type { ExistingJournal, ImportPreview } from '../../../shared/import/types';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { newId } from '../../db/ids';
import { importIntoJournal, readExistingJournal, type ImportOutcome } from '../../db/importPlan';
import { initialMappingState, toImportMapping, unnamedTags, unresolvedMoods, withKey, type MappingState } from './mappingState';
import { MoodMappingTable } from './MoodMappingTable';
import { LanguageChoice, PreviewSummary } from './PreviewSummary';
import { PreviewNotes } from './PreviewNotes';
import { ScaleMapping } from './ScaleMapping';
import { SkippedList } from './SkippedList';
import { TagMappingTable } from './TagMappingTable';

interface Props {
  fileName: string;
  preview: ImportPreview;
  onDone(outcome: ImportOutcome): void;
}

/** Preview, mapping step and the Import button of another journal's export. */
export function JournalImport(props: Props) {
  const db = useDb();
  const existing = useLiveQuery(() => readExistingJournal(db), [db]);
  // The mapping's first guesses need the journal's clients and signals: wait for them.
  return existing ? <JournalImportForm {...props} existing={existing} /> : null;
}

function JournalImportForm({ fileName, preview, onDone, existing }: Props & { existing: ExistingJournal }) {
  const db = useDb();
  const { t, lang } = useT();
  const { tags, moods, scales } = useMemo(() => {
    if (preview.format !== 'daylio') return { tags: tagSummaries(preview), moods: [], scales: [] };
    const daylio = daylioMappingDefaults(preview);
    return { tags: daylio.activities, moods: daylio.moods, scales: scaleSummaries(preview) };
  }, [preview]);
  const [mapping, setMapping] = useState<MappingState>(() => initialMappingState(tags, moods, existing, suggestedEnergyScale(scales)));
  const [language, setLanguage] = useState<Lang>(lang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  // The plan for the current choices, only to count what is new: the import plans again, inside its transaction.
  const plan = useMemo(() => {
    let n = 0;
    try {
      return buildImportPlan(preview, toImportMapping(mapping), existing, { now: 0, newId: () => `preview-${n++}`, language });
    } catch {
      return null;
    }
  }, [preview, mapping, existing, language]);

  const unresolved = unresolvedMoods(moods, mapping);
  const unnamed = unnamedTags(tags, mapping);
  const blockedReason =
    unresolved.length > 0
      ? t('importing.blocked.moods', { count: unresolved.length, names: unresolved.map((m) => t('importing.mapping.quoted', { name: m.name })).join(', ') })
      : unnamed.length > 0
        ? t('importing.blocked.names')
        : null;

  const runImport = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await importIntoJournal(db, preview, toImportMapping(mapping), { now: Date.now(), newId, language }));
    } catch (e) {
      setError(t('importing.failed.unexpected', { detail: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  return (
    <section className="card stack import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" tabIndex={-1} ref={heading}>
        {t('importing.preview.title', { name: fileName })}
      </h2>
      <PreviewSummary preview={preview} plan={plan} />
      <PreviewNotes notes={preview.notes} />
      <SkippedList skipped={preview.skipped} />
      <LanguageChoice value={language} onChange={setLanguage} />
      {(moods.length > 0 || tags.length > 0 || scales.length > 0) && <h3 className="mapping-title">{t('importing.mapping.title')}</h3>}
      {moods.length > 0 && (
        <MoodMappingTable moods={moods} levels={mapping.moods} onChange={(key, level) => setMapping((m) => ({ ...m, moods: withKey(m.moods, key, level) }))} />
      )}
      {scales.length > 0 && <ScaleMapping scales={scales} value={mapping.energyScale} onChange={(energyScale) => setMapping((m) => ({ ...m, energyScale }))} />}
      {tags.length > 0 && (
        <TagMappingTable
          tags={tags}
          rows={mapping.tags}
          clients={existing.clients}
          signals={existing.signals}
          onChange={(key, row) => setMapping((m) => ({ ...m, tags: withKey(m.tags, key, row) }))}
        />
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || blockedReason !== null}
          aria-describedby={blockedReason ? 'import-blocked' : undefined}
          onClick={() => void runImport()}
        >
          {busy ? t('importing.busy.importing') : t('importing.action.import')}
        </button>
        {blockedReason && (
          <p id="import-blocked" className="blocked-reason" role="status">
            {blockedReason}
          </p>
        )}
      </div>
    </section>
  );
}
