import { describe, expect, it } from 'vitest';
import { catalogs, translate, translator, formatNumber, formatSigned, languageFromLocale, type Message } from '../../shared/i18n';

const placeholders = (m: Message) =>
  [...new Set((typeof m === 'string' ? m : `${m.one} ${m.other}`).match(/\{\w+\}/g) ?? [])].sort();

describe('UI strings', () => {
  for (const [ns, catalog] of Object.entries(catalogs)) {
    const en = catalog.en as Record<string, Message>;
    const fr = catalog.fr as Record<string, Message>;

    it(`${ns}: French and English have exactly the same keys`, () => {
      expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    });

    it(`${ns}: every message has the same placeholders and plural shape in both languages, and none is empty`, () => {
      for (const key of Object.keys(en)) {
        expect(placeholders(fr[key]), `${ns}.${key}`).toEqual(placeholders(en[key]));
        expect(typeof fr[key], `${ns}.${key}`).toBe(typeof en[key]);
        for (const text of [en[key], fr[key]].flatMap((m) => (typeof m === 'string' ? [m] : [m.one, m.other]))) {
          expect(text.trim(), `${ns}.${key}`).not.toBe('');
        }
      }
    });

    it(`${ns}: French uses typographic apostrophes and no-break spaces before : ; ! ?`, () => {
      for (const [key, m] of Object.entries(fr)) {
        for (const text of typeof m === 'string' ? [m] : [m.one, m.other]) {
          expect(text, `${ns}.${key} has a straight apostrophe`).not.toMatch(/\p{L}'\p{L}/u);
          expect(text, `${ns}.${key} has a plain space before : ; ! ?`).not.toMatch(/ [:;!?](\s|$)/);
        }
      }
    });
  }
});

describe('translator', () => {
  it('gives the same function for a language every time, so screens memoised on it are not redrawn by other settings', () => {
    expect(translator('fr')).toBe(translator('fr'));
    expect(translator('en')).toBe(translator('en'));
    expect(translator('fr')).not.toBe(translator('en'));
    expect(translator('fr')('welcome.next')).toBe('Suivant');
    expect(translator('en')('welcome.next')).toBe('Next');
  });
});

describe('translate', () => {
  it('fills placeholders and formats numbers for the language', () => {
    expect(translate('fr', 'settings.storage.counts', { entries: 1234.5, clients: 2, days: 3 })).toBe(
      `Entrées\u00a0: ${formatNumber('fr', 1234.5)} · Clients\u00a0: 2 · Jours\u00a0: 3`,
    );
    expect(formatNumber('fr', 1.25, 2)).toBe('1,25');
    expect(formatNumber('en', 1.25, 2)).toBe('1.25');
  });

  it('writes signed effects with a true minus sign', () => {
    expect(formatSigned('fr', -1.23)).toBe('\u22121,2');
    expect(formatSigned('en', 0.84)).toBe('+0.8');
    expect(formatSigned('en', -0.01)).toBe('0.0');
  });

  it('takes the UI language from the system locale', () => {
    expect(languageFromLocale('fr-CA')).toBe('fr');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale('de-DE')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });

  it('throws on a key that does not exist rather than showing a blank', () => {
    expect(() => translate('en', 'app.nope' as never)).toThrow(/Missing UI string/);
  });
});
