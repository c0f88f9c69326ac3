import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, frenchTypography } from '../../shared/export/typography';

/** Shows U+202F as "⍽" so that expectations are readable. */
const show = (text: string) => frenchTypography(text).replace(/\u202f/g, '⍽');

describe('frenchTypography', () => {
  it('puts a narrow no-break space before ; : ! ? and inside « », replacing a typed space', () => {
    expect(show('Super ! Il a dit «oui»: on verra?')).toBe('Super⍽! Il a dit «⍽oui⍽»⍽: on verra⍽?');
    expect(show('Vraiment ; pas\u00a0: non')).toBe('Vraiment⍽; pas⍽: non');
    expect(show('« Vraiment ? »')).toBe('«⍽Vraiment⍽?⍽»');
  });

  it('leaves times, ratios, addresses and emoticons alone', () => {
    expect(show('Rendez-vous à 21:35, ratio 3:2.')).toBe('Rendez-vous à 21:35, ratio 3:2.');
    expect(show('Voir https://exemple.fr/a?b=1:2 et mailto:moi@exemple.fr')).toBe('Voir https://exemple.fr/a?b=1:2 et mailto:moi@exemple.fr');
    expect(show('voir www.exemple.fr: ici')).toBe('voir www.exemple.fr⍽: ici');
    expect(show('Bien joué :-) :D')).toBe('Bien joué :-) :D');
  });

  it('keeps doubled marks together and marks at a line start where they are', () => {
    expect(show('Quoi ?!')).toBe('Quoi⍽?!');
    expect(show('(pourquoi ?)')).toBe('(pourquoi⍽?)');
    expect(show('Un\n? deux')).toBe('Un\n? deux');
    expect(show('(?)')).toBe('(?)');
  });

  it('changes nothing more when run twice, and never drops a character but spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\u00a0', ':', ';', '!', '?', '«', '»', '1', '\n', '(', '/', 'h') }), (text) => {
        const once = frenchTypography(text);
        expect(frenchTypography(once)).toBe(once);
        const strip = (s: string) => s.replace(/[ \u00a0\u202f]/g, '');
        expect(strip(once)).toBe(strip(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in elements and attributes', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')"> & co`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co');
    expect(escapeHtml('Été « calme » 🎉')).toBe('Été « calme » 🎉');
  });
});
