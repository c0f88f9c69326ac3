import { useEffect, useRef } from 'react';
import type { Translate } from '../../../shared/i18n';
import { useT } from '../../app/settings';
import type { MergeOutcome } from '../../db/backupIo';
import type { ImportOutcome } from '../../db/importPlan';

export type ImportResult =
  | { kind: 'import'; outcome: ImportOutcome }
  | { kind: 'merge'; outcome: MergeOutcome }
  | { kind: 'replace'; message: string };

/** "142 entries imported, 3 left out, 12 already there", then what was created. */
function summaryLines(t: Translate, result: ImportResult): string[] {
  if (result.kind === 'replace') return [result.message];
  const o = result.outcome;
  const counts =
    result.kind === 'import'
      ? [t('importing.done.imported', { count: o.entries }), t('importing.done.skipped', { count: result.outcome.skipped }), t('importing.done.duplicates', { count: result.outcome.duplicates })]
      : [t('importing.done.imported', { count: o.entries }), t('importing.done.duplicates', { count: result.outcome.alreadyThere })];
  const lines = result.kind === 'merge' ? [t('importing.merge.done')] : [];
  lines.push(`${counts.join(', ')}.`);
  const created = [o.clients > 0 && t('importing.done.clients', { count: o.clients }), o.signals > 0 && t('importing.done.signals', { count: o.signals })].filter(Boolean);
  if (created.length) lines.push(`${created.join(', ')}.`);
  return lines;
}

export function ImportDone({ result, onAgain }: { result: ImportResult; onAgain(): void }) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card stack import-done" aria-labelledby="import-done-title">
      <h2 id="import-done-title" tabIndex={-1} ref={heading}>
        {t('importing.done.title')}
      </h2>
      <div role="status">
        {summaryLines(t, result).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <div className="row">
        <a className="button button-primary" href="#/journal">
          {t('importing.done.journal')}
        </a>
        <button type="button" className="button" onClick={onAgain}>
          {t('importing.done.again')}
        </button>
      </div>
    </section>
  );
}
