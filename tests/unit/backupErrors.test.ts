import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, serialiseBackup } from '../../shared/export/backup';
import { backupErrorMessage, parseBackup, upgradeBackup, validateBackup, type BackupError, type BackupUpgradeStep } from '../../shared/import/humeurBackup';
import { journal } from '../fixtures/backup/journal';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'backup', name), 'utf8');
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const REMOVE = Symbol('remove');

/** The valid version 1 fixture with one value changed (or removed), e.g. (["entries", 0, "mood"], 7). */
function damaged(path: Array<string | number>, value: Json | typeof REMOVE): string {
  const backup = JSON.parse(fixture('humeur-backup-v1.json')) as Json;
  let target = backup as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (value === REMOVE) delete target[last];
  else target[last] = value;
  return JSON.stringify(backup);
}

function errorOf(result: ReturnType<typeof parseBackup>): BackupError {
  if (result.ok) throw new Error('Expected the backup to be refused');
  return result.error;
}

describe('broken backups are refused, each with its own code', () => {
  it('a file cut in the middle is not JSON', () => {
    const error = errorOf(parseBackup(fixture('broken-not-json.json')));
    expect(error.code).toBe('not-json');
    expect(error.detail).toMatch(/JSON/);
  });

  it('another app’s export is not a Humeur backup', () => {
    const error = errorOf(parseBackup(fixture('broken-wrong-format.json')));
    expect(error).toMatchObject({ code: 'not-a-backup', path: 'format' });
    expect(errorOf(parseBackup('[1, 2]')).code).toBe('not-a-backup');
    expect(errorOf(parseBackup('null')).code).toBe('not-a-backup');
  });

  it('a backup from a newer format version is refused, naming the version', () => {
    const error = errorOf(parseBackup(fixture('broken-future-version.json')));
    expect(error).toMatchObject({ code: 'version-too-new', version: 2 });
    expect(backupErrorMessage(error, 'fr')).toBe(
      'Cette sauvegarde vient d’une version plus récente d’Humeur (format 2). Mettez Humeur à jour pour la restaurer.',
    );
  });

  it('an entry naming a client missing from the file is refused, naming the entry', () => {
    const error = errorOf(parseBackup(fixture('broken-missing-client.json')));
    expect(error).toMatchObject({
      code: 'missing-client',
      path: 'entries[1].clients[0].clientId',
      entry: { index: 1, id: 'e-2', day: '2024-10-02', time: '08:05' },
    });
    expect(error.detail).toContain('"c-gone"');
    expect(backupErrorMessage(error, 'fr')).toBe('L’entrée du 2 oct. 2024 à 08:05 renvoie à un client absent de la sauvegarde.');
    expect(backupErrorMessage(error, 'en')).toBe('The entry of Oct 2, 2024 at 08:05 refers to a client that is not in the backup.');
  });

  it('a mood of 7 is refused, naming the field and the entry', () => {
    const error = errorOf(parseBackup(fixture('broken-mood-7.json')));
    expect(error).toMatchObject({ code: 'invalid-field', path: 'entries[0].mood', entry: { index: 0, id: 'e-1', day: '2024-10-01' } });
    expect(backupErrorMessage(error, 'en')).toBe(
      'This backup is damaged: the entry of Oct 1, 2024 at 21:35 has an invalid value (entries[0].mood).',
    );
  });

  it('an entry naming a missing signal, day-level or client-level, is refused', () => {
    const dayLevel = damaged(['entries', 0, 'signals'], ['s-gone']);
    expect(errorOf(parseBackup(dayLevel))).toMatchObject({ code: 'missing-signal', path: 'entries[0].signals[0]' });
    const clientLevel = damaged(['entries', 1, 'clients', 0, 'signals'], ['s-own', 's-gone']);
    expect(errorOf(parseBackup(clientLevel))).toMatchObject({
      code: 'missing-signal',
      path: 'entries[1].clients[0].signals[1]',
      entry: { id: 'e-2' },
    });
  });

  it('two records sharing an id are refused', () => {
    const doubled = damaged(['clients', 1, 'id'], 'c-acme');
    expect(errorOf(parseBackup(doubled))).toMatchObject({ code: 'duplicate-id', path: 'clients[1].id' });
    expect(errorOf(parseBackup(damaged(['entries', 1, 'id'], 'e-1')))).toMatchObject({ code: 'duplicate-id', path: 'entries[1].id' });
  });

  it('checks every field: types, ranges, day keys, times, colours, currencies, settings', () => {
    const cases: Array<[string, Array<string | number>, Json | typeof REMOVE]> = [
      ['entries[0].day', ['entries', 0, 'day'], '2024-02-30'],
      ['entries[0].time', ['entries', 0, 'time'], '25:00'],
      ['entries[0].energy', ['entries', 0, 'energy'], 2.5],
      ['entries[0].clients[0].felt', ['entries', 0, 'clients', 0, 'felt'], 3],
      ['entries[0].clients[0].hours', ['entries', 0, 'clients', 0, 'hours'], -1],
      ['entries[0].kind', ['entries', 0, 'kind'], 'diary'],
      ['entries[1].text.en', ['entries', 1, 'text', 'en'], REMOVE],
      ['entries[0].source.app', ['entries', 0, 'source', 'app'], 'notion'],
      ['clients[0].color', ['clients', 0, 'color'], 'blue'],
      ['clients[0].currency', ['clients', 0, 'currency'], 'euro'],
      ['clients[1].idealCriteria[0]', ['clients', 1, 'idealCriteria'], ['x']],
      ['signals[0].builtin', ['signals', 0, 'builtin'], 'yes'],
      ['settings.weekStartsOn', ['settings', 'weekStartsOn'], 2],
      ['settings.reminderTime', ['settings', 'reminderTime'], '9h'],
      ['exportedAt', ['exportedAt'], 'yesterday'],
      ['entries', ['entries'], REMOVE],
    ];
    for (const [path, where, value] of cases) {
      const error = errorOf(parseBackup(damaged(where, value)));
      expect(error.code, path).toBe('invalid-field');
      expect(error.path, path).toBe(path);
    }
  });

  it('a version that is not a whole number from 1 is refused as invalid', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      expect(errorOf(parseBackup(damaged(['version'], version))).code, String(version)).toBe('invalid-version');
    }
  });

  it('gives every refusal a sentence in both languages', () => {
    const codes = ['broken-not-json.json', 'broken-wrong-format.json', 'broken-future-version.json', 'broken-missing-client.json', 'broken-mood-7.json'];
    for (const name of codes) {
      const error = errorOf(parseBackup(fixture(name)));
      for (const lang of ['fr', 'en'] as const) {
        const message = backupErrorMessage(error, lang);
        expect(message, `${name} ${lang}`).not.toMatch(/\{\w+\}|undefined/);
        expect(message.length).toBeGreaterThan(20);
      }
    }
  });
});

describe('upgrading older backups', () => {
  it('leaves a current-version backup as it is', () => {
    const b = JSON.parse(fixture('humeur-backup-v1.json')) as { version: number };
    expect(upgradeBackup(b)).toEqual({ ok: true, value: b });
  });

  it('runs each step in turn up to the target version', () => {
    // A pretend history: version 1 had "moodScore"; version 2 renamed it "mood"; version 3 added "tags".
    type Old = { version: number; entries: Array<Record<string, unknown>> };
    const steps: Record<number, BackupUpgradeStep> = {
      1: (b) => ({ ...b, version: 2, entries: (b as Old).entries.map(({ moodScore, ...e }) => ({ ...e, mood: moodScore })) }),
      2: (b) => ({ ...b, version: 3, entries: (b as Old).entries.map((e) => ({ ...e, tags: [] })) }),
    };
    const result = upgradeBackup({ version: 1, entries: [{ id: 'e', moodScore: 4 }] }, steps, 3);
    expect(result).toEqual({ ok: true, value: { version: 3, entries: [{ id: 'e', mood: 4, tags: [] }] } });
  });

  it('refuses a version with no path to the current one', () => {
    const result = upgradeBackup({ version: 1 }, {}, 2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'invalid-version', version: 1 });
  });
});

describe('validateBackup', () => {
  it('accepts a freshly created backup object', () => {
    const backup = createBackup({ ...journal, exportedAt: 0 });
    expect(validateBackup(JSON.parse(serialiseBackup(backup)))).toEqual({ ok: true, value: backup });
  });
});
