import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../shared/export/csv';
import { toMarkdown } from '../../shared/export/markdown';
import { selectEntries } from '../../shared/export/select';
import { entries, exportInput, october } from '../fixtures/export/journal';

/**
 * Exports compared byte for byte with files in tests/fixtures/export/. After a deliberate change
 * of format, rewrite them with `UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/exportGolden.test.ts`
 * and review the diff before committing.
 */
const GOLDEN_DIR = join(__dirname, '..', 'fixtures', 'export');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string) {
  const path = join(GOLDEN_DIR, name);
  const bytes = Buffer.from(actual, 'utf8');
  if (UPDATE) writeFileSync(path, bytes);
  const golden = readFileSync(path);
  // A readable diff first, then the bytes themselves (BOM, CRLF, no-break spaces).
  expect(actual).toBe(golden.toString('utf8'));
  expect(bytes.equals(golden)).toBe(true);
}

describe('golden exports of the handmade journal (October 2024)', () => {
  it('Markdown, French UI, both languages', () => {
    const selected = selectEntries(entries, { ...october, languages: 'both' });
    expectGolden('markdown-fr-both.md', toMarkdown(exportInput({ entries: selected, lang: 'fr', textLanguages: 'both' })));
  });

  it('Markdown, English UI, English only', () => {
    const selected = selectEntries(entries, { ...october, languages: 'en' });
    expectGolden('markdown-en-en.md', toMarkdown(exportInput({ entries: selected, lang: 'en', textLanguages: 'en' })));
  });

  it('CSV, French headers, both languages', () => {
    const selected = selectEntries(entries, { ...october, languages: 'both' });
    expectGolden('csv-fr-both.csv', toCsv(exportInput({ entries: selected, lang: 'fr', textLanguages: 'both' })));
  });

  it('CSV, English headers, English only', () => {
    const selected = selectEntries(entries, { ...october, languages: 'en' });
    expectGolden('csv-en-en.csv', toCsv(exportInput({ entries: selected, lang: 'en', textLanguages: 'en' })));
  });
});
