import { defineMessages } from '../define';

export const journal = defineMessages({
  en: {
    title: 'Journal',
  },
  fr: {
    title: 'Journal',
  },
});
