import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDayOne, parseDayOneJournals, parseDayOneZip } from '../../shared/import/dayone';
import { bytesSource } from '../../shared/import/zip';
import { buildImportPlan, sourceKey } from '../../shared/import/plan';
import { tagSummaries } from '../../shared/import/mapping';
import type { DayOnePreview, ExistingJournal, ImportMapping, TagTarget } from '../../shared/import/types';
import { fixtureBytes, idSequence, inTimeZone, NOW } from '../fixtures/import/fixtures';

const journal = fixtureBytes('dayone_Journal.json');
const work = fixtureBytes('dayone_Travail.json');

function ok(result: ReturnType<typeof parseDayOne>): DayOnePreview {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** A ZIP as Day One writes it: journals at the root, media beside them, and macOS debris. */
function dayOneZip(): Uint8Array {
  return zipSync({
    'Journal.json': journal,
    'Travail.json': work,
    'photos/0b2f3e5f9d8c7b6a5a4e3d2c1b0a9f8e.jpeg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    '__MACOSX/._Journal.json': new Uint8Array([0, 5, 22, 7, 0, 2]),
  });
}

const empty: ExistingJournal = { clients: [], signals: [], sourceKeys: new Set() };

describe('parseDayOne, bare journal JSON', () => {
  const p = ok(parseDayOne(journal, 'Journal.json'));

  it('places each entry on the day of its own time zone, not UTC', async () => {
    // 03:04 UTC on Dec 25 is 22:04 on Christmas Eve in New York.
    expect(p.items.map((i) => [i.day, i.time])).toEqual([
      ['2017-12-24', '22:04'],
      ['2018-01-03', '22:40'],
      ['2018-01-03', '09:10'],
    ]);
    expect(p.range).toEqual({ from: '2017-12-24', to: '2018-01-03' });
    expect(p.journals).toEqual(['Journal']);
  });

  it('takes the heading as title, drops image references and Day One escapes, keeps Markdown', async () => {
    const [eve, call, pages] = p.items;
    expect(eve.title).toBe('Réveillon chez les Martin');
    expect(eve.text).toBe('Soirée calme, pas de mails clients. Enfin!\n\nDemain : relancer Acme pour la facture n°12.');
    expect(call.title).toBe('');
    expect(call.text).toBe(
      'Call with Northwind — scope creep again. They added 3 screens to "v1", no budget.\n\nI said I\'d send a quote. *Stick to it.*',
    );
    expect(pages.text).toBe('Morning pages.\n\n1. Finish the Lumen deck\n2. Invoice Northwind (net 30)');
  });

  it('keeps uuid, tags and star, and skips a photo-only entry as empty', async () => {
    expect(p.items[0]).toMatchObject({ sourceId: '81F0F3CA693F484792F76359E9E2ACE8', tags: ['famille', 'Acme'], starred: true, entry: 1 });
    expect(p.skipped).toEqual([{ code: 'emptyEntry', entry: 4, value: 'F00DBABE0000111122223333444455AA' }]);
    expect(p.counts).toEqual({ items: 3, days: 2, skipped: 1 });
  });

  it('reads the same journal given as text', async () => {
    const fromText = ok(parseDayOne(new TextDecoder().decode(journal)));
    expect(fromText.items).toEqual(p.items);
  });
});

describe('parseDayOne, ZIP export', () => {
  it('reads every journal in the archive and ignores media and macOS resource forks', async () => {
    const journals = Object.entries(unzipSync(dayOneZip(), { filter: (f) => f.name.endsWith('.json') && !f.name.startsWith('__MACOSX/') }));
    const p = inTimeZone('Asia/Tokyo', () => ok(parseDayOneJournals(journals)));
    expect(p.journals).toEqual(['Journal', 'Travail']);
    expect(p.counts.items).toBe(5);
    const weekly = p.items.find((i) => i.sourceId === 'C0FFEE00C0FFEE00C0FFEE00C0FFEE01');
    expect(weekly).toMatchObject({ journal: 'Travail', day: '2018-01-04', time: '18:30', title: 'Point hebdo Acme' });
    // No timeZone on this entry: the machine's zone decides (19:05 UTC is the next morning in Tokyo).
    const noZone = p.items.find((i) => i.sourceId === 'C0FFEE00C0FFEE00C0FFEE00C0FFEE02');
    expect(noZone).toMatchObject({ day: '2018-01-07', time: '04:05' });
  });

  it('refuses an archive without a journal, and a damaged archive', async () => {
    const photosOnly = zipSync({ 'photos/a.jpeg': new Uint8Array([1, 2, 3]) });
    expect(await parseDayOneZip(bytesSource(photosOnly))).toMatchObject({ ok: false, error: { code: 'noJsonInZip' } });
    const zip = dayOneZip();
    expect(await parseDayOneZip(bytesSource(zip.subarray(0, zip.length - 40)))).toMatchObject({ ok: false, error: { code: 'badZip' } });
  });

  it('refuses the archive when one of its journals is broken, naming the journal', async () => {
    const zip = zipSync({ 'Journal.json': journal, 'Voyage.json': strToU8('{"metadata": {"version": "1.2"}, "entries": [{"uu') });
    const result = await parseDayOneZip(bytesSource(zip));
    expect(result).toMatchObject({ ok: false, error: { code: 'truncated', line: 1 } });
    expect(!result.ok && result.error.detail).toMatch(/^Voyage: /);
  });
});

describe('Day One import plan', () => {
  it('maps tags, and importing the bare journal after the ZIP adds nothing', async () => {
    const zipped = ok(await parseDayOneZip(bytesSource(dayOneZip())));
    expect(tagSummaries(zipped).map((t) => [t.key, t.count])).toEqual([
      ['acme', 2],
      ['admin', 1],
      ['famille', 1],
      ['northwind', 1],
      ['respected', 1],
      ['scope creep', 1],
    ]);
    const mapping: ImportMapping = {
      tags: new Map<string, TagTarget>([
        ['acme', { kind: 'newClient', name: 'Acme' }],
        ['northwind', { kind: 'newClient', name: 'Northwind' }],
        ['scope creep', { kind: 'newSignal', label: 'Scope creep' }],
      ]),
      moods: new Map(),
    };
    const first = buildImportPlan(zipped, mapping, empty, { now: NOW, newId: idSequence() });
    expect(first.entries).toHaveLength(5);
    expect(first.clientsToCreate.map((c) => c.name)).toEqual(['Acme', 'Northwind']);
    expect(first.signalsToCreate.map((s) => s.label)).toEqual([{ fr: 'Scope creep', en: 'Scope creep' }]);
    const call = first.entries.find((e) => e.source?.id === '2B6C0D8E1F7A4C3B9E5D6F0A1B2C3D4E')!;
    expect(call.clients).toEqual([{ clientId: first.clientsToCreate[1].id, felt: null, signals: [] }]);
    expect(call.signals).toEqual([first.signalsToCreate[0].id]);
    expect(call).toMatchObject({ mood: null, energy: null, kind: 'review', text: { en: '' } });
    // Two entries on 2018-01-03: the evening one is the day's review.
    const pages = first.entries.find((e) => e.source?.id === 'A1B2C3D4E5F60718293A4B5C6D7E8F90')!;
    expect(pages.kind).toBe('note');

    const after: ExistingJournal = {
      clients: first.clientsToCreate,
      signals: first.signalsToCreate,
      sourceKeys: new Set(first.entries.map((e) => sourceKey(e.source!))),
    };
    const again = buildImportPlan(ok(parseDayOne(journal)), mapping, after, { now: NOW, newId: idSequence('again') });
    expect(again).toMatchObject({ entries: [], duplicates: 3, clientsToCreate: [], signalsToCreate: [], range: null });
  });
});
