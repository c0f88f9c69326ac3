import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatLongDay, toDayKey } from '../../../shared/domain/dates';
import type { HumeurBackup } from '../../../shared/export/backup';
import { formatNumber } from '../../../shared/i18n';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { backupCounts, mergeBackup, planBackupMerge, readMergeTarget } from '../../db/backupIo';
import { CountsTable } from '../backups/CountsTable';
import { ReplaceJournal, replacedMessage } from '../backups/ReplaceJournal';
import type { ImportResult } from './ImportDone';

interface Props {
  backup: HumeurBackup;
  api: DesktopApi;
  onDone(result: ImportResult): void;
}

/** A Humeur backup: merge it into the journal, or replace the journal with it (confirmed, after a safety backup). */
export function BackupImport({ backup, api, onDone }: Props) {
  const { t, lang } = useT();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const day = toDayKey(new Date(backup.exportedAt));

  return (
    <section className="card stack import-preview" aria-labelledby="backup-import-title">
      <h2 id="backup-import-title" tabIndex={-1} ref={heading}>
        {t('importing.backup.title', { date: formatLongDay(day, lang) })}
      </h2>
      <fieldset className="mode-choice">
        <legend>{t('importing.backup.mode.legend')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m} className="mode-option">
            <input type="radio" name="backup-mode" checked={mode === m} onChange={() => setMode(m)} aria-describedby={`backup-mode-${m}-hint`} />
            <span>
              <strong>{t(m === 'merge' ? 'importing.backup.mode.merge' : 'importing.backup.mode.replace')}</strong>
              <span id={`backup-mode-${m}-hint`} className="field-hint">
                {t(m === 'merge' ? 'importing.backup.mode.mergeHint' : 'importing.backup.mode.replaceHint')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {mode === 'merge' ? (
        <MergeBackup backup={backup} onDone={onDone} />
      ) : (
        <ReplaceJournal backup={backup} api={api} onDone={(outcome) => onDone({ kind: 'replace', message: replacedMessage(t, api, outcome) })} />
      )}
    </section>
  );
}

function MergeBackup({ backup, onDone }: { backup: HumeurBackup; onDone(result: ImportResult): void }) {
  const db = useDb();
  const { t, lang } = useT();
  const target = useLiveQuery(() => readMergeTarget(db), [db]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!target) return null;
  const plan = planBackupMerge(backup, target);

  const merge = async () => {
    setBusy(true);
    try {
      onDone({ kind: 'merge', outcome: await mergeBackup(db, backup) });
    } catch (e) {
      setError(t('importing.failed.unexpected', { detail: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <CountsTable after={backupCounts(backup)} caption={t('importing.backup.contents')} />
      <dl className="preview-counts">
        {(
          [
            ['importing.merge.entries', plan.entries.length],
            ['importing.merge.clients', plan.clients.length],
            ['importing.merge.signals', plan.signals.length],
            ['importing.merge.already', plan.alreadyThere],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{formatNumber(lang, value)}</dd>
          </div>
        ))}
      </dl>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void merge()}>
          {busy ? t('importing.busy.importing') : t('importing.merge.action')}
        </button>
      </div>
    </div>
  );
}
