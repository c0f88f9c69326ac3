import { useT } from '../../app/settings';

export function SettingsScreen() {
  const { t } = useT();
  return (
    <section>
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
    </section>
  );
}
