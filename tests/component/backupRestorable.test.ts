/**
 * The app never writes a backup its own reader refuses: a journal holding a record the reader
 * would not restore (here an entry on "999-03-01", as an unpadded Day One import once stored)
 * makes the backup fail loudly, naming the entry, instead of writing a file that cannot come back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportFullBackup } from '../../renderer/db/backupIo';
import { toStoredEntry, type HumeurDb } from '../../renderer/db/schema';
import { UnrestorableBackupError } from '../../shared/export/backup';
import { backupErrorMessage, parseBackup } from '../../shared/import/humeurBackup';
import type { Entry } from '../../shared/domain/types';
import { dropTestDb, openTestDb } from './testDb';

let db: HumeurDb | undefined;
afterEach(async () => {
  if (db) await dropTestDb(db);
  db = undefined;
});

const entry = (id: string, day: string): Entry => ({
  id,
  day,
  time: '12:00',
  kind: 'review',
  mood: 3,
  energy: null,
  text: { fr: 'Une journée', en: '' },
  clients: [],
  signals: [],
  createdAt: 1,
  updatedAt: 1,
});

describe('backups are read back before they are written', () => {
  it('writes a sound journal, and refuses one its reader would not restore, naming the entry', async () => {
    db = await openTestDb('fr');
    await db.entries.add(toStoredEntry(entry('e-ok', '2023-05-02')));
    const text = await exportFullBackup(db, Date.UTC(2024, 0, 1));
    expect(parseBackup(text).ok).toBe(true);

    await db.entries.add(toStoredEntry(entry('e-999', '999-03-01')));
    const failure = await exportFullBackup(db, Date.UTC(2024, 0, 1)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UnrestorableBackupError);
    const error = (failure as UnrestorableBackupError).error;
    expect(error.entry).toMatchObject({ id: 'e-999' });
    expect(backupErrorMessage(error, 'en')).toMatch(/entries\[1\]\.day/);
    expect(backupErrorMessage(error, 'fr')).not.toBe('');
  });
});
