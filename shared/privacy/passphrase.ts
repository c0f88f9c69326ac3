/**
 * What a passphrase may be. It is normalised to NFC first, so "é" typed as one character or as
 * "e" + combining accent (macOS and some keyboards differ) derives the same key.
 */
export const MIN_PASSPHRASE_CHARS = 8;
export const MAX_PASSPHRASE_CHARS = 4096;

export type PassphraseProblem = 'empty' | 'too-short' | 'too-long';

export const normalisePassphrase = (text: string): string => text.normalize('NFC');

/** Characters as a person counts them: "👍🏽" or "é" is one, whatever its code units. */
export function passphraseLength(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const _ of segmenter.segment(normalisePassphrase(text))) n++;
  return n;
}

export function checkPassphrase(text: string): PassphraseProblem | null {
  if (text.trim() === '') return 'empty';
  const length = passphraseLength(text);
  if (length < MIN_PASSPHRASE_CHARS) return 'too-short';
  if (length > MAX_PASSPHRASE_CHARS) return 'too-long';
  return null;
}

/**
 * A new passphrase typed twice: what is wrong with it, and in which field, or null. The two are
 * compared after NFC normalisation, as the key derivation sees them.
 */
export function checkNewPassphrase(text: string, again: string): { field: 'new' | 'confirm'; problem: PassphraseProblem | 'mismatch' } | null {
  const problem = checkPassphrase(text);
  if (problem) return { field: 'new', problem };
  if (normalisePassphrase(text) !== normalisePassphrase(again)) return { field: 'confirm', problem: 'mismatch' };
  return null;
}
