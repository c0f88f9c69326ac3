import { defineMessages } from '../define';

export const clients = defineMessages({
  en: {
    title: 'Clients',
  },
  fr: {
    title: 'Clients',
  },
});
