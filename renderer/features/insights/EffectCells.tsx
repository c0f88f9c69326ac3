import type { Lang } from '../../../shared/domain/types';
import { formatSigned, type Translate } from '../../../shared/i18n';
import type { Comparison } from '../../../shared/stats';
import { formatInterval } from '../../../shared/stats/readings';

/** The header cells of a with/without comparison: difference, 95% interval, days with, days without. */
export function EffectHeaderCells({ t }: { t: Translate }) {
  return (
    <>
      <th scope="col" className="num">{t('insights.col.effect')}</th>
      <th scope="col" className="num">{t('insights.col.ci')}</th>
      <th scope="col" className="num">{t('insights.col.daysWith')}</th>
      <th scope="col" className="num">{t('insights.col.daysWithout')}</th>
    </>
  );
}

/** The same four cells for one comparison, e.g. "−1.2", "−1.6 to −0.8", "24", "61"; "—" where there is no estimate. */
export function EffectCells({ row, lang, t }: { row: Pick<Comparison, 'effect' | 'low' | 'high' | 'daysWith' | 'daysWithout'>; lang: Lang; t: Translate }) {
  return (
    <>
      <td className="num">{row.effect === null ? '—' : formatSigned(lang, row.effect)}</td>
      <td className="num nowrap">{row.low === null || row.high === null ? '—' : formatInterval(t, lang, row.low, row.high)}</td>
      <td className="num">{row.daysWith}</td>
      <td className="num">{row.daysWithout}</td>
    </>
  );
}
