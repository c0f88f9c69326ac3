import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../app/settings';
import { ScrollTable } from './ScrollTable';

/**
 * A chart with its accessible name (the heading), its reading as the figcaption, and a data table
 * with the same numbers behind a "Show data table" button. The table is built only when opened:
 * a daily series can be a thousand rows.
 */
export function ChartFigure({
  title,
  level = 2,
  tools,
  reading,
  note,
  table,
  children,
}: {
  title: string;
  level?: 2 | 3;
  tools?: ReactNode;
  reading?: ReactNode;
  note?: ReactNode;
  table?: () => ReactNode;
  children: ReactNode;
}) {
  const { t } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={level === 2 ? 'card insight-section' : 'insight-subsection'} aria-labelledby={`${id}-title`}>
      <div className="insight-head">
        <Heading id={`${id}-title`}>{title}</Heading>
        {tools}
      </div>
      <figure className="insight-figure" aria-labelledby={`${id}-title`}>
        <div className="insight-chart">{children}</div>
        <figcaption>
          {reading && <p className="insight-reading">{reading}</p>}
          {note && <p className="insight-note">{note}</p>}
        </figcaption>
      </figure>
      {table && (
        <div className="insight-table-toggle">
          <button type="button" className="button button-small" aria-expanded={open} aria-controls={`${id}-table`} onClick={() => setOpen((o) => !o)}>
            {open ? t('insights.table.hide') : t('insights.table.show')}
          </button>
          {open ? (
            <ScrollTable id={`${id}-table`} label={title}>
              {table()}
            </ScrollTable>
          ) : (
            <div id={`${id}-table`} hidden />
          )}
        </div>
      )}
    </section>
  );
}
