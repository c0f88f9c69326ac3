/**
 * Chart colours per theme. They mirror the tokens of renderer/styles/base.css (--text, --drain,
 * --mood-1 … --mood-5 …) as plain values because the same charts are also drawn off screen for the
 * PDF report, where no stylesheet decides the theme: a chart is handed `theme` and looks it up here.
 */
export type ChartTheme = 'light' | 'dark';

export interface ChartPalette {
  text: string;
  muted: string;
  grid: string;
  axis: string;
  surface: string;
  /**
   * Energy and mood are drawn in neutral ink (solid and dashed): every hue is already some
   * client's colour, and a client's days are marked in its own colour on top of them.
   */
  energy: string;
  mood: string;
  drain: string;
  lift: string;
  neutral: string;
  /** Whiskers and reference lines. */
  ink: string;
  /** A day without an entry in the year in pixels. */
  empty: string;
  /** Scores 1 … 5, index 0 = score 1. */
  scale: readonly [string, string, string, string, string];
}

const LIGHT: ChartPalette = {
  text: '#1f1d1a',
  muted: '#615c55',
  grid: '#e7e3dc',
  axis: '#8a847b',
  surface: '#ffffff',
  energy: '#334155',
  mood: '#8a847b',
  drain: '#c2410c',
  lift: '#15803d',
  neutral: '#8a847b',
  ink: '#1f1d1a',
  empty: '#ebe8e2',
  scale: ['#d9534f', '#ef8f4a', '#e9c46a', '#8cc084', '#3f9f6b'],
};

const DARK: ChartPalette = {
  text: '#ecebe8',
  muted: '#a9a7b0',
  grid: '#33353e',
  axis: '#7d7b85',
  surface: '#1f2026',
  energy: '#e2e8f0',
  mood: '#9a98a3',
  drain: '#fb923c',
  lift: '#4ade80',
  neutral: '#a9a7b0',
  ink: '#ecebe8',
  empty: '#2c2e36',
  scale: ['#e06c68', '#f0a060', '#e5c76b', '#93c98b', '#55b681'],
};

export function chartPalette(theme: ChartTheme): ChartPalette {
  return theme === 'dark' ? DARK : LIGHT;
}

/** The colour of a 1–5 score (a day's mean is rounded, e.g. 3.67 → 4); null → the empty colour. */
export function scoreColor(palette: ChartPalette, score: number | null): string {
  if (score === null) return palette.empty;
  const i = Math.min(5, Math.max(1, Math.round(score))) - 1;
  return palette.scale[i];
}

/** Same size in light and dark: the axis and legend text of every chart. */
export const FONT_SIZE = 12;
