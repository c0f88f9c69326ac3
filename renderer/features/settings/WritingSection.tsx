import { useId } from 'react';
import type { WritingLanguages } from '../../../shared/domain/types';
import { useSettings } from '../../app/settings';

const CHOICES: WritingLanguages[] = ['fr', 'en', 'both'];
const LATE_HOURS = [0, 1, 2, 3, 4, 5, 6];

/** "J'écris en : français / anglais / les deux", used by Settings and the first-run welcome. */
export function WritingLanguagesChoice() {
  const { settings, t, update } = useSettings();
  const id = useId();
  return (
    <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
      <legend>{t('writing.languages.legend')}</legend>
      {CHOICES.map((value) => (
        <label key={value} className="choice">
          <input type="radio" name={`${id}-writing`} checked={settings.writingLanguages === value} onChange={() => void update({ writingLanguages: value })} />
          <span>{t(`writing.languages.${value}`)}</span>
        </label>
      ))}
      <p id={`${id}-hint`} className="field-hint choice-group-hint">{t('writing.languages.hint')}</p>
    </fieldset>
  );
}

/** Settings: the writing languages, and until when after midnight Today offers the day before. */
export function WritingSection() {
  const { settings, t, lang, update } = useSettings();
  const id = useId();
  const hourLabel = (h: number) => (h === 0 ? t('reminder.late.never') : lang === 'fr' ? `${h}\u00a0h\u00a000` : `${String(h).padStart(2, '0')}:00`);
  return (
    <div className="stack">
      <WritingLanguagesChoice />
      <div className="field">
        <label htmlFor={`${id}-late`}>{t('reminder.late.label')}</label>
        <select
          id={`${id}-late`}
          value={settings.lateReviewUntilHour}
          aria-describedby={`${id}-late-hint`}
          onChange={(e) => void update({ lateReviewUntilHour: Number(e.target.value) })}
        >
          {LATE_HOURS.map((h) => (
            <option key={h} value={h}>
              {hourLabel(h)}
            </option>
          ))}
        </select>
        <p id={`${id}-late-hint`} className="field-hint">{t('reminder.late.hint')}</p>
      </div>
    </div>
  );
}
