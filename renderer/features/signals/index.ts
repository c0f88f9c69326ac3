/** Signals management in Settings: rename in both languages, hide, merge, delete when unused, with undo. */
export { SignalsSection } from './SignalsSection';
