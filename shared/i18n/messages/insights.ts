import { defineMessages } from '../define';

export const insights = defineMessages({
  en: {
    title: 'Insights',
  },
  fr: {
    title: 'Insights',
  },
});
