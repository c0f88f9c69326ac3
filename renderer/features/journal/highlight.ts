/**
 * Excerpts and search highlighting for the Journal. Pure functions (no React) so they are tested
 * under plain Node. They follow the database search exactly: a word matches when it starts with a
 * query word once both lose their case and accents, e.g. the query "ete" marks "Été" and "étés".
 */
import { normaliseForSearch, searchTokens } from '../../../shared/domain/search';

export interface Segment {
  text: string;
  match: boolean;
}

export interface Excerpt {
  text: string;
  /** Text was cut before / after the excerpt, so the view shows an ellipsis there. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Letters, digits and combining marks: "e\u0301te\u0301" (decomposed "été") stays one word. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function wordMatches(word: string, tokens: string[]): boolean {
  const key = normaliseForSearch(word);
  return tokens.some((t) => key.startsWith(t));
}

/**
 * Splits a text into plain and matching parts, whole words marked:
 * ("L’été à l’école", "ete ECOLE") → ["L’", *"été"*, " à l’", *"école"*].
 */
export function highlightSegments(text: string, query: string): Segment[] {
  const tokens = searchTokens(query);
  if (tokens.length === 0 || text === '') return text ? [{ text, match: false }] : [];
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  let cursor = 0;
  for (const m of text.matchAll(WORD)) {
    if (!wordMatches(m[0], tokens)) continue;
    push(text.slice(cursor, m.index), false);
    push(m[0], true);
    cursor = m.index + m[0].length;
  }
  push(text.slice(cursor), false);
  return segments;
}

/** Where the first word matching the query starts, or -1. */
export function firstMatchIndex(text: string, query: string): number {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return -1;
  for (const m of text.matchAll(WORD)) if (wordMatches(m[0], tokens)) return m.index;
  return -1;
}

/** How much text comes before the first match in an excerpt, so the reader sees its context. */
const LEAD = 60;

/**
 * At most `max` characters of a text, cut at spaces, around the first match of the query
 * (or from the start), e.g. a 900-character entry whose match is at 500 → "…the 240 around it…".
 */
export function excerpt(text: string, query: string, max = 240): Excerpt {
  const clean = text.trim();
  if (clean.length <= max) return { text: clean, clippedStart: false, clippedEnd: false };
  const hit = firstMatchIndex(clean, query);
  let start = hit > LEAD ? hit - LEAD : 0;
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    start = space >= 0 && space < hit ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + max);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  return { text: clean.slice(start, end).trim(), clippedStart: start > 0, clippedEnd: end < clean.length };
}
