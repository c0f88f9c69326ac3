import { describe, expect, it } from 'vitest';
import { parseDaylioCsv } from '../../shared/import/daylio';
import { dayFromYearAndDate } from '../../shared/import/daylioDates';
import { daylioMappingDefaults, defaultImportMapping } from '../../shared/import/mapping';
import type { DaylioPreview } from '../../shared/import/types';
import { fixtureBytes, fixtureText } from '../fixtures/import/fixtures';

function preview(name: string): DaylioPreview {
  const result = parseDaylioCsv(fixtureBytes(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('parseDaylioCsv, current 9-column export (French, BOM, 24-hour times)', () => {
  const p = preview('daylio_export_2024_10_04.csv');

  it('reads every row, newest first, with counts and date range', () => {
    expect(p.format).toBe('daylio');
    expect(p.items.map((i) => `${i.day} ${i.time}`)).toEqual([
      '2024-10-03 21:35',
      '2024-10-03 12:10',
      '2024-10-02 22:05',
      '2024-10-01 19:00',
      '2024-09-30 08:45',
      '2024-09-30 07:50',
    ]);
    expect(p.counts).toEqual({ items: 6, days: 4, skipped: 0 });
    expect(p.range).toEqual({ from: '2024-09-30', to: '2024-10-03' });
    expect(p.skipped).toEqual([]);
  });

  it('splits activities, reads scales with their no-break space, and trims mood names', () => {
    expect(p.items[0].tags).toEqual(['Acme', 'sport', 'bien dormi']);
    expect(p.items[0].scales).toEqual(new Map([['Énergie', { value: 4 }]]));
    expect(p.items[1].mood).toBe('bof');
    expect(p.items[2].mood).toBe('épuisé');
    expect(p.items[3].scales).toEqual(new Map());
  });

  it('turns notes into plain text: <br>, entities, "" quotes, commas, line breaks and list tags', () => {
    expect(p.items[0].title).toBe('Belle journée');
    expect(p.items[0].text).toBe(
      "Atelier avec l'équipe d'Acme, enfin un brief clair.\nIls ont validé la maquette & le planning\u00a0!",
    );
    expect(p.items[1].text).toBe('Réunion de 2 h, "rapide" qu\'ils disaient…');
    expect(p.items[2].text).toBe("Le client a ajouté trois écrans, sans devis.\nJ'ai dit oui, je n'aurais pas dû.");
    expect(p.items[4].text).toBe('Fatiguée, relances de factures :\n- Lumen (45 jours)\n- Acme');
  });

  it('numbers lines from the header, counting line breaks inside quoted notes', () => {
    expect(p.items.map((i) => i.line)).toEqual([2, 3, 4, 6, 7, 8]);
  });

  it('gives each row the same id every time the file is read, and different rows different ids', () => {
    const again = parseDaylioCsv(fixtureText('daylio_export_2024_10_04.csv'));
    expect(again.ok && again.value.items.map((i) => i.sourceId)).toEqual(p.items.map((i) => i.sourceId));
    expect(new Set(p.items.map((i) => i.sourceId)).size).toBe(6);
  });

  it('lists activities and moods for the mapping step, with default levels and null for custom names', () => {
    const { activities, moods } = daylioMappingDefaults(p);
    expect(moods).toEqual([
      { key: 'épuisé', name: 'épuisé', count: 2, level: null },
      { key: 'bien', name: 'bien', count: 1, level: 4 },
      { key: 'bof', name: 'bof', count: 1, level: 3 },
      { key: 'mal', name: 'Mal', count: 1, level: 2 },
      { key: 'super', name: 'super', count: 1, level: 5 },
    ]);
    expect(activities.slice(0, 3)).toEqual([
      { key: 'acme', name: 'Acme', count: 2 },
      { key: 'mal dormi', name: 'mal dormi', count: 2 },
      { key: 'studio lumen', name: 'Studio Lumen', count: 2 },
    ]);
    expect(activities.map((a) => a.name)).toContain('travail non payé');
    const mapping = defaultImportMapping(p);
    expect(mapping.tags.get('studio lumen')).toEqual({ kind: 'ignore' });
    expect(Object.fromEntries(mapping.moods)).toEqual({ épuisé: null, bien: 4, bof: 3, mal: 2, super: 5 });
  });
});

describe('parseDaylioCsv, 8-column export (English, CRLF, 12-hour times, one odd row)', () => {
  const p = preview('daylio_export_2021_09_29.csv');

  it('reads 12-hour times, including 12:xx am and pm', () => {
    expect(p.items.map((i) => i.time)).toEqual(['22:00', '08:15', '12:30', '00:05', '01:26']);
  });

  it('skips the row with a date that does not exist, and imports the rest', () => {
    expect(p.skipped).toEqual([{ code: 'invalidDate', line: 6, value: '2021-02-29' }]);
    expect(p.counts).toEqual({ items: 5, days: 4, skipped: 1 });
    expect(p.range).toEqual({ from: '2017-12-08', to: '2021-09-28' });
  });

  it('keeps custom moods with trailing spaces and merges mood names that differ by case', () => {
    expect(p.items[0].mood).toBe('sad');
    const { moods, activities } = daylioMappingDefaults(p);
    expect(moods.find((m) => m.key === 'sad')).toEqual({ key: 'sad', name: 'sad', count: 1, level: null });
    expect(moods.find((m) => m.key === 'rad')).toEqual({ key: 'rad', name: 'rad', count: 2, level: 5 });
    expect(activities.find((a) => a.key === 'movies / tv')?.count).toBe(2);
    expect(p.items[3].tags).toEqual([]);
  });

  it('decodes entities without turning them into markup', () => {
    expect(p.items[1].title).toBe('Kick-off');
    expect(p.items[1].text).toBe('Met the Northwind team, good vibes.\nThey want v1 by Friday, which is "ambitious".');
    expect(p.items[4].text).toBe('Hung out with Sam & Alex <3');
  });
});

describe('parseDaylioCsv, old 7-column export (year + localised date)', () => {
  const p = preview('daylio_export_2018_12_10.csv');

  it('builds the day from year and the localised date column', () => {
    expect(p.items.map((i) => [i.day, i.time, i.mood])).toEqual([
      ['2018-12-09', '21:35', 'rad'],
      ['2018-12-08', '22:10', 'awful'],
      ['2018-12-08', '07:30', 'meh'],
    ]);
    expect(p.items[1].text).toBe('Client called at 9pm, "just one more thing"');
    expect(p.items[0].title).toBe('');
  });
});

describe('dayFromYearAndDate', () => {
  it('reads English, German and French day-month forms', () => {
    expect(dayFromYearAndDate('2021', '28 September')).toEqual({ day: '2021-09-28' });
    expect(dayFromYearAndDate('2017', 'December 9')).toEqual({ day: '2017-12-09' });
    expect(dayFromYearAndDate('2021', '25. September')).toEqual({ day: '2021-09-25' });
    expect(dayFromYearAndDate('2020', '3 févr.')).toEqual({ day: '2020-02-03' });
    expect(dayFromYearAndDate('2020', '12. März')).toEqual({ day: '2020-03-12' });
    expect(dayFromYearAndDate('2020', '15 août')).toEqual({ day: '2020-08-15' });
  });

  it('refuses days that do not exist and unknown month names', () => {
    expect(dayFromYearAndDate('2023', 'February 29')).toEqual({ bad: '2023 February 29' });
    expect(dayFromYearAndDate('2024', 'February 29')).toEqual({ day: '2024-02-29' });
    expect(dayFromYearAndDate('2023', '12 Brumaire')).toEqual({ unknownMonth: 'Brumaire' });
    expect(dayFromYearAndDate('23', 'March 1')).toEqual({ bad: '23 March 1' });
  });
});

describe('parseDaylioCsv on a large export', () => {
  it('reads 40 000 rows (about 3 MB) in linear time', () => {
    const header = 'full_date,date,weekday,time,mood,activities,scales,note_title,note\n';
    const rows: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const day = new Date(Date.UTC(2010, 0, 1) + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
      rows.push(`${day},x,y,${String(8 + (i % 3) * 5).padStart(2, '0')}:0${i % 10},good,"work | Acme","","Titre","Ligne une<br>ligne ""deux"", fin"`);
    }
    const started = performance.now();
    const result = parseDaylioCsv(header + rows.join('\n'), { today: '2050-01-01' });
    const elapsed = performance.now() - started;
    expect(result.ok && result.value.counts.items).toBe(40_000);
    expect(result.ok && result.value.items[39_999].line).toBe(40_001);
    // Generous for a busy machine; a quadratic parse would take minutes.
    expect(elapsed).toBeLessThan(10_000);
  }, 20_000);
});
