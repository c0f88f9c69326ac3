import { useT } from '../../app/settings';

export function JournalScreen({ entryId }: { entryId?: string }) {
  const { t } = useT();
  return (
    <section>
      <h1 tabIndex={-1}>{t('journal.title')}</h1>
    </section>
  );
}
