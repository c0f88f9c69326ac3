import { useT } from '../../app/settings';

export function TodayScreen({ day }: { day?: string }) {
  const { t } = useT();
  return (
    <section>
      <h1 tabIndex={-1}>{t('today.title')}</h1>
    </section>
  );
}
