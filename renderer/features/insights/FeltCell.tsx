import type { Lang } from '../../../shared/domain/types';
import type { Translate } from '../../../shared/i18n';
import { feltCell, feltRange, type FeltSummary } from '../../../shared/stats';

/** The user's own rating of a client in a table cell, e.g. "−1,6 · 5 jours" over "−2,0 à −1,1". */
export function FeltCell({ felt, lang, t }: { felt: FeltSummary; lang: Lang; t: Translate }) {
  const range = feltRange(t, lang, felt);
  return (
    <td className={felt.mean === null ? 'num felt-cell muted' : 'num felt-cell'}>
      <span className="nowrap">{feltCell(t, lang, felt)}</span>
      {range && <small className="nowrap">{range}</small>}
    </td>
  );
}
