import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatSigned, translate } from '../../../../shared/i18n';
import type { Metric, Verdict } from '../../../../shared/stats';
import { ChartBox } from './ChartBox';
import { symmetricAxis, type ChartProps } from './format';
import { chartPalette, FONT_SIZE, type ChartPalette } from './palette';

/** One bar: a client (or a signal) and its effect with its 95% interval, e.g. Acme −1.5 [−1.9, −1.1]. */
export interface EffectBarRow {
  id: string;
  name: string;
  /** The bar's colour when colouring by row, e.g. the client's own colour. */
  color: string;
  effect: number | null;
  low: number | null;
  high: number | null;
  /** [effect − low, high − effect], what ErrorBar draws. */
  whisker: [number, number] | null;
  daysWith: number;
  verdict: Verdict;
  /** The user's own rating of the client, appended to the label, e.g. "ressenti −1,6". */
  felt?: string;
}

export interface EffectBarsChartProps extends ChartProps {
  rows: readonly EffectBarRow[];
  metric: Metric;
  /** 'row': each bar in its row's colour (clients); 'verdict': drain / lift / neutral colours (signals). */
  colorBy?: 'row' | 'verdict';
}

const ROW_HEIGHT = 40;
const MAX_NAME = 24;

function shortName(name: string): string {
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

function verdictColor(p: ChartPalette, verdict: Verdict): string {
  return verdict === 'drains' ? p.drain : verdict === 'lifts' ? p.lift : p.muted;
}


/**
 * Horizontal bars of effects, most draining first as given, with interval whiskers, the verdict and
 * day count in words at the right, and faded bars where there is no clear effect.
 */
export function EffectBarsChart({ rows, metric, lang, theme, width, height, colorBy = 'row' }: EffectBarsChartProps) {
  const p = chartPalette(theme);
  const data = rows
    .filter((r) => r.effect !== null)
    .map((r) => ({
      ...r,
      label: [translate(lang, 'insights.ranking.label', { verdict: translate(lang, `insights.verdict.${r.verdict}`), count: r.daysWith }), r.felt]
        .filter(Boolean)
        .join(' · '),
    }));
  // Symmetric around 0, so that 0 sits in the middle and drains and lifts read at the same scale.
  const { edge, ticks } = symmetricAxis(data.reduce((m, r) => Math.max(m, Math.abs(r.low ?? 0), Math.abs(r.high ?? 0), Math.abs(r.effect ?? 0)), 0));
  const [min, max] = [-edge, edge];
  const nameWidth = Math.min(190, Math.max(70, Math.max(...data.map((r) => shortName(r.name).length), 4) * 7.4 + 12));
  const labelWidth = Math.min(300, Math.max(90, Math.max(...data.map((r) => r.label.length), 4) * 6.9 + 14));
  const chartHeight = height ?? data.length * ROW_HEIGHT + 64;
  const metricName = translate(lang, `insights.metric.noun.${metric}`);

  const renderLabel = (props: { x?: number | string; y?: number | string; payload?: { value?: unknown; index?: number } }) => {
    const row = data[props.payload?.index ?? -1];
    if (!row) return <g />;
    const clear = row.verdict === 'drains' || row.verdict === 'lifts';
    return (
      <text x={Number(props.x) + 8} y={Number(props.y)} dy="0.35em" fill={verdictColor(p, row.verdict)} fontSize={FONT_SIZE + 1} fontWeight={clear ? 650 : 400}>
        {row.label}
      </text>
    );
  };

  return (
    <ChartBox width={width} height={chartHeight}>
      <BarChart layout="vertical" data={data} margin={{ top: 6, right: 8, bottom: 30, left: 4 }} barCategoryGap="28%">
        <CartesianGrid horizontal={false} stroke={p.grid} />
        <XAxis
          type="number"
          domain={[min, max]}
          ticks={ticks}
          tickFormatter={(v: number) => (v === 0 ? '0' : formatSigned(lang, v))}
          stroke={p.axis}
          tick={{ fill: p.muted, fontSize: FONT_SIZE }}
          label={{ value: translate(lang, 'insights.ranking.axis', { metric: metricName }), position: 'insideBottom', offset: -18, fill: p.muted, fontSize: FONT_SIZE }}
        />
        <YAxis
          yAxisId="name"
          type="category"
          dataKey="name"
          width={nameWidth}
          interval={0}
          tickFormatter={shortName}
          tick={{ fill: p.text, fontSize: FONT_SIZE + 1 }}
          stroke={p.axis}
        />
        <YAxis yAxisId="verdict" orientation="right" type="category" dataKey="label" width={labelWidth} interval={0} axisLine={false} tickLine={false} tick={renderLabel} />
        <ReferenceLine x={0} yAxisId="name" stroke={p.ink} strokeWidth={1.5} />
        <Bar dataKey="effect" yAxisId="name" isAnimationActive={false} maxBarSize={22}>
          {data.map((r) => {
            const fill = colorBy === 'row' ? r.color : verdictColor(p, r.verdict);
            const clear = r.verdict === 'drains' || r.verdict === 'lifts';
            return <Cell key={r.id} fill={fill} fillOpacity={clear ? 0.9 : 0.3} stroke={fill} strokeWidth={clear ? 0 : 1.5} />;
          })}
          {/* No animation: a screenshot or the printed report would catch the whiskers mid-growth. */}
          <ErrorBar dataKey="whisker" direction="x" width={10} stroke={p.ink} strokeWidth={1.6} isAnimationActive={false} />
        </Bar>
      </BarChart>
    </ChartBox>
  );
}

/** The headline Insights chart: clients by effect on the chosen metric, in each client's colour. */
export function RankingChart(props: Omit<EffectBarsChartProps, 'colorBy'>) {
  return <EffectBarsChart {...props} colorBy="row" />;
}
