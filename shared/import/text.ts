/**
 * Small text clean-ups shared by the importers. All linear, no DOM: they run in a Web Worker.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  euro: '€',
};

/** "&eacute;" is not in the table: Daylio writes accents as characters, entities only for markup. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Collapses runs of blank lines and trims, e.g. "a\n\n\n\nb\n" → "a\n\nb". */
export function tidyLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A Daylio note as plain text: "Fini la maquette<br>Client content&nbsp;!" → "Fini la maquette\nClient content !".
 * Simple tags (<b>, <i>, <li>…) are dropped, keeping a dash for list items; entities are decoded
 * after the tags go, so a literal "&lt;b&gt;" stays "<b>".
 */
export function htmlToText(html: string): string {
  // Most notes are plain one-liners or empty: skip the regex passes for them (large exports).
  if (!/[<&\r\n]/.test(html)) return html.trim();
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '- ')
    .replace(/<\/?[a-z][a-z0-9]*\b[^<>]*>/gi, '');
  return tidyLines(decodeEntities(text));
}

/**
 * Day One Markdown as the user typed it: image references go ("![](dayone-moment://8B2C…)"),
 * and so does U+FFFC, the placeholder some versions leave where an attachment sat; a link to
 * another entry keeps its words ("[voir](dayone2://view?entryId=81F0…)" → "voir") and a bare
 * one goes; the backslash escapes Day One adds before punctuation are removed ("3\. Paris" → "3. Paris").
 */
export function cleanDayOneMarkdown(markdown: string): string {
  return tidyLines(
    markdown
      .replace(/!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)/g, '')
      .replace(/\uFFFC/g, '')
      .replace(/\[([^\]\n]*)\]\(dayone2?:\/\/[^)\s]*\)/g, '$1')
      .replace(/<?dayone2?:\/\/\S*?>?(?=\s|$)/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
  );
}

/** The key a name is matched by: "  Sad " and "sad" are the same mood, "Travail" and "travail" the same activity. */
export function mappingKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A short stable hash (cyrb53, 53 bits as 14 hex digits) for sources that have no ids,
 * e.g. a Daylio row. Not cryptographic: it only has to tell rows of one journal apart.
 */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
