import { useT } from '../../app/settings';

export function ImportScreen() {
  const { t } = useT();
  return (
    <section>
      <h1 tabIndex={-1}>{t('importing.title')}</h1>
    </section>
  );
}
