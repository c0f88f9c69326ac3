import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import type { Client, ClientLink, Entry, Settings, Signal } from '../../shared/domain/types';
import { createBackup, serialiseBackup } from '../../shared/export/backup';
import { parseBackup } from '../../shared/import/humeurBackup';

/** Any text a person could type or paste: every code point, emoji, RTL scripts, controls. */
const text = fc.string({ unit: 'binary', maxLength: 40 });
const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 });
const dayKey = fc.integer({ min: 0, max: 20000 }).map((n) => addDays('1990-01-01', n));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const timestamp = fc.maxSafeNat();
const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const entryText = fc.record({ fr: text, en: text });

const client: fc.Arbitrary<Client> = fc.record(
  {
    id,
    name: text,
    color: fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
    status: fc.constantFrom('active', 'paused', 'ended'),
    endedOn: dayKey,
    notes: text,
    hourlyRate: fc.double({ min: 0, max: 1e6, noNaN: true }),
    currency: fc.constantFrom('EUR', 'USD', 'CHF', 'CAD', 'GBP', 'AED'),
    idealCriteria: fc.array(fc.record({ id, label: text, met: fc.boolean() }), { maxLength: 3 }),
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  { requiredKeys: ['id', 'name', 'color', 'status', 'notes', 'createdAt', 'updatedAt'] },
);

const signal: fc.Arbitrary<Signal> = fc.record(
  { id, label: entryText, builtin: fc.boolean(), archived: fc.boolean(), createdAt: timestamp },
  { requiredKeys: ['id', 'label', 'builtin', 'createdAt'] },
);

const settings: fc.Arbitrary<Settings> = fc.record({
  language: fc.constantFrom('fr', 'en', null),
  theme: fc.constantFrom('light', 'dark', 'system'),
  weekStartsOn: fc.constantFrom(0, 1),
  reminderTime: fc.option(time, { nil: null }),
  reminderDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
  keepInBackground: fc.boolean(),
  openAtLogin: fc.boolean(),
  lateReviewUntilHour: fc.integer({ min: 0, max: 6 }),
  writingLanguages: fc.constantFrom('fr', 'en', 'both'),
  welcomeDone: fc.boolean(),
  showPrompts: fc.boolean(),
  idealCriteria: fc.option(fc.array(fc.record({ id: fc.string({ minLength: 1 }), label: fc.string() }), { maxLength: 4 }), { nil: null }),
  insightsMetric: fc.constantFrom('mood', 'energy', null, undefined),
});

/** Entries whose client and signal ids all exist, as the app's own data always does. */
function entryOf(clientIds: string[], signalIds: string[]): fc.Arbitrary<Entry> {
  const signalList: fc.Arbitrary<string[]> =
    signalIds.length > 0 ? fc.array(fc.constantFrom(...signalIds), { maxLength: 3 }) : fc.constant<string[]>([]);
  const link: fc.Arbitrary<ClientLink> = fc.record(
    {
      clientId: clientIds.length > 0 ? fc.constantFrom(...clientIds) : fc.constant('never-used'),
      felt: fc.constantFrom(-2, -1, 0, 1, 2, null),
      hours: fc.double({ min: 0, max: 24, noNaN: true }),
      signals: signalList,
    },
    { requiredKeys: ['clientId', 'felt', 'signals'] },
  );
  return fc.record(
    {
      id,
      day: dayKey,
      time,
      kind: fc.constantFrom('review', 'note'),
      mood: rating,
      energy: rating,
      text: entryText,
      clients: clientIds.length > 0 ? fc.array(link, { maxLength: 3 }) : fc.constant([]),
      signals: signalList,
      source: fc.record({ app: fc.constantFrom('humeur', 'daylio', 'dayone', 'jrnl', 'minidiary'), id: text }),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    { requiredKeys: ['id', 'day', 'time', 'kind', 'mood', 'energy', 'text', 'clients', 'signals', 'createdAt', 'updatedAt'] },
  );
}

const journal = fc
  .record({
    clients: fc.uniqueArray(client, { selector: (c) => c.id, maxLength: 5 }),
    signals: fc.uniqueArray(signal, { selector: (s) => s.id, maxLength: 5 }),
    settings,
  })
  .chain((j) =>
    fc
      .uniqueArray(entryOf(j.clients.map((c) => c.id), j.signals.map((s) => s.id)), { selector: (e) => e.id, maxLength: 8 })
      .map((entries) => ({ ...j, entries })),
  );

const exportedAt = fc.integer({ min: 0, max: 4102444800 }).map((s) => s * 1000);

describe('JSON backup, for any valid journal', () => {
  it('parseBackup(serialiseBackup(createBackup(journal))) gives the journal back unchanged', () => {
    fc.assert(
      fc.property(journal, exportedAt, (j, at) => {
        const parsed = parseBackup(serialiseBackup(createBackup({ ...j, exportedAt: at })));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
        // toEqual, not toStrictEqual: fast-check builds records with a null prototype. No value
        // here is ever undefined, so a field lost or added still fails.
        expect(parsed.value.clients).toEqual(j.clients);
        expect(parsed.value.signals).toEqual(j.signals);
        expect(parsed.value.entries).toEqual(j.entries);
        expect(parsed.value.settings).toEqual(j.settings);
        expect(Date.parse(parsed.value.exportedAt)).toBe(at);
      }),
      { numRuns: 300 },
    );
    // A few seconds of generated journals; room for a busy machine.
  }, 30_000);

  it('writes the same text again after a round trip', () => {
    fc.assert(
      fc.property(journal, (j) => {
        const text = serialiseBackup(createBackup({ ...j, exportedAt: 0 }));
        const parsed = parseBackup(text);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
        expect(serialiseBackup(parsed.value)).toBe(text);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
