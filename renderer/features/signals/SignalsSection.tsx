import { useId } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { listSignals, sortSignals } from '../../db/signals';
import { signalDayCounts } from '../../db/signalAdmin';
import { SignalRow } from './SignalRow';
import './signals.css';

/** Every signal, built-in ones first then the user's own, each with its labels, use and actions. */
export function SignalsSection() {
  const db = useDb();
  const { t, lang } = useT();
  const id = useId();
  const signals = useLiveQuery(() => listSignals(db), [db]);
  const counts = useLiveQuery(() => signalDayCounts(db), [db]);

  return (
    <section className="card stack signals-admin" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signalsAdmin.title')}</h2>
      <p className="field-hint">{t('signalsAdmin.intro')}</p>
      {!signals || !counts ? (
        <p className="loading" role="status">
          {t('signalsAdmin.loading')}
        </p>
      ) : (
        <ul className="signal-admin-list" aria-label={t('signalsAdmin.list')}>
          {sortSignals(signals, lang).map((s) => (
            <SignalRow key={s.id} signal={s} days={counts[s.id] ?? 0} all={signals} />
          ))}
        </ul>
      )}
    </section>
  );
}
