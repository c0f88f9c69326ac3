import { useT } from '../../app/settings';

export function ClientsScreen({ clientId }: { clientId?: string }) {
  const { t } = useT();
  return (
    <section>
      <h1 tabIndex={-1}>{t('clients.title')}</h1>
    </section>
  );
}
