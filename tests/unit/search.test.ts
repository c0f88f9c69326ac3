import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchesQuery, normaliseForSearch, searchTokens, searchWords } from '../../shared/domain/search';

describe('normaliseForSearch', () => {
  it('drops accents and case the same way in French and English', () => {
    expect(normaliseForSearch('Été')).toBe('ete');
    expect(normaliseForSearch('ÉCOLE')).toBe('ecole');
    expect(normaliseForSearch('Ça va, naïve Noël ?')).toBe('ca va, naive noel ?');
    expect(normaliseForSearch('Café résumé')).toBe('cafe resume');
  });

  it('spells out œ, æ and ß in either case', () => {
    expect(normaliseForSearch('cœur')).toBe('coeur');
    expect(normaliseForSearch('ŒUVRE')).toBe('oeuvre');
    expect(normaliseForSearch('Æther, ex æquo')).toBe('aether, ex aequo');
    expect(normaliseForSearch('Straße')).toBe('strasse');
  });

  it('gives the same key for precomposed and decomposed accents (text pasted from macOS)', () => {
    const decomposed = 'e\u0301te\u0301';
    expect(decomposed).not.toBe('été');
    expect(normaliseForSearch(decomposed)).toBe(normaliseForSearch('été'));
  });

  it('leaves scripts without case alone but strips their diacritics', () => {
    expect(normaliseForSearch('שלום עולם')).toBe('שלום עולם');
    expect(normaliseForSearch('مَرْحَبًا')).toBe('مرحبا');
  });
});

describe('searchTokens', () => {
  it('splits on spaces, both apostrophes and punctuation', () => {
    expect(searchTokens("L'été, déjà !")).toEqual(['l', 'ete', 'deja']);
    expect(searchTokens('L’école d’été')).toEqual(['l', 'ecole', 'd', 'ete']);
    expect(searchTokens('«\u00a0Bonjour\u00a0» — dit-elle…')).toEqual(['bonjour', 'dit', 'elle']);
    expect(searchTokens('scope-creep/urgent; (again)')).toEqual(['scope', 'creep', 'urgent', 'again']);
  });

  it('ignores emoji, including skin tones and joined sequences', () => {
    expect(searchTokens('Super journée 🎉👍🏽 !')).toEqual(['super', 'journee']);
    expect(searchTokens('👩‍💻')).toEqual([]);
  });

  it('keeps digits and right-to-left words as words', () => {
    expect(searchTokens('Facture 2025-03 de 1 200 €')).toEqual(['facture', '2025', '03', 'de', '1', '200']);
    expect(searchTokens('réunion avec שלום ce matin')).toEqual(['reunion', 'avec', 'שלום', 'ce', 'matin']);
  });

  it('finds no word in blank or punctuation-only text', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens('  … ?! — ')).toEqual([]);
  });
});

describe('searchWords', () => {
  it('indexes both texts of an entry once each', () => {
    expect(searchWords('L’été à l’école', 'Summer at school, été again')).toEqual(['l', 'ete', 'a', 'ecole', 'summer', 'at', 'school', 'again']);
  });
});

describe('matchesQuery', () => {
  const words = searchWords('Réunion difficile avec Acme : l’été sera chargé.', 'Scope creep again.');

  it('finds accented words from plain letters and the other way round', () => {
    expect(matchesQuery(words, 'ete')).toBe(true);
    expect(matchesQuery(words, 'ÉTÉ')).toBe(true);
    expect(matchesQuery(searchWords('Il a fait beau cet ete'), 'été')).toBe(true);
    expect(matchesQuery(words, 'reunion charge')).toBe(true);
  });

  it('matches word starts only, and needs every query word', () => {
    expect(matchesQuery(words, 'diffic')).toBe(true);
    expect(matchesQuery(words, 'ficile')).toBe(false);
    expect(matchesQuery(words, 'acme budget')).toBe(false);
    expect(matchesQuery(words, 'creep acme')).toBe(true);
  });

  it('matches everything for an empty or punctuation-only query', () => {
    expect(matchesQuery(words, '')).toBe(true);
    expect(matchesQuery(words, ' ! ')).toBe(true);
  });

  const letters = fc.constantFrom(...'aeiouyçéèêëàâîïôûùüœæÉÈÀÇŒÆ bcdfgrst\'’-,.!'.split(''));
  const frenchText = fc.string({ unit: letters, maxLength: 60 });

  it('always finds a text from its own words, whatever their case', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        const indexed = searchWords(text);
        return matchesQuery(indexed, text) && matchesQuery(indexed, text.toUpperCase()) && matchesQuery(indexed, text.toLowerCase());
      }),
    );
  });

  it('normalises idempotently', () => {
    fc.assert(fc.property(frenchText, (text) => normaliseForSearch(normaliseForSearch(text)) === normaliseForSearch(text)));
  });
});

describe('ligatures pasted from PDFs', () => {
  it('unfolds "ﬁ" and "ﬂ" so "fin" finds "ﬁn" and "flou" finds "ﬂou"', () => {
    expect(searchWords('La ﬁn du projet, un brief ﬂou')).toEqual(['la', 'fin', 'du', 'projet', 'un', 'brief', 'flou']);
    expect(matchesQuery(searchWords('La ﬁn du projet'), 'fin')).toBe(true);
  });
});
