import type { Result } from '../domain/types';
import { lineAt, lineCount } from './input';
import type { ImportError } from './types';

/**
 * True when JSON text stops inside a string or with brackets still open, e.g. '{"entries": [{"ti'.
 * One pass over the text: that is how a file cut by a failed copy or download looks.
 */
function endsOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

/** JSON.parse's complaint names a position in V8 ("… at position 52 (line 3 column 7)"). */
function errorLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  return position ? lineAt(text, Number(position[1])) : undefined;
}

/** Parses a JSON file's text: a cut file is 'truncated', any other syntax error 'notJson'. */
export function parseJsonText(text: string): Result<unknown, ImportError> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (endsOpen(text)) {
      return { ok: false, error: { code: 'truncated', line: lineCount(text), detail: message } };
    }
    return { ok: false, error: { code: 'notJson', line: errorLine(text, message), detail: message } };
  }
}
