import { importErrorMessageKey } from '../../../shared/import/errorMessages';
import type { SkippedItem } from '../../../shared/import/types';
import { useT } from '../../app/settings';

/** Enough to see what is wrong; a file with thousands of bad rows is refused as a whole anyway. */
const SHOWN = 50;

/** The rows or entries left out, each with its reason and line (or entry) in the UI language. */
export function SkippedList({ skipped }: { skipped: readonly SkippedItem[] }) {
  const { t } = useT();
  if (skipped.length === 0) return null;
  return (
    <section className="skipped stack" aria-labelledby="skipped-title">
      <h3 id="skipped-title">{t('importing.skipped.title')}</h3>
      <ul>
        {skipped.slice(0, SHOWN).map((item, i) => {
          const { key, vars } = importErrorMessageKey(item);
          return <li key={i}>{t(key, vars)}</li>;
        })}
      </ul>
      {skipped.length > SHOWN && <p className="muted">{t('importing.skipped.more', { count: skipped.length - SHOWN })}</p>}
    </section>
  );
}
