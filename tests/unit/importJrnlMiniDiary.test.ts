import { describe, expect, it } from 'vitest';
import { parseJrnlJson } from '../../shared/import/jrnl';
import { parseMiniDiaryJson } from '../../shared/import/miniDiary';
import { buildImportPlan, sourceKey } from '../../shared/import/plan';
import { defaultImportMapping } from '../../shared/import/mapping';
import type { ExistingJournal, ImportMapping, ImportPreview, TagTarget } from '../../shared/import/types';
import type { Client } from '../../shared/domain/types';
import { fixtureBytes, fixtureText, idSequence, inTimeZone, NOW } from '../fixtures/import/fixtures';

function ok<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const acme: Client = { id: 'c-acme', name: 'Acme', color: '#3b82f6', status: 'active', notes: '', createdAt: 1, updatedAt: 1 };
const existing: ExistingJournal = { clients: [acme], signals: [], sourceKeys: new Set() };

describe('parseJrnlJson', () => {
  it('keeps "2020-07-01 20:00" on July 1 west of Greenwich, in the preview and in the entries', () => {
    inTimeZone('America/Los_Angeles', () => {
      // The trap being avoided: in this zone the naive parse is the evening before.
      expect(new Date('2020-07-01').getDate()).toBe(30);
      const p = ok(parseJrnlJson(fixtureBytes('jrnl_with_tags.json')));
      expect(p.items.map((i) => `${i.day} ${i.time}`)).toEqual(['2020-07-01 09:30', '2020-07-01 20:00', '2020-07-02 18:45']);
      const plan = buildImportPlan(p, defaultImportMapping(p), existing, { now: NOW, newId: idSequence() });
      expect(plan.entries.map((e) => e.day)).toEqual(['2020-07-01', '2020-07-01', '2020-07-02']);
      expect(plan.range).toEqual({ from: '2020-07-01', to: '2020-07-02' });
    });
  });

  it('maps per-entry tags, joins title and body, and makes the evening entry the review', () => {
    const p = ok(parseJrnlJson(fixtureText('jrnl_with_tags.json')));
    expect(p.items[1]).toMatchObject({
      title: 'Appel avec @acme.',
      text: "Ils veulent tout pour vendredi, encore.\nJ'ai proposé un planning réaliste, on verra.",
      tags: ['@acme'],
      sourceId: expect.stringMatching(/^2020-07-01 20:00 Appel avec @acme\.\u0000[0-9a-f]{14}$/),
    });
    const mapping: ImportMapping = {
      tags: new Map<string, TagTarget>([
        ['@acme', { kind: 'client', clientId: 'c-acme' }],
        ['@lumen', { kind: 'newClient', name: 'Studio Lumen' }],
      ]),
      moods: new Map(),
    };
    const plan = buildImportPlan(p, mapping, existing, { now: NOW, newId: idSequence(), language: 'en' });
    expect(plan.entries.map((e) => [e.time, e.kind, e.clients.map((c) => c.clientId)])).toEqual([
      ['09:30', 'note', ['id-1']],
      ['20:00', 'review', ['c-acme']],
      ['18:45', 'review', ['c-acme']],
    ]);
    expect(plan.clientsToCreate).toMatchObject([{ id: 'id-1', name: 'Studio Lumen', status: 'active', createdAt: NOW }]);
    expect(plan.entries[1].text).toEqual({
      fr: '',
      en: "Appel avec @acme.\n\nIls veulent tout pour vendredi, encore.\nJ'ai proposé un planning réaliste, on verra.",
    });
  });

  it('finds the known tags in the text of older exports without per-entry tags', () => {
    const p = ok(parseJrnlJson(fixtureBytes('jrnl_old_no_tags.json')));
    expect(p.items.map((i) => i.tags)).toEqual([['@acme', '#deadline'], ['@acme'], []]);
  });

  it('skips an entry with an impossible date when the rest of the journal is sound', () => {
    const file = JSON.parse(fixtureText('jrnl_with_tags.json'));
    file.entries.push({ title: 'Typo.', body: '', date: '2020-02-30', time: '10:00', tags: [], starred: false });
    const p = ok(parseJrnlJson(JSON.stringify(file)));
    expect(p.counts).toEqual({ items: 3, days: 2, skipped: 1 });
    expect(p.skipped).toEqual([{ code: 'invalidDate', entry: 4, value: '2020-02-30' }]);
  });

  it('imports the same file twice as duplicates only', () => {
    const p = ok(parseJrnlJson(fixtureBytes('jrnl_with_tags.json')));
    const first = buildImportPlan(p, defaultImportMapping(p), existing, { now: NOW, newId: idSequence() });
    const keys = new Set(first.entries.map((e) => sourceKey(e.source!)));
    const second = buildImportPlan(p, defaultImportMapping(p), { ...existing, sourceKeys: keys }, { now: NOW, newId: idSequence() });
    expect([first.entries.length, second.entries.length, second.duplicates]).toEqual([3, 0, 3]);
  });
});

describe('parseMiniDiaryJson', () => {
  const p = ok(parseMiniDiaryJson(fixtureBytes('minidiary.json')));

  it('reads one entry per day and skips empty days', () => {
    expect(p.items.map((i) => i.day)).toEqual(['2024-10-01', '2024-10-02', '2024-10-05']);
    expect(p.skipped).toEqual([{ code: 'emptyEntry', entry: '2024-10-03' }]);
    expect(p.counts).toEqual({ items: 3, days: 3, skipped: 1 });
  });

  it('takes the time of the last save when it was that same day, else noon', () => {
    expect(p.items.map((i) => i.time)).toEqual(['21:40', '12:00', '23:12']);
  });

  it('becomes one review per day with title and Markdown text, in French by default', () => {
    const plan = buildImportPlan(p as ImportPreview, defaultImportMapping(p), existing, { now: NOW, newId: idSequence() });
    expect(plan.entries.map((e) => [e.day, e.kind, e.source])).toEqual([
      ['2024-10-01', 'review', { app: 'minidiary', id: '2024-10-01' }],
      ['2024-10-02', 'review', { app: 'minidiary', id: '2024-10-02' }],
      ['2024-10-05', 'review', { app: 'minidiary', id: '2024-10-05' }],
    ]);
    expect(plan.entries[0].text).toEqual({
      fr: 'Premier jour chez Acme\n\nAccueil **chaleureux**, brief flou.\n\n- à clarifier : budget\n- délais',
      en: '',
    });
    expect(plan.skipped).toEqual([{ code: 'emptyEntry', entry: '2024-10-03' }]);
    expect(plan.entries[0]).toMatchObject({ id: 'id-1', mood: null, energy: null, clients: [], signals: [], createdAt: NOW, updatedAt: NOW });
  });
});
