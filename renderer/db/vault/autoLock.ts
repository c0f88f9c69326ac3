import type { HumeurDb } from '../schema';
import { PRIVACY_META_KEY, readPrivacy } from './protection';

/** Minutes without use before a protected journal locks itself; 0 = only when the computer locks. */
export const DEFAULT_AUTO_LOCK_MINUTES = 15;
export const AUTO_LOCK_CHOICES = [1, 5, 15, 30, 60, 0] as const;

/** Kept with the key ring, not in Settings: it exists only while protection is on and is not restored from a backup. */
export async function setAutoLockMinutes(db: HumeurDb, minutes: number): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const privacy = await readPrivacy(db);
    if (privacy) await db.meta.put({ key: PRIVACY_META_KEY, value: { ...privacy, autoLockMinutes: minutes } });
  });
}
