import { describe, expect, it } from 'vitest';
import { excerpt, firstMatchIndex, highlightSegments } from '../../renderer/features/journal/highlight';

const marked = (text: string, query: string) => highlightSegments(text, query).filter((s) => s.match).map((s) => s.text);

describe('highlightSegments (Journal search results)', () => {
  it('marks whole words whose start matches, ignoring accents and case', () => {
    expect(highlightSegments('L’été à l’école', 'ete ECOLE')).toEqual([
      { text: 'L’', match: false },
      { text: 'été', match: true },
      { text: ' à l’', match: false },
      { text: 'école', match: true },
    ]);
    expect(marked('Les étés passent, l’Été reste.', 'ete')).toEqual(['étés', 'Été']);
    expect(marked('Il a fait beau cet ete', 'été')).toEqual(['ete']);
  });

  it('does not mark a query found inside a word (the search matches word starts only)', () => {
    expect(marked('Une journée difficile', 'ficile')).toEqual([]);
    expect(marked('Une journée difficile', 'diff')).toEqual(['difficile']);
  });

  it('marks œ words typed with "oe" and decomposed accents', () => {
    expect(marked('Un cœur à l’ouvrage, une Œuvre', 'coeur oeuvre')).toEqual(['cœur', 'Œuvre']);
    expect(marked('Cet e\u0301te\u0301-là', 'ete')).toEqual(['e\u0301te\u0301']);
  });

  it('keeps every character of the text, emoji and right-to-left words included', () => {
    const text = 'Super journée 🎉 avec שלום, puis réunion.';
    const segments = highlightSegments(text, 'journee שלום');
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['journée', 'שלום']);
  });

  it('returns the text unmarked for an empty query, and nothing for an empty text', () => {
    expect(highlightSegments('Rien à voir', '')).toEqual([{ text: 'Rien à voir', match: false }]);
    expect(highlightSegments('Rien à voir', ' ?! ')).toEqual([{ text: 'Rien à voir', match: false }]);
    expect(highlightSegments('', 'ete')).toEqual([]);
  });
});

describe('excerpt', () => {
  const long = `${'Une longue matinée de travail sur la maquette. '.repeat(8)}Puis l’été est arrivé, avec ses urgences. ${'Encore du travail. '.repeat(10)}`;

  it('keeps a short text whole', () => {
    expect(excerpt('  Court.  ', 'ete')).toEqual({ text: 'Court.', clippedStart: false, clippedEnd: false });
  });

  it('starts a long text at its beginning when nothing matches, cut at a space', () => {
    const part = excerpt(long, 'budget', 120);
    expect(part.clippedStart).toBe(false);
    expect(part.clippedEnd).toBe(true);
    expect(part.text.length).toBeLessThanOrEqual(120);
    expect(long.startsWith(part.text)).toBe(true);
    expect(long[part.text.length]).toBe(' ');
  });

  it('centres a long text on the first match so the marked word is visible', () => {
    const part = excerpt(long, 'ete', 120);
    expect(part.clippedStart).toBe(true);
    expect(part.clippedEnd).toBe(true);
    expect(part.text).toContain('l’été est arrivé');
    expect(part.text.length).toBeLessThanOrEqual(120);
    expect(firstMatchIndex(part.text, 'ete')).toBeGreaterThan(0);
  });

  it('finds the first match position accent-insensitively', () => {
    expect(firstMatchIndex('Un bel été', 'ETE')).toBe(7);
    expect(firstMatchIndex('Un bel été', 'hiver')).toBe(-1);
  });
});
