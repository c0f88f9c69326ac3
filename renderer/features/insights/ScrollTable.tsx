import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller: focusable and named, so that keyboard users can scroll it
 * too (a scrollable region nobody can focus is an accessibility failure).
 */
export function ScrollTable({ label, id, children }: { label: string; id?: string; children: ReactNode }) {
  return (
    <div id={id} className="insight-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
