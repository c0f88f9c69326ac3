import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DayKey } from '../../../shared/domain/types';
import { addDays, toDayKey } from '../../../shared/domain/dates';
import { reminderPlanOf } from '../../../shared/reminder/schedule';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import { navigate } from '../../app/route';
import type { HumeurDb } from '../../db/schema';
import { platform } from '../../platform';
import { setDesktopCapabilities } from './capabilities';
import { startWebReminder, type WebReminder } from './webReminder';
import { useNow } from './useNow';

/** The latest of yesterday and today that has an end-of-day review, e.g. "2025-03-14"; null when neither has. */
export async function latestReviewDay(db: HumeurDb, today: DayKey): Promise<DayKey | null> {
  const recent = await db.entries.where('day').between(addDays(today, -1), today, true, true).toArray();
  const days = recent.filter((e) => e.kind === 'review').map((e) => e.day).sort();
  return days.at(-1) ?? null;
}

/**
 * Keeps the reminder told of what it needs, rendering nothing: on the desktop, the settings and the
 * latest reviewed day go to the main process; in the browser, the reminder runs here while the tab is open.
 */
export function ReminderBridge() {
  const db = useDb();
  const { settings, lang, t } = useSettings();
  const today = toDayKey(useNow());
  const reviewedDay = useLiveQuery(() => latestReviewDay(db, today), [db, today]);
  const api = platform();
  const { reminderTime, reminderDays, keepInBackground, openAtLogin } = settings;
  const daysKey = reminderDays.join(',');

  useEffect(() => {
    if (api.platform !== 'desktop') return;
    const days = daysKey === '' ? [] : daysKey.split(',').map(Number);
    void api.setDesktopPreferences({ reminderTime, reminderDays: days, keepInBackground, openAtLogin, lang }).then((answer) => {
      setDesktopCapabilities(answer.ok ? answer.value : null);
    });
  }, [api, reminderTime, daysKey, keepInBackground, openAtLogin, lang]);

  useEffect(() => {
    if (api.platform === 'desktop' && reviewedDay !== undefined) void api.setReviewedDay(reviewedDay);
  }, [api, reviewedDay]);

  const web = useRef<WebReminder | null>(null);
  const plan = reminderPlanOf({ reminderTime, reminderDays });
  const webOptions = { plan, reviewedDay: reviewedDay ?? null, t };
  const latest = useRef(webOptions);
  latest.current = webOptions;
  useEffect(() => {
    if (api.platform === 'desktop' || reminderTime === null) return;
    web.current = startWebReminder({ ...latest.current, onOpen: () => navigate({ screen: 'today' }) });
    return () => {
      web.current?.stop();
      web.current = null;
    };
  }, [api, reminderTime]);
  useEffect(() => {
    web.current?.update(latest.current);
  });
  return null;
}
