import { defineMessages } from '../define';

/**
 * Import of real exports: ZIP archives that could hurt the app, localised Daylio dates, days
 * outside what Humeur accepts, what the preview says is left behind (Day One attachments,
 * Mini Diary times) and the scales of Daylio's mapping step.
 */
export const importMore = defineMessages({
  en: {
    zipBomb:
      'This ZIP archive is built to overload the app (entries that share their data, inflate to more than they declare, or far too many of them). Nothing was read from it.',
    unknownMonth: '“{value}” is not a month name Humeur knows.',
    unknownMonthAtLine: 'Line {line}: “{value}” is not a month name Humeur knows, so the date cannot be read.',
    implausibleDate: 'The date {value} is outside the days Humeur accepts (from 1900 to tomorrow).',
    implausibleDateAtLine: 'Line {line}: the date {value} is outside the days Humeur accepts (from 1900 to tomorrow).',
    implausibleDateInEntry: 'Entry {entry}: the date {value} is outside the days Humeur accepts (from 1900 to tomorrow).',
    'left.title': 'Not imported',
    'left.photos': { one: '{count} photo will not be imported.', other: '{count} photos will not be imported.' },
    'left.videos': { one: '{count} video will not be imported.', other: '{count} videos will not be imported.' },
    'left.audios': { one: '{count} audio recording will not be imported.', other: '{count} audio recordings will not be imported.' },
    'left.pdfs': { one: '{count} PDF will not be imported.', other: '{count} PDFs will not be imported.' },
    'left.hint': 'Humeur keeps text, dates and tags; the attachments stay in your Day One export.',
    noon: {
      one: 'Mini Diary does not record the time of day: {count} entry will be placed at 12:00.',
      other: 'Mini Diary does not record the time of day: {count} entries will be placed at 12:00.',
    },
    'scales.title': 'Scales',
    'scales.hint': 'Daylio scales are not moods or activities. One of them can give each entry its energy (1 to 5); the others are not imported.',
    'scales.energy': 'Energy comes from',
    'scales.none': 'No scale (no energy)',
    'scales.outOf': '{name} (out of {max})',
    'scales.ignored': 'Not imported: {names}.',
  },
  fr: {
    zipBomb:
      'Cette archive ZIP est construite pour surcharger l’application (des éléments qui partagent leurs données, qui se décompressent au-delà de leur taille annoncée, ou bien trop nombreux). Rien n’en a été lu.',
    unknownMonth: '« {value} » n’est pas un nom de mois que Humeur connaît.',
    unknownMonthAtLine: 'Ligne {line} : « {value} » n’est pas un nom de mois que Humeur connaît, la date ne peut pas être lue.',
    implausibleDate: 'La date {value} est hors des jours que Humeur accepte (de 1900 à demain).',
    implausibleDateAtLine: 'Ligne {line} : la date {value} est hors des jours que Humeur accepte (de 1900 à demain).',
    implausibleDateInEntry: 'Entrée {entry} : la date {value} est hors des jours que Humeur accepte (de 1900 à demain).',
    'left.title': 'Non importé',
    'left.photos': { one: '{count} photo ne sera pas importée.', other: '{count} photos ne seront pas importées.' },
    'left.videos': { one: '{count} vidéo ne sera pas importée.', other: '{count} vidéos ne seront pas importées.' },
    'left.audios': { one: '{count} enregistrement audio ne sera pas importé.', other: '{count} enregistrements audio ne seront pas importés.' },
    'left.pdfs': { one: '{count} PDF ne sera pas importé.', other: '{count} PDF ne seront pas importés.' },
    'left.hint': 'Humeur garde les textes, les dates et les étiquettes ; les pièces jointes restent dans votre export Day One.',
    noon: {
      one: 'Mini Diary n’enregistre pas l’heure : {count} entrée sera placée à 12 h 00.',
      other: 'Mini Diary n’enregistre pas l’heure : {count} entrées seront placées à 12 h 00.',
    },
    'scales.title': 'Échelles',
    'scales.hint': 'Les échelles de Daylio ne sont ni des humeurs ni des activités. L’une d’elles peut donner à chaque entrée son énergie (1 à 5) ; les autres ne sont pas importées.',
    'scales.energy': 'L’énergie vient de',
    'scales.none': 'Aucune échelle (pas d’énergie)',
    'scales.outOf': '{name} (sur {max})',
    'scales.ignored': 'Non importées : {names}.',
  },
});
