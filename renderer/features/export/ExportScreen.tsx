import { useT } from '../../app/settings';

export function ExportScreen() {
  const { t } = useT();
  return (
    <section>
      <h1 tabIndex={-1}>{t('exporting.title')}</h1>
    </section>
  );
}
