import { useId, useState } from 'react';
import type { Client, IdealCriterion } from '../../../shared/domain/types';
import type { MessageKey, Translate } from '../../../shared/i18n';
import { normaliseForSearch } from '../../../shared/domain/search';
import { useDb } from '../../app/DbContext';
import { useT } from '../../app/settings';
import { updateClient } from '../../db/clients';
import { newId } from '../../db/ids';
import { InlineAdd } from '../../components/InlineAdd';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Suggestions in the UI language for a client whose checklist was never edited; stored on the first edit. */
export function seedCriteria(t: Translate): IdealCriterion[] {
  return SEEDS.map((n) => ({ id: `seed-${n}`, label: t(`clients.ideal.seed.${n}` as MessageKey), met: false }));
}

/** The user's own "ideal client" checklist for one client: tick, add and remove criteria. */
export function IdealCriteria({ client }: { client: Client }) {
  const db = useDb();
  const { t } = useT();
  const id = useId();
  // The checklist is edited here and written whole, so quick successive ticks never race each other.
  const [criteria, setCriteria] = useState<IdealCriterion[]>(() => client.idealCriteria ?? seedCriteria(t));
  const met = criteria.filter((c) => c.met).length;

  const save = (next: IdealCriterion[]) => {
    setCriteria(next);
    void updateClient(db, client.id, { idealCriteria: next });
  };

  const add = async (text: string) => {
    const label = text.trim();
    if (!label) return t('clients.ideal.error.empty');
    if (criteria.some((c) => normaliseForSearch(c.label) === normaliseForSearch(label))) return t('clients.ideal.error.duplicate');
    save([...criteria, { id: newId(), label, met: false }]);
    return null;
  };

  return (
    <section className="card client-section ideal" aria-labelledby={`${id}-title`}>
      <div className="section-title-row">
        <h2 id={`${id}-title`}>{t('clients.ideal.title')}</h2>
        <span className="badge">{t('clients.ideal.count', { met, total: criteria.length })}</span>
      </div>
      <p className="field-hint">{t('clients.ideal.hint', { name: client.name })}</p>
      <ul className="criteria">
        {criteria.map((c) => (
          <li key={c.id} className="criterion">
            <label>
              <input type="checkbox" checked={c.met} onChange={() => save(criteria.map((x) => (x.id === c.id ? { ...x, met: !x.met } : x)))} />
              <span>{c.label}</span>
            </label>
            <button
              type="button"
              className="icon-button"
              aria-label={t('clients.ideal.remove', { label: c.label })}
              title={t('clients.ideal.remove', { label: c.label })}
              onClick={() => save(criteria.filter((x) => x.id !== c.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <InlineAdd label={t('clients.ideal.new')} buttonLabel={t('clients.ideal.add')} onAdd={add} />
    </section>
  );
}
