import type { MessageKey } from '../../../shared/i18n';

/** The message for each reason a passphrase step can fail, e.g. 'too-short' → "Too short: at least 8 characters." */
export const PROBLEM_KEYS: Record<string, MessageKey> = {
  empty: 'privacy.problem.empty',
  'too-short': 'privacy.problem.too-short',
  'too-long': 'privacy.problem.too-long',
  mismatch: 'privacy.problem.mismatch',
  'wrong-secret': 'privacy.problem.wrong-secret',
  'write-failed': 'privacy.problem.write-failed',
  'unreadable-records': 'privacy.problem.unreadable-records',
  'already-on': 'privacy.problem.already-on',
  'not-protected': 'privacy.problem.not-protected',
};
