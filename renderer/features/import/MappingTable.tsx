import type { ReactNode } from 'react';
import { formatNumber } from '../../../shared/i18n';
import { useT } from '../../app/settings';

interface MappingTableProps {
  /** From the caller's useId(): the heading is `${id}-title`. */
  id: string;
  title: string;
  hint: string;
  /** MappingRow elements. */
  children: ReactNode;
}

/** A titled section with a table of names from the imported file, how often each is used, and what it becomes. */
export function MappingTable({ id, title, hint, children }: MappingTableProps) {
  const { t } = useT();
  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <div>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="field-hint">{hint}</p>
      </div>
      <table className="data mapping-table">
        <thead>
          <tr>
            <th scope="col">{t('importing.mapping.column.tag')}</th>
            <th scope="col" className="num">
              {t('importing.mapping.column.count')}
            </th>
            <th scope="col">{t('importing.mapping.column.target')}</th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

interface MappingRowProps {
  /** The id of the row's select, which the name labels. */
  selectId: string;
  name: string;
  count: number;
  /** Shown after the name, e.g. a warning badge. */
  note?: ReactNode;
  /** The select (and anything beside it). */
  children: ReactNode;
}

export function MappingRow({ selectId, name, count, note, children }: MappingRowProps) {
  const { lang } = useT();
  return (
    <tr>
      <th scope="row">
        <label htmlFor={selectId}>{name}</label>
        {note}
      </th>
      <td className="num">{formatNumber(lang, count)}</td>
      <td>{children}</td>
    </tr>
  );
}
