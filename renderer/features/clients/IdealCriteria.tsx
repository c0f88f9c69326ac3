import { useId, useState } from 'react';
import type { Client, CriterionDef, IdealCriterion } from '../../../shared/domain/types';
import { criteriaList, isDefaultCriterion, tickCriterion } from '../../../shared/domain/criteria';
import type { MessageKey, Translate } from '../../../shared/i18n';
import { normaliseForSearch } from '../../../shared/domain/search';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { updateClient } from '../../db/clients';
import { newId } from '../../db/ids';
import { InlineAdd } from '../../components/InlineAdd';
import { useToasts } from '../../components/Toasts';

/** A criterion's label: a default one in the UI language, the user's own as typed. */
export function criterionLabel(def: CriterionDef, t: Translate): string {
  return isDefaultCriterion(def) ? t(`clients.ideal.${def.id.replace('seed-', 'seed.')}` as MessageKey) : def.label;
}

/**
 * The user's "ideal client" checklist, one list for every client (kept with the settings), ticked
 * here for one client. Adding or removing a criterion changes it for all clients (removal can be undone).
 */
export function IdealCriteria({ client }: { client: Client }) {
  const db = useDb();
  const { t, settings, update } = useSettings();
  const { notify } = useToasts();
  const id = useId();
  const list = criteriaList(settings.idealCriteria);
  // The ticks are edited here and written whole, so quick successive ticks never race each other.
  const [ticks, setTicks] = useState<IdealCriterion[]>(() => client.idealCriteria ?? []);
  const metIds = new Set(ticks.filter((c) => c.met).map((c) => c.id));
  const met = list.filter((d) => metIds.has(d.id)).length;

  const tick = (def: CriterionDef, on: boolean) => {
    const next = tickCriterion({ idealCriteria: ticks }, def, criterionLabel(def, t), on);
    setTicks(next);
    void updateClient(db, client.id, { idealCriteria: next });
  };

  const add = async (text: string) => {
    const label = text.trim();
    if (!label) return t('clients.ideal.error.empty');
    if (list.some((d) => normaliseForSearch(criterionLabel(d, t)) === normaliseForSearch(label))) return t('clients.ideal.error.duplicate');
    await update({ idealCriteria: [...list, { id: newId(), label }] });
    return null;
  };

  const remove = async (def: CriterionDef) => {
    const before = list;
    await update({ idealCriteria: list.filter((d) => d.id !== def.id) });
    notify({
      message: t('idealCriteria.removed', { label: criterionLabel(def, t) }),
      action: { label: t('signalsAdmin.undo'), run: () => void update({ idealCriteria: before }) },
      focusAction: true,
    });
  };

  return (
    <section className="card client-section ideal" aria-labelledby={`${id}-title`}>
      <div className="section-title-row">
        <h2 id={`${id}-title`}>{t('clients.ideal.title')}</h2>
        <span className="badge">{t('clients.ideal.count', { met, total: list.length })}</span>
      </div>
      <p className="field-hint">{t('idealCriteria.hint', { name: client.name })}</p>
      <ul className="criteria">
        {list.map((def) => {
          const label = criterionLabel(def, t);
          return (
            <li key={def.id} className="criterion">
              <label>
                <input type="checkbox" checked={metIds.has(def.id)} onChange={(e) => tick(def, e.target.checked)} />
                <span>{label}</span>
              </label>
              <button
                type="button"
                className="icon-button"
                aria-label={t('idealCriteria.remove', { label })}
                title={t('idealCriteria.remove', { label })}
                onClick={() => void remove(def)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <InlineAdd label={t('clients.ideal.new')} buttonLabel={t('clients.ideal.add')} onAdd={add} />
    </section>
  );
}
