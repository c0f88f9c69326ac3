export { defineMessages, type Message, type PluralMessage } from './define';
export { catalogs, type MessageKey } from './messages';
export { translate, translator, languageFromLocale, type Translate, type Vars } from './translate';
export { formatNumber, formatSigned, formatMoney, localeTag } from './format';
