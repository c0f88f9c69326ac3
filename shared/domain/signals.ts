import type { Signal } from './types';

/** The signals every journal starts with; ids are stable so backups and imports agree. */
export const DEFAULT_SIGNALS: ReadonlyArray<Pick<Signal, 'id' | 'label'>> = [
  { id: 'urgent-deadline', label: { fr: 'Échéance urgente', en: 'Urgent deadline' } },
  { id: 'scope-creep', label: { fr: 'Dérive du périmètre', en: 'Scope creep' } },
  { id: 'not-heard', label: { fr: 'Pas écouté·e', en: 'Not heard' } },
  { id: 'respected', label: { fr: 'Respecté·e', en: 'Respected' } },
  { id: 'late-payment', label: { fr: 'Retard de paiement', en: 'Late payment' } },
  { id: 'unpaid-work', label: { fr: 'Travail non payé', en: 'Unpaid work' } },
  { id: 'outside-role', label: { fr: 'Hors de mon rôle', en: 'Outside my role' } },
  { id: 'trusted', label: { fr: 'Confiance', en: 'Trusted' } },
  { id: 'new-project', label: { fr: 'Nouveau projet', en: 'New project' } },
];

/** A signal's label in a language, falling back to the other one for a one-language custom signal. */
export function signalLabel(signal: Pick<Signal, 'label'>, lang: 'fr' | 'en'): string {
  return signal.label[lang] || signal.label[lang === 'fr' ? 'en' : 'fr'];
}

/** Colours offered for clients: distinct in light and dark themes, with readable text on top. */
export const CLIENT_COLORS = [
  '#2563eb', '#db2777', '#16a34a', '#ea580c', '#7c3aed', '#0891b2', '#ca8a04', '#dc2626', '#4f46e5', '#059669',
] as const;
