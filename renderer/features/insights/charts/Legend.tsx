import type { ChartPalette } from './palette';
import { FONT_SIZE } from './palette';

export interface LegendItem {
  label: string;
  color: string;
  /** dot: a filled dot; ring: a hollow ring; line / dashed: a line sample. */
  shape: 'dot' | 'ring' | 'line' | 'dashed';
}

/**
 * A chart legend in plain HTML with inline styles (no stylesheet needed in the PDF), so that every
 * series shows its real mark — recharts' own legend draws a dot-only series without a colour.
 */
export function ChartLegend({ items, palette }: { items: readonly LegendItem[]; palette: ChartPalette }) {
  return (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 18px', justifyContent: 'center', listStyle: 'none', margin: '4px 0 0', padding: 0, fontSize: FONT_SIZE, color: palette.text }}>
      {items.map((item) => (
        <li key={item.label} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <svg width={22} height={12} aria-hidden="true">
            {item.shape === 'dot' && <circle cx={11} cy={6} r={3.5} fill={item.color} />}
            {item.shape === 'ring' && <circle cx={11} cy={6} r={4.5} fill="none" stroke={item.color} strokeWidth={2} />}
            {(item.shape === 'line' || item.shape === 'dashed') && (
              <line x1={1} x2={21} y1={6} y2={6} stroke={item.color} strokeWidth={2.4} strokeDasharray={item.shape === 'dashed' ? '6 3' : undefined} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
