import { defineMessages } from '../define';

/**
 * The one-sentence readings of the Insights findings (shared/stats/readings.ts), e.g.
 *   "On days with Acme, your energy is 1.2 points lower on average (plausible range: −1.6 to −0.8; …)."
 * “IC 95 %” is written “fourchette plausible” / “plausible range”: the words most readers understand.
 * French typography: ’ apostrophes, a no-break space (U+00A0) before “:”, a narrow no-break
 * space (U+202F) before “;”, “?”, “!” and in “95 %”, and no-break spaces inside « ».
 * Numbers arrive already formatted ({size} "1,2", {low} "−1,6"); `count` only picks the plural.
 */
export const readings = defineMessages({
  en: {
    drains: {
      one: 'On days with {client}, your {metric} is {size} point lower on average (plausible range: {low} to {high}; {with} days with, {without} without).',
      other: 'On days with {client}, your {metric} is {size} points lower on average (plausible range: {low} to {high}; {with} days with, {without} without).',
    },
    lifts: {
      one: 'On days with {client}, your {metric} is {size} point higher on average (plausible range: {low} to {high}; {with} days with, {without} without).',
      other: 'On days with {client}, your {metric} is {size} points higher on average (plausible range: {low} to {high}; {with} days with, {without} without).',
    },
    unclear: {
      one: 'On days with {client}, there is no clear difference in your {metric} (estimate {effect} point, plausible range: {low} to {high}; {with} days with, {without} without).',
      other: 'On days with {client}, there is no clear difference in your {metric} (estimate {effect} points, plausible range: {low} to {high}; {with} days with, {without} without).',
    },
    confounded:
      '{client} nearly always comes with other clients, so its own effect on your {metric} cannot be told apart yet ({with} days with).',
    moreWith: {
      one: 'Record {count} more day with {client} to see its effect.',
      other: 'Record {count} more days with {client} to see its effect.',
    },
    moreWithout: {
      one: 'Record {count} more day without {client} to compare.',
      other: 'Record {count} more days without {client} to compare.',
    },
    'both.drains': 'On days with {client}, both your energy and your mood are lower.',
    'both.lifts': 'On days with {client}, both your energy and your mood are higher.',
    'energyOnly.drains': '{client} drains your energy, with no clear effect on your mood.',
    'energyOnly.lifts': '{client} lifts your energy, with no clear effect on your mood.',
    'moodOnly.drains': '{client} weighs on your mood, with no clear effect on your energy.',
    'moodOnly.lifts': '{client} lifts your mood, with no clear effect on your energy.',
    'mixed.energyDown': 'With {client}, your energy is lower but your mood is higher.',
    'mixed.moodDown': 'With {client}, your mood is lower but your energy is higher.',
    'trend.worse': {
      one: 'With {client}, the {metric} difference went from {first} to {last} point ({firstDay} → {lastDay}): the relationship is getting worse.',
      other: 'With {client}, the {metric} difference went from {first} to {last} points ({firstDay} → {lastDay}): the relationship is getting worse.',
    },
    'trend.better': {
      one: 'With {client}, the {metric} difference went from {first} to {last} point ({firstDay} → {lastDay}): the relationship is improving.',
      other: 'With {client}, the {metric} difference went from {first} to {last} points ({firstDay} → {lastDay}): the relationship is improving.',
    },
    'trend.stable': 'With {client}, no clear change in the {metric} difference between {firstDay} and {lastDay}.',
    'trend.short': 'Not enough separate periods yet to tell whether {client}’s effect is changing.',
    'nextDay.drains': {
      one: 'The day after working with {client}, on a day without it, your {metric} is still {size} point lower on average (plausible range: {low} to {high}; {with} days).',
      other: 'The day after working with {client}, on a day without it, your {metric} is still {size} points lower on average (plausible range: {low} to {high}; {with} days).',
    },
    'nextDay.lifts': {
      one: 'The day after working with {client}, on a day without it, your {metric} is still {size} point higher on average (plausible range: {low} to {high}; {with} days).',
      other: 'The day after working with {client}, on a day without it, your {metric} is still {size} points higher on average (plausible range: {low} to {high}; {with} days).',
    },
    'nextDay.none': 'No clear after-effect of {client} on the next day’s {metric}.',
    'signal.drains': {
      one: 'On days marked “{signal}”, your {metric} is {size} point lower on average (plausible range: {low} to {high}; {with} days with, {without} without).',
      other: 'On days marked “{signal}”, your {metric} is {size} points lower on average (plausible range: {low} to {high}; {with} days with, {without} without).',
    },
    'signal.lifts': {
      one: 'On days marked “{signal}”, your {metric} is {size} point higher on average (plausible range: {low} to {high}; {with} days with, {without} without).',
      other: 'On days marked “{signal}”, your {metric} is {size} points higher on average (plausible range: {low} to {high}; {with} days with, {without} without).',
    },
    'signal.unclear': 'No clear difference in your {metric} on days marked “{signal}” ({with} days).',
    'signal.few': {
      one: 'Only {count} day marked “{signal}”: too few to compare.',
      other: 'Only {count} days marked “{signal}”: too few to compare.',
    },
    clientSignals: { one: '{client}: most often “{signal}”, on {count} of {total} days.', other: '{client}: most often “{signal}”, on {count} of {total} days.' },
    'clientSignals.none': '{client}: no signal recorded.',
    'hours.drains': {
      one: 'With {client}, each extra hour goes with {size} point less {metric} (plausible range: {low} to {high}; {n} days).',
      other: 'With {client}, each extra hour goes with {size} points less {metric} (plausible range: {low} to {high}; {n} days).',
    },
    'hours.lifts': {
      one: 'With {client}, each extra hour goes with {size} point more {metric} (plausible range: {low} to {high}; {n} days).',
      other: 'With {client}, each extra hour goes with {size} points more {metric} (plausible range: {low} to {high}; {n} days).',
    },
    'hours.unclear': 'With {client}, no clear link between the hours worked and your {metric} ({n} days).',
    'hours.few': {
      one: 'Hours recorded on only {count} rated day with {client}: too few to tell.',
      other: 'Hours recorded on only {count} rated days with {client}: too few to tell.',
    },
    weekday:
      'Your {metric} is lowest on {lowDay} ({lowValue} on average, {lowN} days) and highest on {highDay} ({highValue}, {highN} days).',
    'weekday.overlap': 'Their plausible ranges overlap, so this may be chance.',
    days: { one: '{count} day', other: '{count} days' },
    'period.both': 'Over the period, your energy averages {energy} ({energyDays}) and your mood {mood} ({moodDays}), on a scale of 1 to 5.',
    'period.moodOnly': 'Over the period, your mood averages {mood} on a scale of 1 to 5 ({moodDays}); no day has an energy rating.',
    'period.energyOnly': 'Over the period, your energy averages {energy} on a scale of 1 to 5 ({energyDays}); no day has a mood rating.',
    'weekday.few': 'Pale bars: fewer than {min} rated days, too few to compare.',
  },
  fr: {
    drains: {
      one: 'Les jours avec {client}, votre {metric} est en moyenne {size} point plus basse (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
      other: 'Les jours avec {client}, votre {metric} est en moyenne {size} points plus basse (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
    },
    lifts: {
      one: 'Les jours avec {client}, votre {metric} est en moyenne {size} point plus élevée (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
      other: 'Les jours avec {client}, votre {metric} est en moyenne {size} points plus élevée (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
    },
    unclear: {
      one: 'Les jours avec {client}, pas de différence nette sur votre {metric} (estimation {effect} point, fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
      other: 'Les jours avec {client}, pas de différence nette sur votre {metric} (estimation {effect} points, fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
    },
    confounded:
      '{client} vient presque toujours avec d’autres clients\u00a0: son effet propre sur votre {metric} ne peut pas encore être distingué ({with} jours avec).',
    moreWith: {
      one: 'Notez encore {count} jour avec {client} pour voir son effet.',
      other: 'Notez encore {count} jours avec {client} pour voir son effet.',
    },
    moreWithout: {
      one: 'Notez encore {count} jour sans {client} pour pouvoir comparer.',
      other: 'Notez encore {count} jours sans {client} pour pouvoir comparer.',
    },
    'both.drains': 'Les jours avec {client}, votre énergie et votre humeur sont toutes deux plus basses.',
    'both.lifts': 'Les jours avec {client}, votre énergie et votre humeur sont toutes deux plus élevées.',
    'energyOnly.drains': '{client} épuise votre énergie, sans effet net sur votre humeur.',
    'energyOnly.lifts': '{client} vous redonne de l’énergie, sans effet net sur votre humeur.',
    'moodOnly.drains': '{client} pèse sur votre humeur, sans effet net sur votre énergie.',
    'moodOnly.lifts': '{client} améliore votre humeur, sans effet net sur votre énergie.',
    'mixed.energyDown': 'Avec {client}, votre énergie est plus basse mais votre humeur plus élevée.',
    'mixed.moodDown': 'Avec {client}, votre humeur est plus basse mais votre énergie plus élevée.',
    'trend.worse': {
      one: 'Avec {client}, l’écart d’{metric} est passé de {first} à {last} point ({firstDay} → {lastDay})\u00a0: la relation se dégrade.',
      other: 'Avec {client}, l’écart d’{metric} est passé de {first} à {last} points ({firstDay} → {lastDay})\u00a0: la relation se dégrade.',
    },
    'trend.better': {
      one: 'Avec {client}, l’écart d’{metric} est passé de {first} à {last} point ({firstDay} → {lastDay})\u00a0: la relation s’améliore.',
      other: 'Avec {client}, l’écart d’{metric} est passé de {first} à {last} points ({firstDay} → {lastDay})\u00a0: la relation s’améliore.',
    },
    'trend.stable': 'Avec {client}, pas de changement net de l’écart d’{metric} entre le {firstDay} et le {lastDay}.',
    'trend.short': 'Pas encore assez de recul pour dire si l’effet de la relation avec {client} évolue.',
    'nextDay.drains': {
      one: 'Le lendemain d’une journée avec {client}, un jour sans ce client, votre {metric} est encore en moyenne {size} point plus basse (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours).',
      other: 'Le lendemain d’une journée avec {client}, un jour sans ce client, votre {metric} est encore en moyenne {size} points plus basse (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours).',
    },
    'nextDay.lifts': {
      one: 'Le lendemain d’une journée avec {client}, un jour sans ce client, votre {metric} est encore en moyenne {size} point plus élevée (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours).',
      other: 'Le lendemain d’une journée avec {client}, un jour sans ce client, votre {metric} est encore en moyenne {size} points plus élevée (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours).',
    },
    'nextDay.none': 'Pas d’effet net sur l’{metric} du lendemain d’une journée avec {client}.',
    'signal.drains': {
      one: 'Les jours marqués «\u00a0{signal}\u00a0», votre {metric} est en moyenne {size} point plus basse (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
      other: 'Les jours marqués «\u00a0{signal}\u00a0», votre {metric} est en moyenne {size} points plus basse (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
    },
    'signal.lifts': {
      one: 'Les jours marqués «\u00a0{signal}\u00a0», votre {metric} est en moyenne {size} point plus élevée (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
      other: 'Les jours marqués «\u00a0{signal}\u00a0», votre {metric} est en moyenne {size} points plus élevée (fourchette plausible\u00a0: {low} à {high}\u202f; {with} jours avec, {without} sans).',
    },
    'signal.unclear': 'Pas de différence nette sur votre {metric} les jours marqués «\u00a0{signal}\u00a0» ({with} jours).',
    'signal.few': {
      one: 'Seulement {count} jour marqué «\u00a0{signal}\u00a0»\u00a0: trop peu pour comparer.',
      other: 'Seulement {count} jours marqués «\u00a0{signal}\u00a0»\u00a0: trop peu pour comparer.',
    },
    clientSignals: {
      one: '{client}\u00a0: le plus souvent «\u00a0{signal}\u00a0», {count} jour sur {total}.',
      other: '{client}\u00a0: le plus souvent «\u00a0{signal}\u00a0», {count} jours sur {total}.',
    },
    'clientSignals.none': '{client}\u00a0: aucun signal noté.',
    'hours.drains': {
      one: 'Avec {client}, chaque heure de plus va de pair avec {size} point d’{metric} en moins (fourchette plausible\u00a0: {low} à {high}\u202f; {n} jours).',
      other: 'Avec {client}, chaque heure de plus va de pair avec {size} points d’{metric} en moins (fourchette plausible\u00a0: {low} à {high}\u202f; {n} jours).',
    },
    'hours.lifts': {
      one: 'Avec {client}, chaque heure de plus va de pair avec {size} point d’{metric} en plus (fourchette plausible\u00a0: {low} à {high}\u202f; {n} jours).',
      other: 'Avec {client}, chaque heure de plus va de pair avec {size} points d’{metric} en plus (fourchette plausible\u00a0: {low} à {high}\u202f; {n} jours).',
    },
    'hours.unclear': 'Avec {client}, pas de lien net entre les heures travaillées et votre {metric} ({n} jours).',
    'hours.few': {
      one: 'Heures notées sur seulement {count} jour évalué avec {client}\u00a0: trop peu pour conclure.',
      other: 'Heures notées sur seulement {count} jours évalués avec {client}\u00a0: trop peu pour conclure.',
    },
    weekday:
      'Votre {metric} est la plus basse le {lowDay} ({lowValue} en moyenne, {lowN} jours) et la plus élevée le {highDay} ({highValue}, {highN} jours).',
    'weekday.overlap': 'Leurs fourchettes plausibles se recouvrent\u00a0: ce peut être le hasard.',
    days: { one: '{count} jour', other: '{count} jours' },
    'period.both': 'Sur la période, votre énergie est en moyenne de {energy} ({energyDays}) et votre humeur de {mood} ({moodDays}), sur une échelle de 1 à 5.',
    'period.moodOnly': 'Sur la période, votre humeur est en moyenne de {mood} sur une échelle de 1 à 5 ({moodDays})\u202f; aucun jour n’a de note d’énergie.',
    'period.energyOnly': 'Sur la période, votre énergie est en moyenne de {energy} sur une échelle de 1 à 5 ({energyDays})\u202f; aucun jour n’a de note d’humeur.',
    'weekday.few': 'Barres pâles\u00a0: moins de {min} jours notés, trop peu pour comparer.',
  },
});
