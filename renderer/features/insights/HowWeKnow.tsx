import type { Lang } from '../../../shared/domain/types';
import type { Translate } from '../../../shared/i18n';
import { verdictExplanation, type MetricEffects, type Metric } from '../../../shared/stats';

/**
 * "How do we know?" under a verdict: the days compared, what was held equal, the plausible range
 * in words and what would change the verdict. A native disclosure: keyboard and screen readers
 * know it, and it prints open or closed as the user left it.
 */
export function HowWeKnow({ client, metric, effects, lang, t }: { client: string; metric: Metric; effects: MetricEffects; lang: Lang; t: Translate }) {
  const lines = verdictExplanation(t, lang, client, metric, effects);
  return (
    <details className="how-we-know">
      <summary>{t('explain.how.summary')}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
