import type { Lang } from '../../../shared/domain/types';
import { translate, type MessageKey } from '../../../shared/i18n';

/** The reflection prompts, in display order; each exists in both languages. */
export const PROMPT_KEYS: ReadonlyArray<MessageKey> = [
  'today.prompt.energy',
  'today.prompt.drain',
  'today.prompt.no',
  'today.prompt.boundary',
  'today.prompt.proud',
];

/**
 * Adds a prompt as its own line at the end of a text, in the text's language, e.g.
 * ("Long day.", "What gave me energy today?") → "Long day.\nWhat gave me energy today?\n".
 */
export function insertPrompt(text: string, key: MessageKey, lang: Lang): string {
  const line = translate(lang, key);
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${separator}${line}\n`;
}
