/** The first-run welcome, and whether to show it. */
export { Welcome } from './Welcome';
export { WELCOME_STEPS, type WelcomeStep } from './steps';
export { hasJournalRead, useWelcomeGate } from './useWelcomeGate';
