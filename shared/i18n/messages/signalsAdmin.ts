import { defineMessages } from '../define';

/** Signals: the compact chips on Today and their management in Settings (rename, hide, merge, delete). */
export const signalsAdmin = defineMessages({
  en: {
    'today.more': 'More signals ({count})',
    'today.fewer': 'Fewer signals',
  },
  fr: {
    'today.more': 'Plus de signaux ({count})',
    'today.fewer': 'Moins de signaux',
  },
});
