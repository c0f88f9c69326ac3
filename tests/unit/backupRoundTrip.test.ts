import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/domain/types';
import { createBackup, serialiseBackup } from '../../shared/export/backup';
import { parseBackup } from '../../shared/import/humeurBackup';
import { journal } from '../fixtures/backup/journal';

const EXPORTED_AT = Date.UTC(2024, 10, 2, 18, 4, 5);
const V1_FILE = join(__dirname, '..', 'fixtures', 'backup', 'humeur-backup-v1.json');

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('JSON backup round trip', () => {
  const backup = createBackup({ ...journal, exportedAt: EXPORTED_AT, appVersion: '0.1.0' });

  it('brings back exactly the journal it was made from: accents, emoji, RTL text, every optional field', () => {
    const text = serialiseBackup(backup);
    const restored = unwrap(parseBackup(text));
    expect(restored).toStrictEqual({
      format: 'humeur-backup',
      version: 1,
      exportedAt: '2024-11-02T18:04:05.000Z',
      app: { name: 'Humeur', version: '0.1.0' },
      ...journal,
    });
    expect(restored.clients[1].name).toBe('شركة الأفق');
    expect(restored.entries[0].text.en).toBe('Dense day.\r\nTabs\tand "quotes".');
  });

  it('serialises to the same bytes again after a round trip, with 2-space indentation', () => {
    const text = serialiseBackup(backup);
    expect(serialiseBackup(unwrap(parseBackup(text)))).toBe(text);
    expect(text.startsWith('{\n  "format": "humeur-backup",\n  "version": 1,\n  "exportedAt": "2024-11-02T18:04:05.000Z",\n  "app": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes keys in the documented order, however the objects were built', () => {
    const shuffled = JSON.parse(JSON.stringify(backup), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse())
        : value,
    );
    expect(Object.keys(shuffled)[0]).toBe('entries');
    expect(serialiseBackup(shuffled)).toBe(serialiseBackup(backup));
    const firstEntry = serialiseBackup(backup).split('"entries": [')[1];
    const keys = [...firstEntry.matchAll(/^ {6}"(\w+)":/gm)].map((m) => m[1]).slice(0, 12);
    expect(keys).toEqual(['id', 'day', 'time', 'kind', 'mood', 'energy', 'text', 'clients', 'signals', 'source', 'createdAt', 'updatedAt']);
  });

  it('reads the version 1 file kept in the fixtures, byte for byte the same once written again', () => {
    // This file must keep restoring in every later version of Humeur: never rewrite it.
    const file = readFileSync(V1_FILE, 'utf8');
    const restored = unwrap(parseBackup(file));
    expect(restored.entries.map((e) => e.id)).toEqual(['e-1', 'e-2']);
    // Settings added since the file was written read as their defaults (a restored journal is not a first run).
    const added = { reminderDays: [0, 1, 2, 3, 4, 5, 6], keepInBackground: false, openAtLogin: false, lateReviewUntilHour: 4, writingLanguages: 'both', welcomeDone: true, idealCriteria: null };
    const { language, theme, weekStartsOn, reminderTime, showPrompts } = journal.settings;
    expect(restored.settings).toEqual({ language, theme, weekStartsOn, reminderTime, showPrompts, ...added });
    // Written again, it differs from the file by those settings alone.
    const rewritten = JSON.parse(serialiseBackup(restored)) as { settings: Record<string, unknown> };
    for (const key of Object.keys(added)) delete rewritten.settings[key];
    expect(rewritten).toEqual(JSON.parse(file));
  });

  it('matches the complete example in docs/backup-format.md, key order and indentation included', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'backup-format.md'), 'utf8');
    const example = doc.split('## Complete example')[1].split('```json\n')[1].split('\n```')[0];
    const restored = unwrap(parseBackup(example));
    expect(serialiseBackup(restored)).toBe(`${example}\n`);
  });

  it('accepts a file with a byte-order mark, and bytes as well as text', () => {
    const text = serialiseBackup(backup);
    expect(unwrap(parseBackup(`\uFEFF${text}`))).toEqual(backup);
    expect(unwrap(parseBackup(new TextEncoder().encode(text)))).toEqual(backup);
  });

  it('backs up an empty journal with default settings', () => {
    const empty = createBackup({ clients: [], entries: [], signals: [], settings: DEFAULT_SETTINGS, exportedAt: new Date(EXPORTED_AT) });
    expect(empty.app.version).toBe('unknown');
    expect(unwrap(parseBackup(serialiseBackup(empty)))).toEqual(empty);
  });

  it('refuses an export time that is not a time: that is a programming error', () => {
    expect(() => createBackup({ ...journal, exportedAt: Number.NaN })).toThrow(/Invalid export time/);
  });
});
