import { defineMessages } from '../define';

export const settings = defineMessages({
  en: {
    title: 'Settings',
  },
  fr: {
    title: 'Settings',
  },
});
