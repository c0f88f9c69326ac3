/**
 * Accent- and case-insensitive search keys, the same for French and English text (NFKD also
 * unfolds ligatures pasted from PDFs, "ﬁn" → "fin"):
 * "Été" → "ete", "cœur" → "coeur", "naïve" → "naive".
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** Words of a text as search keys, e.g. "L'été, déjà !" → ["l", "ete", "deja"]. */
export function searchTokens(text: string): string[] {
  return normaliseForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct words to index for a text (a prefix index finds "ete" in "eteindre" too). */
export function searchWords(...texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const w of searchTokens(text)) words.add(w);
  return [...words];
}

/** True when every query token is the start of some word of the indexed words. */
export function matchesQuery(words: readonly string[], query: string): boolean {
  const tokens = searchTokens(query);
  return tokens.every((t) => words.some((w) => w.startsWith(t)));
}
