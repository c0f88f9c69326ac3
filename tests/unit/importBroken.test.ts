import { describe, expect, it } from 'vitest';
import { parseDaylioCsv } from '../../shared/import/daylio';
import { parseDayOne } from '../../shared/import/dayone';
import { parseImportFile } from '../../shared/import/detect';
import { MAX_IMPORT_BYTES } from '../../shared/import/input';
import { parseJrnlJson } from '../../shared/import/jrnl';
import { parseMiniDiaryJson } from '../../shared/import/miniDiary';
import { fixtureBytes, fixtureText } from '../fixtures/import/fixtures';

/** What a Latin-1 (ISO-8859-1) Daylio CSV re-saved by a spreadsheet looks like, byte for byte. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`Not Latin-1: ${ch}`);
    return code;
  });
}

const LATIN1_CSV = 'full_date,date,weekday,time,mood,activities,note\n2024-10-03,3 octobre,jeudi,21:35,bien,"","Ok"\n2024-10-02,2 octobre,mercredi,22:05,bof,"","Réunion tardive"\n';

describe('files that are refused, with the reason and where', () => {
  it('Daylio CSV without a mood column: missing columns, line 1', async () => {
    expect(parseDaylioCsv(fixtureBytes('broken/daylio_wrong_columns.csv'))).toMatchObject({
      ok: false,
      error: { code: 'missingColumns', line: 1, value: 'mood' },
    });
  });

  it("another app's CSV: not a Daylio export", async () => {
    expect(parseDaylioCsv(fixtureBytes('broken/bank_statement.csv'))).toMatchObject({
      ok: false,
      error: { code: 'notThisFormat', line: 1, value: 'Daylio' },
    });
  });

  it('Daylio CSV where most dates do not exist: the first impossible date and its line', async () => {
    expect(parseDaylioCsv(fixtureBytes('broken/daylio_impossible_dates.csv'))).toMatchObject({
      ok: false,
      error: { code: 'invalidDate', line: 3, value: '2023-02-30' },
    });
  });

  it('Daylio CSV cut inside a note: truncated, at the line where the row starts', async () => {
    expect(parseDaylioCsv(fixtureBytes('broken/daylio_truncated.csv'))).toMatchObject({
      ok: false,
      error: { code: 'truncated', line: 3 },
    });
    const cutBetweenFields = fixtureText('daylio_export_2018_12_10.csv').replace(/,"Early start"\n$/, '');
    expect(parseDaylioCsv(cutBetweenFields)).toMatchObject({ ok: false, error: { code: 'truncated', line: 4 } });
  });

  it('Latin-1 bytes: not UTF-8, naming the first line with an accent', async () => {
    expect(parseDaylioCsv(latin1(LATIN1_CSV))).toMatchObject({ ok: false, error: { code: 'notUtf8', line: 3 } });
    // The same file already decoded by a browser as UTF-8, with replacement characters.
    const decoded = new TextDecoder('utf-8').decode(latin1(LATIN1_CSV));
    expect(parseDaylioCsv(decoded)).toMatchObject({ ok: false, error: { code: 'notUtf8', line: 3 } });
    expect(await parseImportFile('daylio.csv', latin1(LATIN1_CSV))).toMatchObject({ ok: false, error: { code: 'notUtf8' } });
  });

  it('empty files, including one holding only a BOM or blank lines', async () => {
    expect(parseDaylioCsv(fixtureBytes('broken/empty.csv'))).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseDaylioCsv(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseMiniDiaryJson('\n\n  \n')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(await parseImportFile('empty.csv', fixtureBytes('broken/empty.csv'))).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(await parseImportFile('nothing', new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('Day One JSON cut short: truncated, at its last line', async () => {
    const text = fixtureText('broken/dayone_truncated.json');
    const result = parseDayOne(fixtureBytes('broken/dayone_truncated.json'));
    expect(result).toMatchObject({ ok: false, error: { code: 'truncated', line: text.split('\n').length } });
  });

  it('a JSON syntax error that is not a cut: not JSON, with its line', async () => {
    expect(parseMiniDiaryJson(fixtureBytes('broken/minidiary_bad_syntax.json'))).toMatchObject({
      ok: false,
      error: { code: 'notJson', line: 5 },
    });
  });

  it("another app's JSON: each importer says it is not its format, detection says unknown", async () => {
    const journey = fixtureBytes('broken/journey_export.json');
    expect(parseDayOne(journey)).toMatchObject({ ok: false, error: { code: 'notThisFormat', value: 'Day One' } });
    expect(parseJrnlJson(journey)).toMatchObject({ ok: false, error: { code: 'notThisFormat', value: 'jrnl' } });
    expect(parseMiniDiaryJson(journey)).toMatchObject({ ok: false, error: { code: 'notThisFormat', value: 'Mini Diary' } });
    expect(await parseImportFile('journey_export.json', journey)).toMatchObject({ ok: false, error: { code: 'unknownFormat' } });
    // A real export of one app given to another importer.
    expect(parseJrnlJson(fixtureBytes('minidiary.json'))).toMatchObject({ ok: false, error: { code: 'notThisFormat' } });
    expect(parseMiniDiaryJson(fixtureBytes('dayone_Journal.json'))).toMatchObject({ ok: false, error: { code: 'notThisFormat' } });
    expect(parseDayOne(fixtureBytes('jrnl_with_tags.json'))).toMatchObject({ ok: false, error: { code: 'notThisFormat' } });
  });

  it('a Day One entry with an impossible date, when it is the only entry, rejects the file', async () => {
    const file = { metadata: { version: '1.0' }, entries: [{ uuid: 'AB12', creationDate: '2023-02-30T10:00:00Z', text: 'x' }] };
    expect(parseDayOne(JSON.stringify(file))).toMatchObject({
      ok: false,
      error: { code: 'invalidDate', entry: 1, value: '2023-02-30T10:00:00Z' },
    });
  });

  it('a Mini Diary file whose keys are not days', async () => {
    const file = { metadata: { application: 'Mini Diary', version: '3.3.0' }, entries: { '01/10/2024': { title: '', text: 'x' } } };
    expect(parseMiniDiaryJson(JSON.stringify(file))).toMatchObject({ ok: false, error: { code: 'invalidDate', entry: '01/10/2024' } });
  });

  it('files over the size limit, before any parsing', async () => {
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(parseDaylioCsv(huge)).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
    expect(parseDayOne(huge)).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
  });
});

describe('files with one odd row still import', () => {
  it('a Daylio row with the wrong number of columns is skipped and listed', async () => {
    const text = fixtureText('daylio_export_2024_10_04.csv').replace('2024-10-01,1 octobre,mardi,19:00,bien,"compta","","",""', '2024-10-01,1 octobre,mardi,19:00,bien');
    const result = parseDaylioCsv(text);
    expect(result.ok && result.value.skipped).toEqual([{ code: 'wrongFieldCount', line: 6, value: '5' }]);
    expect(result.ok && result.value.counts.items).toBe(5);
  });

  it('a Daylio row with an unreadable time is skipped and listed', async () => {
    const text = fixtureText('daylio_export_2021_09_29.csv').replace('8:15 am', '8h15');
    const result = parseDaylioCsv(text);
    expect(result.ok && result.value.skipped[0]).toEqual({ code: 'invalidTime', line: 3, value: '8h15' });
  });

  it('a Day One entry without uuid (Mini Diary trims them) still imports, with an id from its date and text', async () => {
    const file = JSON.parse(fixtureText('dayone_Journal.json'));
    delete file.entries[1].uuid;
    const result = parseDayOne(JSON.stringify(file));
    expect(result.ok && result.value.counts.items).toBe(3);
    const again = parseDayOne(JSON.stringify(file));
    expect(result.ok && again.ok && result.value.items[1].sourceId).toBe(again.ok && again.value.items[1].sourceId);
    expect(result.ok && result.value.items[1].sourceId).toMatch(/^h:[0-9a-f]{14}$/);
  });
});
