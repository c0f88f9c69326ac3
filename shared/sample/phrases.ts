/**
 * Journal text for generated entries, in French and English, from small phrase lists: accents,
 * both kinds of apostrophe (’ and ') as people really type them, and an emoji now and then.
 * Kept to string concatenation because the benchmark writes some 50,000 entries with it.
 */
import type { EntryKind, EntryText } from '../domain/types';
import type { Random } from './prng';

export const SAMPLE_CLIENT_NAMES = [
  'Atelier Lumière', 'Acme Corp', 'Boulangerie Durand', 'Studio Nord', 'Mairie de Saint-Étienne',
  'Café de l’Horloge', 'Northwind Traders', 'Éditions Garance', 'Lemon & Co', 'Cabinet Moreau',
  'Bright Labs', 'Ferme du Vallon', 'O’Brien Consulting', 'Théâtre des Îles', 'Pixel Forge',
  'Agence Hélice', 'Maison Chloé', 'Blue Harbor', 'Crèmerie Lefèvre', 'Quokka Studio',
] as const;

type Band = 'low' | 'mid' | 'high';

const OPENERS: Record<Band, { fr: readonly string[]; en: readonly string[] }> = {
  low: {
    fr: ['Journée lourde.', 'Fatiguée ce soir, vraiment.', 'Pas une bonne journée, j’ai l’impression de courir après tout.', 'Épuisé, la tête pleine.', "J'ai mal dormi et ça s'est senti."],
    en: ['Heavy day.', "Drained tonight, honestly.", 'Not a good day, I kept chasing everything.', "Exhausted, head's full.", 'Slept badly and it showed.'],
  },
  mid: {
    fr: ['Journée correcte, sans plus.', 'Un peu dispersée aujourd’hui.', 'Rien de spécial, j’ai avancé.', "Journée en demi-teinte.", 'Ça va, même si la matinée a été longue.'],
    en: ['An okay day, nothing more.', 'A bit scattered today.', 'Nothing special, I made progress.', 'A mixed day.', "Fine, even if the morning dragged on."],
  },
  high: {
    fr: ['Très bonne journée !', 'Pleine d’énergie aujourd’hui.', 'Je me suis sentie à ma place.', "Belle journée, j'ai retrouvé ma méthode.", 'Enfin une journée fluide.'],
    en: ['Really good day!', 'Full of energy today.', 'I felt in the right place.', 'Lovely day, I got back to my own method.', 'Finally a smooth day.'],
  },
};

const CLIENT_LINES: Record<Band, { fr: readonly string[]; en: readonly string[] }> = {
  low: {
    fr: ['{c} a encore ajouté des demandes avant la fin de la précédente.', 'Réunion avec {c} : on ne m’écoute pas.', '{c} veut tout pour hier, sans budget.', 'Relance pour la facture de {c}, toujours rien.', "{c} m'a demandé de gérer l'administratif, ce n'est pas mon rôle."],
    en: ['{c} piled on new requests before the last one was done.', 'Meeting with {c}: I was not heard.', '{c} wants everything for yesterday, on no budget.', 'Chased the {c} invoice again, still nothing.', "{c} asked me to do their admin, that's not my job."],
  },
  mid: {
    fr: ['Point d’étape avec {c}, rien à signaler.', 'Travaillé sur le dossier {c}.', '{c} a validé une partie de la maquette.', "Appel avec {c}, on avance doucement."],
    en: ['Check-in with {c}, nothing to report.', 'Worked on the {c} project.', '{c} signed off part of the mock-up.', 'Call with {c}, slowly moving forward.'],
  },
  high: {
    fr: ['{c} m’a fait confiance sur la méthode.', 'Échange très agréable avec {c}, délais réalistes.', '{c} a payé rubis sur l’ongle.', "{c} a suivi mes recommandations, quel plaisir."],
    en: ['{c} trusted my method.', 'Lovely exchange with {c}, realistic deadlines.', '{c} paid on time, to the day.', '{c} followed my recommendations, what a joy.'],
  },
};

const REFLECTIONS = {
  fr: ['Ce qui m’a donné de l’énergie : la marche de midi.', 'La prochaine fois, je dirai non aux urgences de dernière minute.', 'Penser à bloquer du temps pour mes propres projets.', "Noter : demander un acompte avant de commencer.", 'À retenir : poser les limites dès le premier appel.'],
  en: ['What gave me energy: the lunchtime walk.', 'Next time I will say no to last-minute emergencies.', 'Remember to block time for my own projects.', 'Note to self: ask for a deposit before starting.', 'Keep in mind: set boundaries on the first call.'],
} as const;

const EMOJI = ['🙂', '😩', '🎉', '☕', '🌧️', '✨', '😤', '🌱'] as const;

function bandOf(score: number | null): Band {
  if (score === null) return 'mid';
  return score <= 2 ? 'low' : score >= 4 ? 'high' : 'mid';
}

function sentence(rng: Random, lang: 'fr' | 'en', band: Band, clientNames: readonly string[], kind: EntryKind, emoji: boolean): string {
  let text = rng.pick(OPENERS[band][lang]);
  for (const name of clientNames) text += ' ' + rng.pick(CLIENT_LINES[band][lang]).replace('{c}', name);
  if (kind === 'review' && rng.chance(0.35)) text += ' ' + rng.pick(REFLECTIONS[lang]);
  return emoji ? `${text} ${rng.pick(EMOJI)}` : text;
}

/**
 * The French and English text of an entry, e.g. { fr: "Journée lourde. Acme Corp veut tout pour
 * hier, sans budget.", en: "" }: both languages about half the time, else one of them.
 */
export function entryText(rng: Random, score: number | null, clientNames: readonly string[], kind: EntryKind): EntryText {
  const band = bandOf(score);
  const r = rng.next();
  const emoji = rng.chance(0.1);
  const fr = r < 0.8 ? sentence(rng, 'fr', band, clientNames, kind, emoji) : '';
  const en = r < 0.5 || r >= 0.8 ? sentence(rng, 'en', band, clientNames, kind, emoji) : '';
  return { fr, en };
}
