import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/types';
import type { HumeurDb } from './schema';

export async function readSettings(db: HumeurDb): Promise<Settings> {
  const stored = await db.settings.get('app');
  if (!stored) return { ...DEFAULT_SETTINGS };
  const { key: _k, ...settings } = stored;
  return { ...DEFAULT_SETTINGS, ...settings };
}

export async function updateSettings(db: HumeurDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await readSettings(db)), ...patch };
    await db.settings.put({ key: 'app', ...next });
    return next;
  });
}

export async function readMeta<T>(db: HumeurDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function writeMeta(db: HumeurDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
