import { memo, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { EntryText, Lang } from '../../../shared/domain/types';
import { useSettings } from '../../app/settings';
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
 * which go into the field last written in — else the first one shown.
 * The user who writes in one language (Settings) gets one full-width field; the other language is one
 * click away, and shows by itself when the entry already has text in it. Fields grow with the text.
 */
export const EntryTexts = memo(function EntryTexts({ text, onChange, showPrompts, autoFocus }: Props) {
  const { t, lang, settings } = useSettings();
  const id = useId();
  const fields = useRef<Partial<Record<Lang, HTMLTextAreaElement | null>>>({});
  const single = settings.writingLanguages === 'both' ? null : settings.writingLanguages;
  const primary: Lang = single ?? lang;
  const other: Lang = primary === 'fr' ? 'en' : 'fr';
  const lastFocused = useRef<Lang>(primary);
  const [otherOpened, setOtherOpened] = useState(false);
  const showOther = single === null || otherOpened || text[other] !== '';
  const order: Lang[] = showOther ? [primary, other] : [primary];
  const focusOther = useRef(false);

  const openOther = () => {
    focusOther.current = true;
    setOtherOpened(true);
  };

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
      <div className={order.length === 1 ? 'texts texts-single' : 'texts'}>
        {order.map((l, i) => (
          <div className="field" key={l}>
            <label htmlFor={`${id}-${l}`}>{t(l === 'fr' ? 'app.lang.fr' : 'app.lang.en')}</label>
            <textarea
              id={`${id}-${l}`}
              ref={(el) => {
                fields.current[l] = el;
                if (el && l === other && focusOther.current) {
                  focusOther.current = false;
                  el.focus();
                }
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
      {!showOther && (
        <button type="button" className="button button-small text-add-language" onClick={openOther}>
          {t(other === 'fr' ? 'writing.add.fr' : 'writing.add.en')}
        </button>
      )}
    </section>
  );
});
