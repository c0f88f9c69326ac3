/**
 * What the backup tests share: the backup fixture, a French journal of their own, and a fake
 * desktop bridge that records the backups it is asked to write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { createClient } from '../../renderer/db/clients';
import { blankEntry, saveEntry } from '../../renderer/db/entries';
import type { HumeurDb } from '../../renderer/db/schema';
import type { Entry } from '../../shared/domain/types';
import { parseBackup } from '../../shared/import/humeurBackup';
import type { BackupInfo, BackupWriteRequest, DesktopApi } from '../../shared/ipc/contract';
import { openTestDb } from './testDb';

export const BACKUP_FILE = 'humeur-backup-v1.json';
export const backupText = readFileSync(join(process.cwd(), 'tests/fixtures/backup', BACKUP_FILE), 'utf8');
export const parsedFixture = () => {
  const parsed = parseBackup(backupText);
  if (!parsed.ok) throw new Error(parsed.error.detail);
  return parsed.value;
};
export const NOW = new Date(2025, 2, 14, 20, 30).getTime();

/** A French journal in the light theme, its default signals created at NOW. */
export const openBackupTestDb = () => openTestDb('fr', { now: NOW, settings: { theme: 'light' } });

/** A journal of its own: client "Studio Lumen" and two entries (one on 2025-03-10, one on 2025-03-12). */
export async function ownJournal(db: HumeurDb): Promise<Entry[]> {
  const lumen = await createClient(db, { name: 'Studio Lumen' }, NOW);
  if (!lumen.ok) throw new Error(lumen.error);
  const saved: Entry[] = [];
  for (const [day, text] of [['2025-03-10', 'Réunion tendue avec Lumen'], ['2025-03-12', 'Bonne journée, été indien']] as const) {
    const entry: Entry = { ...blankEntry(day, '21:00', 'review', NOW), mood: 3, text: { fr: text, en: '' }, clients: [{ clientId: lumen.value.id, felt: -1, signals: [] }] };
    const result = await saveEntry(db, entry, { now: NOW, today: '2025-03-14' });
    if (!result.ok) throw new Error(result.error);
    saved.push(result.value);
  }
  return saved;
}

export interface FakeDesktop extends DesktopApi {
  written: BackupWriteRequest[];
}

export function fakeDesktop(overrides: Partial<DesktopApi> = {}, platform: 'desktop' | 'web' = 'desktop'): FakeDesktop {
  const written: BackupWriteRequest[] = [];
  return {
    platform,
    written,
    saveFile: vi.fn(),
    printToPdf: vi.fn(),
    writeBackup: vi.fn(async (request: BackupWriteRequest) => {
      written.push(request);
      const info: BackupInfo = { name: `humeur-backup-${request.day}-manual.json`, kind: request.kind, day: request.day, size: request.json.length, modifiedAt: NOW };
      return { ok: true as const, value: info };
    }),
    listBackups: vi.fn(async () => []),
    setDesktopPreferences: vi.fn(async () => ({ ok: true as const, value: { loginItem: true } })),
    setReviewedDay: vi.fn(async () => {}),
    readBackup: vi.fn(async () => ({ ok: true as const, value: backupText })),
    openBackupFolder: vi.fn(async () => ({ ok: true as const, value: { path: '/home/me/.config/Humeur/backups' } })),
    setLanguage: vi.fn(async () => {}),
    onMenuCommand: () => () => {},
    onLockRequest: () => () => {},
    ...overrides,
  };
}

export const findRegion = (name: string) => screen.findByRole('region', { name }, { timeout: 10_000 });
export const entryIds = async (db: HumeurDb) => (await db.entries.toArray()).map((e) => e.id).sort();

export async function chooseBackupFile(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(await screen.findByLabelText('Choisir un fichier'), new File([backupText], BACKUP_FILE, { type: 'application/json' }));
  return findRegion('Sauvegarde Humeur du samedi 2 novembre 2024');
}
