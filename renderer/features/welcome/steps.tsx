/**
 * The welcome's steps, in order. Each is a title, what it says and what it asks; adding a step
 * (say, protecting the journal with a passphrase) is one more item in WELCOME_STEPS.
 */
import { useState, type ReactNode } from 'react';
import type { Lang } from '../../../shared/domain/types';
import type { MessageKey } from '../../../shared/i18n';
import { useSettings } from '../../app/settings';
import { hrefFor, type Route } from '../../app/route';
import { EnableProtection } from '../privacy/EnableProtection';
import { useVault } from '../privacy/useVault';
import '../privacy/privacy.css';
import { ReminderSection } from '../reminder';
import { WritingLanguagesChoice } from '../settings/WritingSection';

export interface WelcomeStep {
  id: string;
  title: MessageKey;
  /** What the step shows under its title; `finish` ends the welcome on a screen (Today unless told, e.g. Import). */
  render(props: { finish(to?: Route): void }): ReactNode;
}

function IntroStep() {
  const { t, lang, update } = useSettings();
  return (
    <>
      <p className="welcome-lead">{t('welcome.intro.line1')}</p>
      <p className="welcome-lead">{t('welcome.intro.line2')}</p>
      <fieldset className="choice-group">
        <legend>{t('welcome.intro.language')}</legend>
        {(['fr', 'en'] as Lang[]).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="welcome-language" checked={lang === value} onChange={() => void update({ language: value })} />
            <span lang={value}>{t(value === 'fr' ? 'app.lang.fr' : 'app.lang.en')}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}

function WritingStep() {
  const { t } = useSettings();
  return (
    <>
      <p>{t('welcome.writing.body')}</p>
      <WritingLanguagesChoice />
    </>
  );
}

function ReminderStep() {
  const { t } = useSettings();
  return (
    <>
      <p>{t('welcome.reminder.body')}</p>
      <ReminderSection inWelcome />
    </>
  );
}

/** Protection is offered, never pressed: off unless the user chooses a passphrase here or in Settings. */
function PrivacyStep() {
  const { t } = useSettings();
  const { status } = useVault();
  const [choosing, setChoosing] = useState(false);
  if (status === 'unlocked') return <p role="status">{t('welcome.privacy.on')}</p>;
  return (
    <>
      <p>{t('welcome.privacy.body')}</p>
      {choosing ? (
        <EnableProtection onClose={() => setChoosing(false)} />
      ) : (
        <p>
          <button type="button" className="button" onClick={() => setChoosing(true)}>
            {t('privacy.action.enable')}
          </button>
        </p>
      )}
    </>
  );
}

function ImportStep({ finish }: { finish(to?: Route): void }) {
  const { t } = useSettings();
  const importScreen: Route = { screen: 'import' };
  return (
    <>
      <p>{t('welcome.import.body')}</p>
      <p>
        <a
          className="button"
          href={hrefFor(importScreen)}
          onClick={(e) => {
            e.preventDefault();
            finish(importScreen);
          }}
        >
          {t('welcome.import.action')}
        </a>
      </p>
      <p className="field-hint">{t('welcome.import.later')}</p>
    </>
  );
}

export const WELCOME_STEPS: readonly WelcomeStep[] = [
  { id: 'intro', title: 'welcome.intro.title', render: () => <IntroStep /> },
  { id: 'writing', title: 'welcome.writing.title', render: () => <WritingStep /> },
  { id: 'reminder', title: 'welcome.reminder.title', render: () => <ReminderStep /> },
  { id: 'privacy', title: 'welcome.privacy.title', render: () => <PrivacyStep /> },
  { id: 'import', title: 'welcome.import.title', render: ({ finish }) => <ImportStep finish={finish} /> },
];
