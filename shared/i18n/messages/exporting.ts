import { defineMessages } from '../define';

export const exporting = defineMessages({
  en: {
    title: 'Exporting',
  },
  fr: {
    title: 'Exporting',
  },
});
