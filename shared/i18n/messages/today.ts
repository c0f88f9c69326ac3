import { defineMessages } from '../define';

export const today = defineMessages({
  en: {
    title: 'Today',
  },
  fr: {
    title: 'Today',
  },
});
