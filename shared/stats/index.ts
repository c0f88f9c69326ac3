/** The statistics behind Insights: pure functions from DaySummary[] to rows a chart can draw. */
export { computeInsights } from './insights';
export type { Insights, InsightsOptions } from './insights';
export { METRICS, prepareDays } from './prepare';
export type { Metric, StatsOptions, PreparedDays } from './prepare';
export { CONFIDENCE, meanInterval, welchCompare, tCritical } from './compare';
export type { Comparison, MeanInterval } from './compare';
export { compareWithWithout, compareNextDay, feltScore } from './withWithout';
export { adjustedEffects, fitAdjustedModel, MAX_CLIENT_COLUMNS, MIN_INDEPENDENCE, RIDGE_LAMBDA } from './adjusted';
export type { AdjustedEffect, AdjustedModel, CarryOverEffect, ExtraEffect, ModelOptions } from './adjusted';
export { fitCalendarRegression } from './regression';
export type { RegressionFit, RegressionProblem, SparseRows } from './regression';
export { bartlettBandwidth, calendarLag1, calendarSeries, fixedBFactor, hacSum, robustMeanInterval } from './robust';
export type { CalendarSeries } from './robust';
export { TIME_LAMBDA, TIME_KNOT_MIN_DAYS, TIME_MAX_KNOTS, timeBasis } from './timeBasis';
export {
  MIN_DAYS_WITH,
  MIN_DAYS_WITHOUT,
  daysWithClientNeeded,
  daysWithoutClientNeeded,
  decideVerdict,
  verdictFromInterval,
} from './verdict';
export type { Decision, Verdict, VerdictReason } from './verdict';
export { clientTrend, TREND_STEP_DAYS, TREND_WINDOW_WEEKS } from './trend';
export type { TrendRow } from './trend';
export { computeClientEffects, rankClients, rankFromEffects } from './clientEffects';
export type { ClientEffects, EffectsOptions, MetricEffects, RankingRow } from './clientEffects';
export { dailySeries, yearInPixels, ROLLING_DAYS, ROLLING_MIN_DAYS } from './series';
export type { DailyPoint, PixelCell, SeriesOptions } from './series';
export { weekdayPattern, hoursVersusScore } from './patterns';
export type { ClientHours, HoursPoint, WeekdayRow } from './patterns';
export { signalInsights } from './signals';
export type { ClientSignalCount, ClientSignalsRow, SignalEffectRow, SignalInsights } from './signals';
export { computeMoney } from './money';
export type { ClientRate, MoneyRow } from './money';
export { studentTQuantile, studentTCdf, normalQuantile, normalCdf, incompleteBeta, logGamma } from './tdist';
export { cholesky, choleskySolve, choleskyInverse, solveGaussian } from './linalg';
export type { Matrix, LinalgError } from './linalg';
export { feltSummary, feltLeaning, feltCell, feltRange, feltReading, feltDisagreement, FELT_LEANING } from './felt';
export type { FeltSummary, FeltLeaning } from './felt';
export { ratedCounts, preferredMetric, otherMetric } from './metricChoice';
export type { RatedCounts } from './metricChoice';
export { missingReading, verdictExplanation, daysToDecide, ADJUSTED_TERMS } from './explain';
export type { ModelTerms } from './explain';
