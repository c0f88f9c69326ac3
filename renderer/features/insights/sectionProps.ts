import type { Lang } from '../../../shared/domain/types';
import type { Translate } from '../../../shared/i18n';
import type { Insights, Metric } from '../../../shared/stats';
import type { ChartTheme, ClientLook } from './charts';

/** What every Insights section is handed by InsightsScreen: the numbers, how to show clients, the chosen score, the language and the theme. */
export interface InsightSectionProps {
  insights: Insights;
  look: (clientId: string) => ClientLook;
  metric: Metric;
  lang: Lang;
  t: Translate;
  theme: ChartTheme;
}
