import { defineMessages } from '../define';

/**
 * The plain words around Insights' verdicts (shared/stats/felt.ts, explain.ts): the user's own
 * felt ratings, why a number is missing and how to get one, the "How do we know?" disclosure and
 * the first days of a journal.
 * French typography: ’ apostrophes, a no-break space (U+00A0) before “:”, a narrow no-break
 * space (U+202F) before “;”, “?”, “!”. Numbers arrive already formatted; `count` picks the plural.
 */
export const explain = defineMessages({
  en: {
    'felt.title': 'How it felt to you',
    'felt.col': 'Your rating',
    'felt.none': 'not rated',
    'felt.few': 'few days',
    'felt.cell': { one: '{mean} · {count} day', other: '{mean} · {count} days' },
    'felt.scale': 'Your own “how it felt” rating of each client, from −2 (drained) to +2 (energised), averaged over the days you rated it.',
    'felt.reading': {
      one: 'You rate your days with {client} at {mean} on average (plausible range {range}; {count} rated day).',
      other: 'You rate your days with {client} at {mean} on average (plausible range {range}; {count} rated days).',
    },
    'felt.reading.single': {
      one: 'You rated your day with {client} at {mean}, on a scale of −2 to +2 ({count} rated day).',
      other: 'You rated your days with {client} at {mean}, on a scale of −2 to +2 ({count} rated days).',
    },
    'felt.reading.same': 'You rated each of your {count} days with {client} at {mean}, on a scale of −2 to +2.',
    'felt.reading.few': 'Based on few days: {min} or more give a steadier picture.',
    'felt.reading.none': 'You have not rated how your days with {client} felt yet.',
    'felt.chart': 'felt {mean}',

    'disagree.drained.notYet': {
      one: 'You rate these days as draining ({mean} over {count} day); your {metric} on those days is not measurably lower yet.',
      other: 'You rate these days as draining ({mean} over {count} days); your {metric} on those days is not measurably lower yet.',
    },
    'disagree.drained.higher': {
      one: 'You rate these days as draining ({mean} over {count} day); yet your {metric} on those days is measurably higher.',
      other: 'You rate these days as draining ({mean} over {count} days); yet your {metric} on those days is measurably higher.',
    },
    'disagree.energised.notYet': {
      one: 'You rate these days as energising ({mean} over {count} day); your {metric} on those days is not measurably higher yet.',
      other: 'You rate these days as energising ({mean} over {count} days); your {metric} on those days is not measurably higher yet.',
    },
    'disagree.energised.lower': {
      one: 'You rate these days as energising ({mean} over {count} day); yet your {metric} on those days is measurably lower.',
      other: 'You rate these days as energising ({mean} over {count} days); yet your {metric} on those days is measurably lower.',
    },

    'metricIn.energy': 'for energy',
    'metricIn.mood': 'for mood',
    'see.energy': 'see energy',
    'see.mood': 'see mood',
    'missing.noneSeeOther': {
      one: '{any} day with {client}, none rated {metricIn} — {other}.',
      other: '{any} days with {client}, none rated {metricIn} — {other}.',
    },
    'missing.noneRated': {
      one: '{any} day with {client}, none rated {metricIn}: rate it on those days to see its effect.',
      other: '{any} days with {client}, none rated {metricIn}: rate it on those days to see its effect.',
    },
    'missing.partlyRated': {
      one: '{any} days with {client}, {rated} rated {metricIn}: rate {count} more day to see its effect (it takes {min}).',
      other: '{any} days with {client}, {rated} rated {metricIn}: rate {count} more days to see its effect (it takes {min}).',
    },
    'missing.moreWith': {
      one: 'Record {count} more day with {client} to see its effect ({rated} of the {min} needed).',
      other: 'Record {count} more days with {client} to see its effect ({rated} of the {min} needed).',
    },
    'missing.moreWithout': {
      one: '{client} is on nearly every rated day ({with} of {total}): record {count} more day without it to compare.',
      other: '{client} is on nearly every rated day ({with} of {total}): record {count} more days without it to compare.',
    },

    'how.summary': 'How do we know?',
    'how.days': 'Compared: {with} days with {client} and {without} days without, rated {metricIn}.',
    'how.threshold': 'A verdict needs at least {minWith} rated days with {client} and {minWithout} without; so far {with} with and {without} without.',
    'how.held.clients': 'Held equal: the other clients of each day.',
    'how.held.weekday': 'Held equal: the other clients of each day and the day of the week.',
    'how.held.season': 'Held equal: the other clients of each day and of the day before, the day of the week, and the slow changes of the season.',
    'how.held.none': 'A plain comparison of days with and without: the other clients and the weekday are not taken into account here.',
    'how.range':
      'Plausible range: {low} to {high} points. Nineteen times out of twenty, a range built this way holds the true difference; days that follow one another count for less than separate days.',
    'how.change.clear': {
      one: 'What would change it: new days with {client} unlike the earlier ones — the range stops {margin} point from zero.',
      other: 'What would change it: new days with {client} unlike the earlier ones — the range stops {margin} points from zero.',
    },
    'how.change.more': {
      one: 'What would change it: about {count} more rated day with {client}, if the difference stays this size, would settle it.',
      other: 'What would change it: about {count} more rated days with {client}, if the difference stays this size, would settle it.',
    },
    'how.change.nearZero': 'What would change it: a clear difference on new days with {client}; at its present size it is close to zero.',
    'how.change.confounded': 'What would change it: days with {client} without the clients it usually comes with.',

    'early.title': 'Your first days',
    'early.body': {
      one: '{count} day recorded. Here is what can honestly be said already: your mood and energy over time, your year in pixels and how your clients felt to you.',
      other: '{count} days recorded. Here is what can honestly be said already: your mood and energy over time, your year in pixels and how your clients felt to you.',
    },
    'early.thresholds': 'A client’s measured effect appears from {minWith} rated days with it and {minWithout} without.',
    'early.client': 'Days rated {metricIn}: {with} of {minWith} with, {without} of {minWithout} without',
    'early.ready': 'enough for a first verdict',
    'early.none': 'No client recorded yet: tick the clients of the day on Today.',

    'report.metrics': 'Scores in the report',
    'report.metrics.both': 'Mood and energy',
    'report.metrics.mood': 'Mood',
    'report.metrics.energy': 'Energy',
    'report.chart.ranking.energy': 'Clients by their effect on energy (plausible range)',
    'report.chart.ranking.mood': 'Clients by their effect on mood (plausible range)',
    'report.chart.weekdays.energy': 'Energy by weekday',
    'report.chart.weekdays.mood': 'Mood by weekday',
    'report.noData': 'No day of the period has a {metric} rating, so the report leaves it out.',
  },
  fr: {
    'felt.title': 'Votre ressenti',
    'felt.col': 'Votre ressenti',
    'felt.none': 'non noté',
    'felt.few': 'peu de jours',
    'felt.cell': { one: '{mean} · {count} jour', other: '{mean} · {count} jours' },
    'felt.scale': 'Votre propre note «\u00a0comment c’était\u00a0» pour chaque client, de −2 (épuisé) à +2 (ressourcé), en moyenne sur les jours notés.',
    'felt.reading': {
      one: 'Vous notez vos journées avec {client} à {mean} en moyenne (fourchette plausible {range}\u202f; {count} jour noté).',
      other: 'Vous notez vos journées avec {client} à {mean} en moyenne (fourchette plausible {range}\u202f; {count} jours notés).',
    },
    'felt.reading.single': {
      one: 'Vous avez noté votre journée avec {client} à {mean}, sur une échelle de −2 à +2 ({count} jour noté).',
      other: 'Vous avez noté vos journées avec {client} à {mean}, sur une échelle de −2 à +2 ({count} jours notés).',
    },
    'felt.reading.same': 'Vous avez noté chacune de vos {count} journées avec {client} à {mean}, sur une échelle de −2 à +2.',
    'felt.reading.few': 'Basé sur peu de jours\u00a0: à partir de {min}, l’image est plus stable.',
    'felt.reading.none': 'Vous n’avez pas encore noté votre ressenti des journées avec {client}.',
    'felt.chart': 'ressenti {mean}',

    'disagree.drained.notYet': {
      one: 'Vous notez ces journées comme épuisantes ({mean} sur {count} jour)\u202f; votre {metric} ces jours-là n’est pas encore mesurablement plus basse.',
      other: 'Vous notez ces journées comme épuisantes ({mean} sur {count} jours)\u202f; votre {metric} ces jours-là n’est pas encore mesurablement plus basse.',
    },
    'disagree.drained.higher': {
      one: 'Vous notez ces journées comme épuisantes ({mean} sur {count} jour)\u202f; pourtant votre {metric} ces jours-là est mesurablement plus élevée.',
      other: 'Vous notez ces journées comme épuisantes ({mean} sur {count} jours)\u202f; pourtant votre {metric} ces jours-là est mesurablement plus élevée.',
    },
    'disagree.energised.notYet': {
      one: 'Vous notez ces journées comme ressourçantes ({mean} sur {count} jour)\u202f; votre {metric} ces jours-là n’est pas encore mesurablement plus élevée.',
      other: 'Vous notez ces journées comme ressourçantes ({mean} sur {count} jours)\u202f; votre {metric} ces jours-là n’est pas encore mesurablement plus élevée.',
    },
    'disagree.energised.lower': {
      one: 'Vous notez ces journées comme ressourçantes ({mean} sur {count} jour)\u202f; pourtant votre {metric} ces jours-là est mesurablement plus basse.',
      other: 'Vous notez ces journées comme ressourçantes ({mean} sur {count} jours)\u202f; pourtant votre {metric} ces jours-là est mesurablement plus basse.',
    },

    'metricIn.energy': 'en énergie',
    'metricIn.mood': 'en humeur',
    'see.energy': 'voir l’énergie',
    'see.mood': 'voir l’humeur',
    'missing.noneSeeOther': {
      one: '{any} jour avec {client}, aucun noté {metricIn} — {other}.',
      other: '{any} jours avec {client}, aucun noté {metricIn} — {other}.',
    },
    'missing.noneRated': {
      one: '{any} jour avec {client}, aucun noté {metricIn}\u00a0: notez-la ces jours-là pour voir son effet.',
      other: '{any} jours avec {client}, aucun noté {metricIn}\u00a0: notez-la ces jours-là pour voir son effet.',
    },
    'missing.partlyRated': {
      one: '{any} jours avec {client}, dont {rated} notés {metricIn}\u00a0: notez-en encore {count} pour voir son effet (il en faut {min}).',
      other: '{any} jours avec {client}, dont {rated} notés {metricIn}\u00a0: notez-en encore {count} pour voir son effet (il en faut {min}).',
    },
    'missing.moreWith': {
      one: 'Notez encore {count} jour avec {client} pour voir son effet ({rated} sur les {min} nécessaires).',
      other: 'Notez encore {count} jours avec {client} pour voir son effet ({rated} sur les {min} nécessaires).',
    },
    'missing.moreWithout': {
      one: '{client} est presque de tous vos jours notés ({with} sur {total})\u00a0: notez encore {count} jour sans ce client pour pouvoir comparer.',
      other: '{client} est presque de tous vos jours notés ({with} sur {total})\u00a0: notez encore {count} jours sans ce client pour pouvoir comparer.',
    },

    'how.summary': 'Comment le sait-on\u202f?',
    'how.days': 'Comparés\u00a0: {with} jours avec {client} et {without} jours sans, notés {metricIn}.',
    'how.threshold': 'Un verdict demande au moins {minWith} jours notés avec {client} et {minWithout} sans\u202f; pour l’instant {with} avec et {without} sans.',
    'how.held.clients': 'À égalité\u00a0: les autres clients de chaque jour.',
    'how.held.weekday': 'À égalité\u00a0: les autres clients de chaque jour et le jour de la semaine.',
    'how.held.season': 'À égalité\u00a0: les autres clients de chaque jour et de la veille, le jour de la semaine et les lentes variations de la saison.',
    'how.held.none': 'Comparaison simple des jours avec et sans\u00a0: les autres clients et le jour de la semaine ne sont pas pris en compte ici.',
    'how.range':
      'Fourchette plausible\u00a0: de {low} à {high} points. Dix-neuf fois sur vingt, une fourchette construite ainsi contient le véritable écart\u202f; des jours qui se suivent comptent moins que des jours séparés.',
    'how.change.clear': {
      one: 'Ce qui le changerait\u00a0: de nouvelles journées avec {client} différentes des précédentes — la fourchette s’arrête à {margin} point de zéro.',
      other: 'Ce qui le changerait\u00a0: de nouvelles journées avec {client} différentes des précédentes — la fourchette s’arrête à {margin} points de zéro.',
    },
    'how.change.more': {
      one: 'Ce qui le changerait\u00a0: environ {count} jour noté de plus avec {client}, si l’écart garde cette taille, suffirait à trancher.',
      other: 'Ce qui le changerait\u00a0: environ {count} jours notés de plus avec {client}, si l’écart garde cette taille, suffiraient à trancher.',
    },
    'how.change.nearZero': 'Ce qui le changerait\u00a0: un écart net sur de nouvelles journées avec {client}\u202f; à sa taille actuelle, il est proche de zéro.',
    'how.change.confounded': 'Ce qui le changerait\u00a0: des journées avec {client} sans les clients qui l’accompagnent d’habitude.',

    'early.title': 'Vos premiers jours',
    'early.body': {
      one: '{count} jour noté. Voici ce qu’on peut déjà dire honnêtement\u00a0: votre humeur et votre énergie au fil du temps, votre année en pixels et votre ressenti de chaque client.',
      other: '{count} jours notés. Voici ce qu’on peut déjà dire honnêtement\u00a0: votre humeur et votre énergie au fil du temps, votre année en pixels et votre ressenti de chaque client.',
    },
    'early.thresholds': 'L’effet mesuré d’un client apparaît à partir de {minWith} jours notés avec lui et {minWithout} sans.',
    'early.client': 'Jours notés {metricIn}\u00a0: {with} sur {minWith} avec, {without} sur {minWithout} sans',
    'early.ready': 'assez pour un premier verdict',
    'early.none': 'Aucun client noté pour l’instant\u00a0: cochez les clients du jour dans Aujourd’hui.',

    'report.metrics': 'Mesures du rapport',
    'report.metrics.both': 'Humeur et énergie',
    'report.metrics.mood': 'Humeur',
    'report.metrics.energy': 'Énergie',
    'report.chart.ranking.energy': 'Clients selon leur effet sur l’énergie (fourchette plausible)',
    'report.chart.ranking.mood': 'Clients selon leur effet sur l’humeur (fourchette plausible)',
    'report.chart.weekdays.energy': 'Énergie selon le jour de la semaine',
    'report.chart.weekdays.mood': 'Humeur selon le jour de la semaine',
    'report.noData': 'Aucun jour de la période n’a de note d’{metric}\u00a0: le rapport la laisse de côté.',
  },
});
