/**
 * Text helpers for the printed report: French typography and HTML escaping.
 * Apply frenchTypography to plain text first, then escapeHtml: the other way round, the ";" of
 * "&amp;" would be taken for punctuation.
 */

const NNBSP = '\u202F';
/** Spaces a French writer may have typed before punctuation: space, no-break, narrow no-break, tab. */
const INLINE_SPACE = /[ \t\u00a0\u202f]+$/;
const HIGH_PUNCTUATION = ';:!?';
/** What may follow punctuation that is used as punctuation ("Quoi ?!", "oui : non", "… ? »"). */
const AFTER_PUNCTUATION = /^($|[\s»"”’)\]}.,…;:!?])/;
/** Addresses keep their colons: "https://exemple.fr", "mailto:a@b.fr", "www.exemple.fr/?q=1". */
const URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.)[^\s<>«»"]*[^\s<>«»".,;:!?)\]'’]/gi;

/**
 * French typography for display: a narrow no-break space (U+202F) before ; : ! ? and inside
 * « », replacing any ordinary space typed there, e.g.
 * "Super ! Il a dit «oui»: on verra?" → "Super ! Il a dit « oui » : on verra ?" (each space U+202F).
 *
 * Left alone: times and ratios ("21:35", "3:2", where no space follows the colon), addresses
 * ("https://…", "mailto:…"), emoticons such as ":-)" or ":D", the second of doubled marks
 * ("?!"), and marks at the start of a line. Running it twice changes nothing more.
 */
export function frenchTypography(text: string): string {
  // Characters inside addresses are copied as they are; the loop still sees them as context, so
  // that "voir https://exemple.fr: ici" gets its space before the colon after the address.
  const inUrl = new Uint8Array(text.length);
  for (const match of text.matchAll(URL)) inUrl.fill(1, match.index, match.index + match[0].length);

  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inUrl[i]) {
      out += c;
      continue;
    }
    const isPunctuation = HIGH_PUNCTUATION.includes(c) && AFTER_PUNCTUATION.test(text.charAt(i + 1));
    if (isPunctuation || c === '»') {
      const trimmed = out.replace(INLINE_SPACE, '');
      const before = trimmed.slice(-1);
      const lineStart = before === '' || before === '\n';
      // "Quoi ?!" and "(?)" keep their marks together; "« Vraiment ? »" still closes with a space.
      const attaches = c === '»' ? !lineStart : !lineStart && !'([{«'.includes(before) && !HIGH_PUNCTUATION.includes(before);
      if (attaches) out = trimmed + NNBSP;
      out += c;
      continue;
    }
    out += c;
    if (c === '«') {
      const spaces = /^[ \t\u00a0\u202f]*/.exec(text.slice(i + 1))![0];
      const next = text.charAt(i + 1 + spaces.length);
      if (next !== '' && next !== '\n' && next !== '»') out += NNBSP;
      i += spaces.length;
    }
  }
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside HTML elements and quoted attributes, e.g. '<b>"A&B"</b>' → '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
