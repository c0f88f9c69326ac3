import { defineMessages } from '../define';

export const importing = defineMessages({
  en: {
    title: 'Importing',
  },
  fr: {
    title: 'Importing',
  },
});
