import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { detectFormat, parseImportFile } from '../../shared/import/detect';
import { importErrorMessageKey } from '../../shared/import/errorMessages';
import { cleanDayOneMarkdown, htmlToText, stableHash } from '../../shared/import/text';
import type { ImportErrorCode, SkipCode } from '../../shared/import/types';
import { fixtureBytes } from '../fixtures/import/fixtures';

describe('detectFormat', () => {
  it('recognises each fixture by its content, whatever its name', async () => {
    expect(detectFormat('export.txt', fixtureBytes('daylio_export_2024_10_04.csv'))).toBe('daylio');
    expect(detectFormat('a', fixtureBytes('daylio_export_2018_12_10.csv'))).toBe('daylio');
    expect(detectFormat('backup.json', fixtureBytes('dayone_Journal.json'))).toBe('dayone');
    expect(detectFormat('backup.json', fixtureBytes('jrnl_with_tags.json'))).toBe('jrnl');
    expect(detectFormat('backup.json', fixtureBytes('jrnl_old_no_tags.json'))).toBe('jrnl');
    expect(detectFormat('backup.json', fixtureBytes('minidiary.json'))).toBe('minidiary');
    expect(detectFormat('Export.zip', zipSync({ 'Journal.json': fixtureBytes('dayone_Journal.json') }))).toBe('dayone');
  });

  it('falls back on the extension, so the importer can explain what is wrong', async () => {
    expect(detectFormat('bank.csv', fixtureBytes('broken/bank_statement.csv'))).toBe('daylio');
    expect(detectFormat('bank.txt', fixtureBytes('broken/bank_statement.csv'))).toBeNull();
    expect(detectFormat('journey.json', fixtureBytes('broken/journey_export.json'))).toBeNull();
    expect(await parseImportFile('bank.csv', fixtureBytes('broken/bank_statement.csv'))).toMatchObject({
      ok: false,
      error: { code: 'notThisFormat' },
    });
  });

  it('parses a file end to end from its name and bytes', async () => {
    const result = await parseImportFile('minidiary-backup.json', fixtureBytes('minidiary.json'));
    expect(result.ok && [result.value.format, result.value.counts.items]).toEqual(['minidiary', 3]);
    const zip = await parseImportFile('Export.zip', zipSync({ 'Journal.json': fixtureBytes('dayone_Journal.json') }));
    expect(zip.ok && zip.value.format === 'dayone' && zip.value.journals).toEqual(['Journal']);
  });
});

describe('importErrorMessageKey', () => {
  it('names the line in French and English', async () => {
    const { key, vars } = importErrorMessageKey({ code: 'invalidDate', line: 3, value: '2023-02-30', detail: '' });
    expect(key).toBe('importErrors.invalidDateAtLine');
    expect(translate('fr', key, vars)).toBe('Ligne 3\u00a0: la date «\u00a02023-02-30\u00a0» n’existe pas.');
    expect(translate('en', key, vars)).toBe('Line 3: the date “2023-02-30” does not exist.');
  });

  it('names the entry, and does not group digits of a line number', async () => {
    const entry = importErrorMessageKey({ code: 'emptyEntry', entry: '2024-10-03' });
    expect(translate('fr', entry.key, entry.vars)).toBe('L’entrée 2024-10-03 est vide.');
    const far = importErrorMessageKey({ code: 'truncated', line: 12345, detail: '' });
    expect(translate('fr', far.key, far.vars)).toBe('Le fichier s’arrête brusquement à la ligne 12345\u00a0: il semble incomplet. Exportez-le à nouveau.');
  });

  it('fills format, columns and size', async () => {
    const other = importErrorMessageKey({ code: 'notThisFormat', value: 'Mini Diary', detail: '' });
    expect(translate('en', other.key, other.vars)).toBe('This file is not a Mini Diary export.');
    const columns = importErrorMessageKey({ code: 'missingColumns', line: 1, value: 'mood', detail: '' });
    expect(translate('en', columns.key, columns.vars)).toContain('lacks the columns mood');
    const big = importErrorMessageKey({ code: 'tooLarge', detail: '' });
    expect(translate('fr', big.key, big.vars)).toBe('Le fichier dépasse 50 Mo, la taille maximale que Humeur peut importer.');
  });

  it('has a complete message, without stray placeholders, for every code and place', async () => {
    const codes: (ImportErrorCode | SkipCode)[] = [
      'empty', 'tooLarge', 'notUtf8', 'notJson', 'truncated', 'notThisFormat', 'missingColumns', 'invalidDate',
      'invalidTime', 'wrongFieldCount', 'invalidEntry', 'badZip', 'noJsonInZip', 'unknownFormat', 'emptyEntry',
    ];
    for (const code of codes) {
      for (const where of [{}, { line: 7 }, { entry: 2 }]) {
        const { key, vars } = importErrorMessageKey({ code, value: 'x', detail: '', ...where });
        for (const lang of ['fr', 'en'] as const) {
          expect(translate(lang, key, vars), `${code} ${JSON.stringify(where)} ${lang}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
});

describe('text clean-up', () => {
  it('decodes numeric and named entities once, and leaves unknown ones', async () => {
    expect(htmlToText('A&#233;&#x2019;s &amp;lt;b&amp;gt; &unknown; 5&nbsp;€')).toBe('Aé’s &lt;b&gt; &unknown; 5\u00a0€');
  });

  it('keeps Markdown but drops Day One moments of any kind', async () => {
    expect(cleanDayOneMarkdown('**Gras**\n\n![](dayone-moment:/video/ABC)\n![](dayone-moment://DEF)\n\nFin\\.')).toBe('**Gras**\n\nFin.');
  });

  it('hashes stably and tells close inputs apart', async () => {
    expect(stableHash('2024-10-03|21:35|super')).toBe(stableHash('2024-10-03|21:35|super'));
    expect(stableHash('2024-10-03|21:35|super')).not.toBe(stableHash('2024-10-03|21:36|super'));
    expect(stableHash('')).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('detectFormat on JSON whose first 64 KB say nothing', () => {
  it('looks at the parsed shape, e.g. a Day One entry with a very long text before its date', async () => {
    const longText = 'Très longue entrée. '.repeat(5000);
    const file = `{"metadata":{"version":"1.0"},"entries":[{"text":${JSON.stringify(longText)},"uuid":"AB12","creationDate":"2018-01-03T21:40:00Z"}]}`;
    expect(detectFormat('export.json', file)).toBe('dayone');
    expect(detectFormat('export.json', '{"entries": [{"foo": 1}]}')).toBeNull();
  });
});
