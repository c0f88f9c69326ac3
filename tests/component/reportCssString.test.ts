/**
 * The report's title goes into its stylesheet (the running footer's `content:`), and a title holds
 * a client's name: every character CSS treats specially must be escaped, U+000C included.
 */
import { describe, expect, it } from 'vitest';
import { cssString } from '../../renderer/features/export/reportStyles';

/** The CSS Syntax tokenizer's reading of a string token (§4.3.5), enough to read back what cssString wrote. */
function readCssString(token: string): { value: string; closedAt: number } {
  const quote = token[0];
  let value = '';
  for (let i = 1; i < token.length; i++) {
    const char = token[i];
    if (char === quote) return { value, closedAt: i };
    // A newline (LF, CR or FF) inside a string makes it a bad string: the declaration is lost.
    if (char === '\n' || char === '\r' || char === '\f') throw new Error(`bad string at ${i}`);
    if (char !== '\\') {
      value += char;
      continue;
    }
    const next = token[++i];
    const hex = /^[0-9a-fA-F]{1,6}/.exec(token.slice(i));
    if (hex) {
      const code = parseInt(hex[0], 16);
      value += code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
      i += hex[0].length - 1;
      if (/[ \t\n]/.test(token[i + 1] ?? '')) i += 1;
    } else value += next;
  }
  throw new Error('unterminated string');
}

describe('cssString', () => {
  it('escapes the form feed and every other character that would end or break the string', () => {
    for (const char of ['\f', '\n', '\r', '\r\n', '\t', '\v', '\u0000', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '"', "'", '\\', '<', '>', '&']) {
      const text = `Acme${char}Pro`;
      const css = cssString(text);
      expect(css, JSON.stringify(char)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029<>&']/);
      const read = readCssString(css);
      expect(read.closedAt, JSON.stringify(char)).toBe(css.length - 1);
      expect(read.value, JSON.stringify(char)).toBe(text.replace('\u0000', '\ufffd'));
    }
  });

  it('keeps "</style>" and markup out of the sheet', () => {
    const css = cssString('Rapport </style><script>alert(1)</script>');
    expect(css).not.toMatch(/<|>/);
    expect(readCssString(css).value).toBe('Rapport </style><script>alert(1)</script>');
  });

  it('ends each hex escape so a following hex digit is not swallowed', () => {
    // "\C" followed by "af" would read as U+CAF without the terminating space.
    expect(readCssString(cssString('\faf')).value).toBe('\faf');
    expect(readCssString(cssString('<3 clients')).value).toBe('<3 clients');
  });

  it('leaves accents, emoji and right-to-left names as they are', () => {
    for (const name of ['Atelier Éole — « bilan »', 'شركة الأفق', 'Café 😀 Ltd']) expect(cssString(name)).toBe(`"${name}"`);
  });

  it('survives any text: property over every BMP control and punctuation character', () => {
    let all = '';
    for (let code = 0; code < 0x3000; code++) if (code < 0xd800 || code > 0xdfff) all += String.fromCharCode(code);
    expect(readCssString(cssString(all)).value).toBe(all.replace('\u0000', '\ufffd'));
  });
});
