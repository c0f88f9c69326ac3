import { useT } from '../../app/settings';

export function InsightsScreen() {
  const { t } = useT();
  return (
    <section>
      <h1 tabIndex={-1}>{t('insights.title')}</h1>
    </section>
  );
}
