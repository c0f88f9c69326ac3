import { useEffect, useRef, useState } from 'react';
import { navigate, type Route } from '../../app/route';
import { useSettings } from '../../app/settings';
import { WELCOME_STEPS, type WelcomeStep } from './steps';
import './welcome.css';

/**
 * The first-run welcome: a few short steps (WELCOME_STEPS), each skippable, then Today.
 * Ending it in any way records `welcomeDone`, so that it never shows again.
 */
export function Welcome({ steps = WELCOME_STEPS }: { steps?: readonly WelcomeStep[] }) {
  const { t, update } = useSettings();
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const step = steps[index];
  const last = index === steps.length - 1;

  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  // The route is set before the choice is recorded: the app replaces the welcome as soon as
  // `welcomeDone` is pending, so it must already be on the screen it goes to (no flash of Today
  // on the way to Import).
  const finish = (to: Route = { screen: 'today' }) => {
    navigate(to);
    void update({ welcomeDone: true });
  };

  return (
    <main className="welcome" aria-label={t('welcome.label')}>
      <div className="welcome-card">
        <div className="welcome-top">
          <span className="welcome-brand" aria-hidden="true">
            <span className="brand-mark" />
            {t('app.name')}
          </span>
          <button type="button" className="button button-quiet welcome-skip" data-welcome-skip onClick={() => finish()}>
            {t('welcome.skip')}
          </button>
        </div>
        <p className="welcome-progress">{t('welcome.progress', { step: index + 1, count: steps.length })}</p>
        <ol className="welcome-dots" aria-hidden="true">
          {steps.map((s, i) => (
            <li key={s.id} className={i === index ? 'current' : i < index ? 'done' : undefined} />
          ))}
        </ol>
        <section className="welcome-step stack" aria-labelledby="welcome-title">
          <h1 id="welcome-title" ref={heading} tabIndex={-1}>
            {t(step.title)}
          </h1>
          {step.render({ finish })}
        </section>
        <div className="welcome-actions">
          {index > 0 && (
            <button type="button" className="button" onClick={() => setIndex(index - 1)}>
              {t('welcome.back')}
            </button>
          )}
          <button type="button" className="button button-primary" onClick={() => (last ? finish() : setIndex(index + 1))}>
            {last ? t('welcome.start') : t('welcome.next')}
          </button>
        </div>
      </div>
    </main>
  );
}
