/**
 * Keeps user text (entry texts, client names, signal labels) from changing the structure of an
 * exported Markdown document, while leaving it readable as plain text.
 *
 * The approach: backslash escapes, which CommonMark allows before any ASCII punctuation and which
 * Obsidian honours. Two kinds are needed:
 *
 * 1. Everywhere in a line: \ ` * _ [ ] < | ~ $ (code spans, emphasis, links and wiki-links,
 *    HTML tags and autolinks, table pipes, strikethrough, Obsidian maths), an & that would start
 *    an entity ("&amp;" → "\&amp;"), and runs of == or %% (Obsidian highlights and comments).
 * 2. At the start of a line, after any indentation: # > - + = (headings, quotes, list items,
 *    thematic breaks "---", setext underlines "===") and the "." or ")" of "1." / "1)".
 *    e.g. "# Titre" → "\# Titre", "---" → "\---", "1. point" → "1\. point".
 *
 * Leading spaces and tabs become no-break spaces, which Markdown does not count as indentation,
 * so an indented line never turns into a code block yet still looks indented. Line breaks are
 * kept as hard breaks (a backslash at the end of the line); blank lines separate paragraphs.
 */

const EVERYWHERE = /[\\`*_[\]<|~$]/g;
const EVERYWHERE_WITH_HASH = /[\\`*_[\]<|~$#]/g;
const ENTITY_AMPERSAND = /&(?=#?[A-Za-z0-9]+;)/g;
const DOUBLED = /={2,}|%{2,}/g;
const BLOCK_MARKER = /^([#>+=-])/;
const ORDERED_MARKER = /^(\d{1,9})([.)])/;
const INDENT = /^[ \t]+/;
const NBSP = '\u00a0';

function escapeInline(line: string, hash: boolean): string {
  return line
    .replace(hash ? EVERYWHERE_WITH_HASH : EVERYWHERE, (c) => `\\${c}`)
    .replace(ENTITY_AMPERSAND, '\\&')
    .replace(DOUBLED, (run) => run.replace(/./g, (c) => `\\${c}`));
}

/** One line of user text, made safe wherever it starts a Markdown block. */
function escapeLine(line: string, hash = false): string {
  const indent = INDENT.exec(line)?.[0] ?? '';
  const body = escapeInline(line.slice(indent.length), hash)
    .replace(BLOCK_MARKER, '\\$1')
    .replace(ORDERED_MARKER, '$1\\$2');
  const visibleIndent = indent.replace(/\t/g, '    ').replace(/ /g, NBSP);
  return visibleIndent + body;
}

/**
 * A multi-line user text as Markdown paragraphs, e.g.
 * "# pas un titre\n- pas une liste\n\n<b>?</b>" →
 * "\# pas un titre\\\n\- pas une liste\n\n\<b>?\</b>".
 * Returns "" for blank text.
 */
export function escapeMarkdownBlock(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: string[][] = [[]];
  for (const raw of lines) {
    const line = raw.replace(/[ \t]+$/, '');
    if (line === '') {
      if (paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
      continue;
    }
    paragraphs[paragraphs.length - 1].push(escapeLine(line));
  }
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join('\\\n'))
    .join('\n\n');
}

/**
 * A short user text (a client name, a signal label) for use inside one line of Markdown: line
 * breaks become spaces, and # is escaped too so that "Acme #vip" does not become an Obsidian tag.
 * e.g. 'Acme: "Pro" #1' → 'Acme: "Pro" \#1'.
 */
export function escapeMarkdownInline(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return escapeLine(oneLine, true);
}
