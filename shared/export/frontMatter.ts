/**
 * YAML front matter that Obsidian and other note apps read as note properties, e.g.
 *
 *   ---
 *   title: "Journal Humeur — du 1 oct. 2024 au 31 oct. 2024"
 *   period_start: 2024-10-01
 *   clients:
 *     - "Acme: \"Pro\" #1"
 *   ---
 *
 * Every string is written as a double-quoted scalar, so no user text (a colon, a #, quotes, a
 * leading dash, "---") can end the value or the block. Day keys stay unquoted so that they are
 * read as dates.
 */
import type { DayKey } from '../domain/types';

export type FrontMatterValue =
  | { kind: 'string'; value: string }
  | { kind: 'date'; value: DayKey }
  | { kind: 'list'; values: string[] };

/**
 * A YAML double-quoted scalar. JSON string syntax is valid YAML; on top of it, characters YAML
 * refuses raw (DEL, C1 controls, U+FEFF) and those YAML 1.1 reads as line breaks
 * (U+0085, U+2028, U+2029) are written as \u escapes.
 */
export function yamlQuote(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export type FrontMatterField = [key: string, value: FrontMatterValue];

/** The whole block, "---" lines included, with a line break after the closing "---". */
export function frontMatter(fields: readonly FrontMatterField[]): string {
  const lines = ['---'];
  for (const [key, v] of fields) {
    if (v.kind === 'string') lines.push(`${key}: ${yamlQuote(v.value)}`);
    else if (v.kind === 'date') lines.push(`${key}: ${v.value}`);
    else if (v.values.length === 0) lines.push(`${key}: []`);
    else {
      lines.push(`${key}:`);
      for (const item of v.values) lines.push(`  - ${yamlQuote(item)}`);
    }
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}
