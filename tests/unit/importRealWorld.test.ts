/** Failures found by importing real users' exports, each reproduced with a fixture of our own. */
import { describe, expect, it } from 'vitest';
import { dayInTimeZone } from '../../shared/domain/dates';
import { translate } from '../../shared/i18n';
import { parseDaylioCsv } from '../../shared/import/daylio';
import { parseDayOne } from '../../shared/import/dayone';
import { parseImportFile } from '../../shared/import/detect';
import { importErrorMessageKey } from '../../shared/import/errorMessages';
import { parseJrnlJson } from '../../shared/import/jrnl';
import { defaultImportMapping, scaleSummaries, suggestedEnergyScale } from '../../shared/import/mapping';
import { parseMiniDiaryJson } from '../../shared/import/miniDiary';
import { buildImportPlan, energyFromScale } from '../../shared/import/plan';
import type { ExistingJournal, ImportPreview, SkippedItem } from '../../shared/import/types';
import { fixtureBytes, idSequence, NOW } from '../fixtures/import/fixtures';

const TODAY = { today: '2026-12-01' };
const empty: ExistingJournal = { clients: [], signals: [], sourceKeys: new Set() };

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const message = (item: SkippedItem, lang: 'fr' | 'en') => {
  const { key, vars } = importErrorMessageKey(item);
  return translate(lang, key, vars);
};

/** What the preview counts is what the plan writes: every item becomes an entry on a fresh journal. */
function expectAllPlanned(preview: ImportPreview) {
  const plan = buildImportPlan(preview, defaultImportMapping(preview), empty, { now: NOW, newId: idSequence() });
  expect(plan.duplicates).toBe(0);
  expect(plan.entries).toHaveLength(preview.counts.items);
}

describe('old Daylio exports (year, date) in any language', () => {
  it('reads Polish genitive months, telling listopad (November in Polish) by the weekday', () => {
    const p = ok(parseDaylioCsv(fixtureBytes('daylio_old_pl.csv'), TODAY));
    expect(p.items.map((i) => i.day)).toEqual(['2017-11-15', '2017-09-07', '2017-09-06', '2017-02-01', '2017-08-31']);
    expect(p.items[0]).toMatchObject({ mood: 'dobrze', tags: ['praca', 'Acme'], text: 'Spotkanie z klientem, dobrze poszło.' });
    expectAllPlanned(p);
  });

  it('reads Spanish "7 de septiembre"', () => {
    const p = ok(parseDaylioCsv(fixtureBytes('daylio_old_es.csv'), TODAY));
    expect(p.items.map((i) => i.day)).toEqual(['2019-09-07', '2019-09-06', '2019-01-01', '2019-12-30']);
    expectAllPlanned(p);
  });

  it('skips a row with an unknown month, naming the line and the word', () => {
    const p = ok(parseDaylioCsv(fixtureBytes('daylio_old_unknown_month.csv'), TODAY));
    expect(p.skipped).toEqual([{ code: 'unknownMonth', line: 2, value: 'Brumaire' }]);
    expect(message(p.skipped[0], 'en')).toBe('Line 2: “Brumaire” is not a month name Humeur knows, so the date cannot be read.');
    expect(message(p.skipped[0], 'fr')).toBe('Ligne 2\u00a0: «\u00a0Brumaire\u00a0» n’est pas un nom de mois que Humeur connaît, la date ne peut pas être lue.');
  });

  it('reads a file whose header line was removed', async () => {
    const text = new TextDecoder().decode(fixtureBytes('daylio_twins.csv')).split('\n').slice(1).join('\n');
    const p = ok(await parseImportFile('daylio_export.csv', text, TODAY));
    expect(p.format).toBe('daylio');
    expect(p.counts.items).toBe(4);
  });
});

describe('Daylio rows that look alike', () => {
  it('keeps two mood-only rows of one reminder time with different activities, and numbers identical twins', () => {
    const p = ok(parseDaylioCsv(fixtureBytes('daylio_twins.csv'), TODAY));
    const ids = p.items.map((i) => i.sourceId);
    expect(new Set(ids).size).toBe(4);
    expect(ids[3]).toBe(`${ids[2]}#2`);
    expectAllPlanned(p);
    // The same file again: every row is found again, nothing new.
    const first = buildImportPlan(p, defaultImportMapping(p), empty, { now: NOW, newId: idSequence() });
    const after = { ...empty, sourceKeys: new Set(first.entries.map((e) => `daylio:${e.source?.id}`)) };
    const again = buildImportPlan(ok(parseDaylioCsv(fixtureBytes('daylio_twins.csv'), TODAY)), defaultImportMapping(p), after, { now: NOW, newId: idSequence() });
    expect(again).toMatchObject({ entries: [], duplicates: 4 });
  });
});

describe('Daylio scales', () => {
  const p = ok(parseDaylioCsv(fixtureBytes('daylio_scales.csv'), TODAY));

  it('reads "8/10 points" and "7:30" with their no-break spaces', () => {
    expect(p.items[0].scales).toEqual(
      new Map([
        ['Sleep Quality', { value: 8, max: 10 }],
        ['Sleep Time', { value: 7.5, duration: true }],
        ['Energía', { value: 4, max: 5 }],
      ]),
    );
  });

  it('suggests the Energía scale for energy and lists the others', () => {
    const scales = scaleSummaries(p);
    expect(scales.map((s) => [s.name, s.count, s.max, s.duration])).toEqual([
      ['Sleep Time', 3, undefined, true],
      ['Energía', 2, 5, false],
      ['Sleep Quality', 2, 10, false],
    ]);
    expect(suggestedEnergyScale(scales)).toBe('energía');
    const plan = buildImportPlan(p, defaultImportMapping(p), empty, { now: NOW, newId: idSequence() });
    expect(plan.entries.map((e) => e.energy)).toEqual([4, 2, null]);
  });

  it('maps another scale to energy when the user picks it, out of 10 scaled to 1–5; never a time', () => {
    const mapping = { ...defaultImportMapping(p), energyScale: 'sleep quality' };
    const plan = buildImportPlan(p, mapping, empty, { now: NOW, newId: idSequence() });
    expect(plan.entries.map((e) => e.energy)).toEqual([4, 2, null]);
    expect(energyFromScale({ value: 10, max: 10 })).toBe(5);
    expect(energyFromScale({ value: 1, max: 10 })).toBe(1);
    expect(energyFromScale({ value: 7.5, duration: true })).toBeNull();
    expect(energyFromScale({ value: 7 })).toBeNull();
  });
});

describe('names that are also object keys, and a literal U+FFFD', () => {
  it('maps activities and moods called "constructor" or "__proto__", and reads valid UTF-8 holding "�"', () => {
    const p = ok(parseDaylioCsv(fixtureBytes('daylio_prototype_names.csv'), TODAY));
    expect(p.items[1].text).toBe('Le symbole \uFFFD apparaît tel quel dans ma note.');
    const mapping = defaultImportMapping(p);
    expect([...mapping.tags.keys()].sort()).toEqual(['__proto__', 'constructor', 'hasownproperty', 'tostring']);
    mapping.tags.set('__proto__', { kind: 'newClient', name: 'Proto' });
    mapping.tags.set('constructor', { kind: 'newSignal', label: 'Constructor' });
    mapping.moods.set('constructor', 2);
    const plan = buildImportPlan(p, mapping, empty, { now: NOW, newId: idSequence() });
    expect(plan.clientsToCreate.map((c) => c.name)).toEqual(['Proto']);
    expect(plan.entries[0].clients).toHaveLength(1);
    expect(plan.entries[0].signals).toHaveLength(1);
    expect(plan.entries[1]).toMatchObject({ mood: 2 });
    // "toString" left ignored is ignored, not a function found on the prototype.
    expect(plan.signalsToCreate.map((s) => s.label.en)).toEqual(['Constructor']);
  });
});

describe('days outside 1900 … tomorrow', () => {
  it('pads year 999 and skips it, and an entry from the future, naming each entry', () => {
    expect(dayInTimeZone(new Date('0999-03-01T12:00:00Z'), 'Europe/Paris').day).toMatch(/^0999-03-0[12]$/);
    const p = ok(parseDayOne(fixtureBytes('dayone_year999.json'), 'Journal.json', TODAY));
    expect(p.items.map((i) => i.day)).toEqual(['2023-05-02', '2023-05-03']);
    expect(p.skipped.map((s) => [s.code, s.entry])).toEqual([
      ['implausibleDate', 2],
      ['implausibleDate', 4],
    ]);
    expect(message(p.skipped[0], 'en')).toMatch(/^Entry 2: the date 0999-03-0[12] is outside the days Humeur accepts \(from 1900 to tomorrow\)\.$/);
    expect(message(p.skipped[1], 'fr')).toBe('Entrée 4\u00a0: la date 2099-01-01 est hors des jours que Humeur accepte (de 1900 à demain).');
    expect(p.range).toEqual({ from: '2023-05-02', to: '2023-05-03' });
  });
});

describe('Day One leftovers and shapes', () => {
  it('removes U+FFFC and dayone2:// links, and counts the attachments left behind per kind', () => {
    const p = ok(parseDayOne(fixtureBytes('dayone_leftovers.json'), 'Journal.json', TODAY));
    expect(p.items[0].title).toBe('Atelier Northwind');
    expect(p.items[0].text).toBe('Le tableau blanc en photo.\n\nSuite de la réunion de lundi.\nVoir aussi');
    expect(p.notes.attachments).toEqual({ photos: 3, videos: 1, audios: 1, pdfs: 1 });
  });

  it('recognises Day One without uuid, and without metadata, by its entries', async () => {
    for (const name of ['dayone_no_uuid.json', 'dayone_no_metadata.json']) {
      const p = ok(await parseImportFile(name, fixtureBytes(name), TODAY));
      expect(p.format).toBe('dayone');
      expect(p.items.map((i) => [i.day, i.title])).toEqual([
        ['2023-01-01', 'Premier jour'],
        ['2023-01-02', 'Deuxième jour'],
      ]);
      expectAllPlanned(p);
    }
  });
});

describe('jrnl and Mini Diary', () => {
  it('keeps two jrnl entries of the same minute and title that differ by their body', () => {
    const p = ok(parseJrnlJson(fixtureBytes('jrnl_same_minute.json'), TODAY));
    expect(new Set(p.items.map((i) => i.sourceId)).size).toBe(2);
    expectAllPlanned(p);
  });

  it('says how many Mini Diary entries are placed at 12:00 for want of a time', () => {
    const p = ok(parseMiniDiaryJson(fixtureBytes('minidiary.json'), TODAY));
    const noon = p.items.filter((i) => i.time === '12:00').length;
    expect(noon).toBeGreaterThan(0);
    expect(p.notes.noonEntries).toBe(noon);
  });

  it('reads the never-released "several entries a day" Mini Diary, a list per day', () => {
    const file = {
      metadata: { application: 'Mini Diary', version: 'v3.4.0' },
      entries: { '2019-01-01': [{ title: 'Un', text: 'a' }, { title: 'Deux', text: 'b' }], '2019-01-02': { title: 'Trois', text: 'c' } },
    };
    const p = ok(parseMiniDiaryJson(JSON.stringify(file), TODAY));
    expect(p.items.map((i) => [i.sourceId, i.title])).toEqual([
      ['2019-01-01', 'Un'],
      ['2019-01-01#2', 'Deux'],
      ['2019-01-02', 'Trois'],
    ]);
    expect(p.notes.noonEntries).toBe(3);
  });
});
