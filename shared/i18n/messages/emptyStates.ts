import { defineMessages } from '../define';

/**
 * What each screen says while the journal is empty: what to do next, and how long until the
 * screen becomes useful (Insights draws from the first rated day; a client's effect needs 5 days
 * with it and 5 without — the thresholds of shared/stats).
 */
export const emptyStates = defineMessages({
  en: {
    'today.title': 'Your first evening',
    'today.body': 'Rate your mood and energy, tick the clients of the day, write a line or two: about two minutes, and it saves as you go.',
    'today.when': 'From the first evening, Insights draws your mood and energy over time; a client’s effect shows once you have 5 days with it and 5 without — about three weeks.',
    'journal.title': 'Your journal is empty for now',
    'journal.body': 'Each evening’s review appears here as soon as you write it, newest first. After a week or two, search and the calendar help you find a day again.',
    'clients.body': 'Add the people and companies you work for, here or straight from Today. After 5 days with a client and 5 without, Humeur starts measuring how it affects your mood and energy.',
    'insights.title': 'Nothing to chart yet',
    'insights.body': 'Start with today’s review: from the first rated day, your mood and energy show here over time, and each client’s effect once it has 5 days with it and 5 without — about three weeks of evenings.',
    'export.title': 'Nothing to export yet',
    'export.body': 'Your reflections can be exported from the first entry on; a month of evenings makes a report worth printing.',
    'action.today': 'Write today’s review',
  },
  fr: {
    'today.title': 'Votre premier soir',
    'today.body': 'Notez votre humeur et votre énergie, cochez les clients du jour, écrivez une ligne ou deux\u00a0: environ deux minutes, et tout s’enregistre au fil de la saisie.',
    'today.when': 'Dès le premier soir, les Analyses tracent votre humeur et votre énergie\u00a0; l’effet d’un client apparaît dès 5\u00a0jours avec lui et 5 sans — environ trois semaines.',
    'journal.title': 'Votre journal est encore vide',
    'journal.body': 'Le bilan de chaque soir apparaît ici dès que vous l’écrivez, le plus récent en premier. Après une semaine ou deux, la recherche et le calendrier vous aident à retrouver un jour.',
    'clients.body': 'Ajoutez les personnes et entreprises pour qui vous travaillez, ici ou directement depuis Aujourd’hui. Après 5\u00a0jours avec un client et 5 sans, Humeur commence à mesurer son effet sur votre humeur et votre énergie.',
    'insights.title': 'Rien à représenter pour l’instant',
    'insights.body': 'Commencez par le bilan d’aujourd’hui\u00a0: dès le premier jour noté, votre humeur et votre énergie s’affichent ici au fil du temps, et l’effet de chaque client dès 5\u00a0jours avec lui et 5 sans — environ trois semaines de soirées.',
    'export.title': 'Rien à exporter pour l’instant',
    'export.body': 'Vos réflexions s’exportent dès la première entrée\u00a0; un mois de soirées donne un rapport qui vaut la peine d’être imprimé.',
    'action.today': 'Écrire le bilan du jour',
  },
});
