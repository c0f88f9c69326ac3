import { cloneElement, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * A chart at a fixed size (the PDF report, tests) when `width` is given, else as wide as its box
 * on screen. recharts charts take width/height props; ResponsiveContainer hands them the box's size.
 */
export function ChartBox({ width, height, children }: { width?: number; height: number; children: ReactElement<{ width?: number; height?: number }> }) {
  if (width !== undefined) return cloneElement(children, { width, height });
  return (
    <ResponsiveContainer width="100%" height={height} minWidth={0}>
      {children}
    </ResponsiveContainer>
  );
}
