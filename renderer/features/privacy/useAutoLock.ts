import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { HumeurDb } from '../../db/schema';
import { lock, readPrivacy } from '../../db/vault/protection';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../../db/vault/autoLock';
import { platform } from '../../platform';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Locks an unlocked journal after N minutes without a key press or a click, when the desktop
 * shell reports that the computer locks or sleeps, and on "Lock now" from the menu.
 */
export function useAutoLock(db: HumeurDb, unlocked: boolean): void {
  const privacy = useLiveQuery(() => readPrivacy(db), [db]);
  const minutes = privacy ? (privacy.autoLockMinutes === undefined ? DEFAULT_AUTO_LOCK_MINUTES : privacy.autoLockMinutes) : null;

  useEffect(() => {
    if (!unlocked || minutes === null || minutes === 0) return;
    let timer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void lock(db), minutes * 60_000);
    };
    restart();
    for (const type of ACTIVITY) window.addEventListener(type, restart, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, restart, { capture: true });
    };
  }, [db, unlocked, minutes]);

  useEffect(() => {
    if (!unlocked) return;
    const offLock = platform().onLockRequest(() => void lock(db));
    const offMenu = platform().onMenuCommand((command) => {
      if (command === 'lock-now') void lock(db);
    });
    return () => {
      offLock();
      offMenu();
    };
  }, [db, unlocked]);
}
