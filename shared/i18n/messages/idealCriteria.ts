import { defineMessages } from '../define';

/** The ideal-client checklist shared by every client: its hint, removal, and the score in lists and exports. */
export const idealCriteria = defineMessages({
  en: {
    hint: 'Your criteria, the same for every client. Tick the ones {name} meets; a criterion added or removed here changes for all clients.',
    remove: 'Remove “{label}” for every client',
    removed: '“{label}” removed from the checklist of every client.',
    column: 'Ideal client',
    score: '{met}/{total}',
    scoreLabel: '{met} of {total} criteria met',
    'csv.met': 'ideal criteria met',
    'csv.total': 'ideal criteria',
  },
  fr: {
    hint: 'Vos critères, les mêmes pour tous vos clients. Cochez ceux que {name} remplit\u00a0; un critère ajouté ou retiré ici change pour tous les clients.',
    remove: 'Retirer «\u00a0{label}\u00a0» pour tous les clients',
    removed: '«\u00a0{label}\u00a0» retiré de la liste de tous les clients.',
    column: 'Client idéal',
    score: '{met}/{total}',
    scoreLabel: '{met} critères remplis sur {total}',
    'csv.met': 'critères client idéal remplis',
    'csv.total': 'critères client idéal',
  },
});
