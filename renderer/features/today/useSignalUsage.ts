import { useEffect, useRef, useState } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import { addDays } from '../../../shared/domain/dates';
import { signalUsage, type SignalUsage } from '../../../shared/domain/signalUsage';
import { useDb } from '../../app/DbContext';
import { primedValue, type LiveRead } from '../../app/firstReads';
import type { HumeurDb } from '../../db/schema';

/** Recent habits matter more than old ones: the year before the day edited. */
const USAGE_DAYS = 365;

/** How often each signal was used over the year before `day`. */
export const signalUsageRead = (db: HumeurDb, day: DayKey): LiveRead<SignalUsage> => ({
  key: `signal-usage:${day}`,
  read: async () => signalUsage(await db.days.where('day').between(addDays(day, -USAGE_DAYS), day, true, true).toArray()),
});

/**
 * How often each signal was used, per client and overall, over the year before `day`.
 * Read once when the editor opens (not live), so chips never jump under the pointer while the
 * user ticks them; undefined while loading.
 */
export function useSignalUsage(day: DayKey): SignalUsage | undefined {
  const db = useDb();
  const [usage, setUsage] = useState<SignalUsage | undefined>(() => primedValue(db, signalUsageRead(db, day).key));
  // Read at the first day only when nothing was primed for it.
  const primedDay = useRef(usage ? day : null);
  useEffect(() => {
    if (primedDay.current === day) return;
    primedDay.current = null;
    let live = true;
    void signalUsageRead(db, day)
      .read()
      .then((found) => {
        if (live) setUsage(found);
      });
    return () => {
      live = false;
    };
  }, [db, day]);
  return usage;
}
