import { useEffect, useState } from 'react';
import type { DayKey } from '../../../shared/domain/types';
import { addDays } from '../../../shared/domain/dates';
import { signalUsage, type SignalUsage } from '../../../shared/domain/signalUsage';
import { useDb } from '../../app/DbContext';

/** Recent habits matter more than old ones: the year before the day edited. */
const USAGE_DAYS = 365;

/**
 * How often each signal was used, per client and overall, over the year before `day`.
 * Read once when the editor opens (not live), so chips never jump under the pointer while the
 * user ticks them; undefined while loading.
 */
export function useSignalUsage(day: DayKey): SignalUsage | undefined {
  const db = useDb();
  const [usage, setUsage] = useState<SignalUsage>();
  useEffect(() => {
    let live = true;
    void db.days
      .where('day')
      .between(addDays(day, -USAGE_DAYS), day, true, true)
      .toArray()
      .then((days) => {
        if (live) setUsage(signalUsage(days));
      });
    return () => {
      live = false;
    };
  }, [db, day]);
  return usage;
}
