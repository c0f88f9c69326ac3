import { memo, useId, useRef } from 'react';
import { flushSync } from 'react-dom';
import type { EntryText, Lang } from '../../../shared/domain/types';
import { useT } from '../../app/settings';
import { ChipToolbar } from '../../components/ChipToolbar';
import { insertPrompt, PROMPT_KEYS } from './prompts';

interface Props {
  text: EntryText;
  onChange(lang: Lang, value: string): void;
  showPrompts: boolean;
  /** Focus the UI language's field on mount (a quick note just added). */
  autoFocus?: boolean;
}

/**
 * The French and English fields of an entry (either may stay empty), and the reflection prompts,
 * which go into the field last written in — else the one of the UI language.
 */
export const EntryTexts = memo(function EntryTexts({ text, onChange, showPrompts, autoFocus }: Props) {
  const { t, lang } = useT();
  const id = useId();
  const fields = useRef<Partial<Record<Lang, HTMLTextAreaElement | null>>>({});
  const lastFocused = useRef<Lang>(lang);
  const order: Lang[] = lang === 'fr' ? ['fr', 'en'] : ['en', 'fr'];

  const addPrompt = (key: (typeof PROMPT_KEYS)[number]) => {
    const target = lastFocused.current;
    const next = insertPrompt(text[target], key, target);
    // Render the new text first, so the caret can be put after it.
    flushSync(() => onChange(target, next));
    const field = fields.current[target];
    if (field) {
      field.focus();
      field.setSelectionRange(next.length, next.length);
    }
  };

  return (
    <section className="entry-section entry-texts" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>{t('today.text.title')}</h2>
        <p className="field-hint">{t('today.text.hint')}</p>
      </div>
      {showPrompts && (
        <ChipToolbar className="prompts" label={t('today.prompts.label')}>
          {PROMPT_KEYS.map((key) => (
            <button
              key={key}
              type="button"
              className="prompt"
              // Keep the caret where it is when a prompt is clicked with the mouse.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => addPrompt(key)}
            >
              {t(key)}
            </button>
          ))}
        </ChipToolbar>
      )}
      <div className="texts">
        {order.map((l, i) => (
          <div className="field" key={l}>
            <label htmlFor={`${id}-${l}`}>{t(l === 'fr' ? 'app.lang.fr' : 'app.lang.en')}</label>
            <textarea
              id={`${id}-${l}`}
              ref={(el) => {
                fields.current[l] = el;
              }}
              lang={l}
              dir="auto"
              spellCheck
              value={text[l]}
              autoFocus={autoFocus && i === 0}
              onFocus={() => {
                lastFocused.current = l;
              }}
              onChange={(e) => onChange(l, e.target.value)}
            />
          </div>
        ))}
      </div>
    </section>
  );
});
