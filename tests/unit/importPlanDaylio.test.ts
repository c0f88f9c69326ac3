import { describe, expect, it } from 'vitest';
import type { Client, Signal } from '../../shared/domain/types';
import { parseDaylioCsv } from '../../shared/import/daylio';
import { defaultImportMapping } from '../../shared/import/mapping';
import { buildImportPlan, sourceKey } from '../../shared/import/plan';
import type { DaylioPreview, ExistingJournal } from '../../shared/import/types';
import { byDayAndTime, fixtureBytes, fixtureText, idSequence, NOW } from '../fixtures/import/fixtures';

const FILE = 'daylio_export_2024_10_04.csv';

function preview(content: string | Uint8Array = fixtureBytes(FILE)): DaylioPreview {
  const result = parseDaylioCsv(content);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const lumen: Client = { id: 'c-lumen', name: 'Studio Lumen', color: '#f97316', status: 'active', notes: '', createdAt: 1, updatedAt: 1 };
const urgent: Signal = { id: 's-urgent', label: { fr: 'Urgence', en: 'Urgent deadline' }, builtin: true, createdAt: 1 };
const unpaid: Signal = { id: 's-unpaid', label: { fr: 'Travail non payé', en: 'Unpaid work' }, builtin: true, createdAt: 1 };
const journal: ExistingJournal = { clients: [lumen], signals: [urgent, unpaid], sourceKeys: new Set() };

function mapping(p: DaylioPreview): ReturnType<typeof defaultImportMapping> {
  const m = defaultImportMapping(p);
  m.tags.set('acme', { kind: 'newClient', name: 'Acme' });
  m.tags.set('studio lumen', { kind: 'client', clientId: 'c-lumen' });
  m.tags.set('urgence', { kind: 'signal', signalId: 's-urgent' });
  // Same label as a built-in signal: reused, not duplicated.
  m.tags.set('travail non payé', { kind: 'newSignal', label: 'travail non payé' });
  m.tags.set('mal dormi', { kind: 'newSignal', label: 'Mal dormi' });
  m.moods.set('épuisé', 1);
  return m;
}

describe('buildImportPlan for Daylio', () => {
  const p = preview();
  const plan = buildImportPlan(p, mapping(p), journal, { now: NOW, newId: idSequence() });
  const entries = [...plan.entries].sort(byDayAndTime);

  it('makes one entry per row, the last of each day its review', () => {
    expect(entries.map((e) => [e.day, e.time, e.kind])).toEqual([
      ['2024-09-30', '07:50', 'note'],
      ['2024-09-30', '08:45', 'review'],
      ['2024-10-01', '19:00', 'review'],
      ['2024-10-02', '22:05', 'review'],
      ['2024-10-03', '12:10', 'note'],
      ['2024-10-03', '21:35', 'review'],
    ]);
    expect(plan.range).toEqual({ from: '2024-09-30', to: '2024-10-03' });
    expect(plan.duplicates).toBe(0);
  });

  it('maps moods by name (custom and case-insensitive) and energy from the Énergie scale', () => {
    expect(entries.map((e) => [e.mood, e.energy])).toEqual([
      [1, null],
      [2, 2],
      [4, null],
      [1, 1],
      [3, null],
      [5, 4],
    ]);
  });

  it('links activities to clients and signals, creating only what is new, once', () => {
    expect(plan.clientsToCreate).toEqual([
      { id: expect.any(String), name: 'Acme', color: expect.stringMatching(/^#[0-9a-f]{6}$/), status: 'active', notes: '', createdAt: NOW, updatedAt: NOW },
    ]);
    expect(plan.signalsToCreate).toEqual([
      { id: expect.any(String), label: { fr: 'Mal dormi', en: 'Mal dormi' }, builtin: false, createdAt: NOW },
    ]);
    const acmeId = plan.clientsToCreate[0].id;
    const sleepId = plan.signalsToCreate[0].id;
    const lastOct3 = entries[5];
    expect(lastOct3.clients).toEqual([{ clientId: acmeId, felt: null, signals: [] }]);
    expect(lastOct3.signals).toEqual([]);
    const oct2 = entries[3];
    expect(oct2.clients.map((c) => c.clientId)).toEqual(['c-lumen']);
    expect(oct2.signals).toEqual(['s-urgent', 's-unpaid']);
    expect(entries[1].signals).toEqual([sleepId]);
  });

  it('writes title and note into the chosen language only', () => {
    expect(entries[5].text).toEqual({
      fr: "Belle journée\n\nAtelier avec l'équipe d'Acme, enfin un brief clair.\nIls ont validé la maquette & le planning\u00a0!",
      en: '',
    });
    const english = buildImportPlan(p, mapping(p), journal, { now: NOW, newId: idSequence(), language: 'en' });
    expect(english.entries[0].text.fr).toBe('');
    expect(english.entries[0].text.en).toMatch(/^Belle journée\n\n/);
    expect(entries.every((e) => e.source?.app === 'daylio' && e.createdAt === NOW && e.updatedAt === NOW)).toBe(true);
  });

  it('leaves the mood empty when a mood name has no level', () => {
    const m = mapping(p);
    m.moods.set('épuisé', null);
    const unrated = buildImportPlan(p, m, journal, { now: NOW, newId: idSequence() });
    expect(unrated.entries.filter((e) => e.mood === null).map((e) => `${e.day} ${e.time}`)).toEqual(['2024-10-02 22:05', '2024-09-30 07:50']);
  });

  it('is idempotent: the second import of the same file adds nothing', () => {
    const after: ExistingJournal = {
      clients: [lumen, ...plan.clientsToCreate],
      signals: [urgent, unpaid, ...plan.signalsToCreate],
      sourceKeys: new Set(plan.entries.map((e) => sourceKey(e.source!))),
    };
    const again = buildImportPlan(preview(fixtureText(FILE)), mapping(p), after, { now: NOW + 1, newId: idSequence('x') });
    expect(again).toEqual({ clientsToCreate: [], signalsToCreate: [], entries: [], duplicates: 6, skipped: [], range: null });
  });

  it('imports only the new rows of a later export of the same journal', () => {
    const keys = new Set(plan.entries.map((e) => sourceKey(e.source!)));
    const [header, ...rows] = fixtureText(FILE).split('\n');
    const later = [header, '2024-10-04,4 octobre,vendredi,18:20,bien,"Acme","","","Point rapide, tout roule."', ...rows].join('\n');
    const next = buildImportPlan(preview(later), mapping(p), { ...journal, clients: [lumen, ...plan.clientsToCreate], sourceKeys: keys }, {
      now: NOW,
      newId: idSequence('n'),
    });
    expect(next.duplicates).toBe(6);
    expect(next.entries.map((e) => [e.day, e.kind, e.clients.map((c) => c.clientId)])).toEqual([
      ['2024-10-04', 'review', [plan.clientsToCreate[0].id]],
    ]);
    expect(next.clientsToCreate).toEqual([]);
  });

  it('reuses a client of the same name instead of creating a second one', () => {
    const acme: Client = { ...lumen, id: 'c-acme', name: 'ACME ' };
    const reused = buildImportPlan(p, mapping(p), { ...journal, clients: [lumen, acme] }, { now: NOW, newId: idSequence() });
    expect(reused.clientsToCreate).toEqual([]);
    expect(reused.entries[0].clients).toEqual([{ clientId: 'c-acme', felt: null, signals: [] }]);
  });

  it('throws on a mapping that names a client that does not exist or a level outside 1–5', () => {
    const bad = mapping(p);
    bad.tags.set('studio lumen', { kind: 'client', clientId: 'c-gone' });
    expect(() => buildImportPlan(p, bad, journal, { now: NOW, newId: idSequence() })).toThrow(/unknown client/);
    const badLevel = mapping(p);
    badLevel.moods.set('bof', 7);
    expect(() => buildImportPlan(p, badLevel, journal, { now: NOW, newId: idSequence() })).toThrow(RangeError);
  });
});
