import { useId, useState } from 'react';
import { DEFAULT_REMINDER_TIME } from '../../../shared/domain/types';
import { weekdayName } from '../../../shared/domain/dates';
import { useSettings } from '../../app/settings';
import { platform } from '../../platform';
import { useDesktopCapabilities } from './capabilities';
import { askWebNotificationPermission, webNotificationPermission, type WebNotificationPermission } from './webReminder';

const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/**
 * Settings › Evening reminder: on/off, time, weekdays; on the desktop, the tray and the login item.
 * `inWelcome`: inside the first-run welcome, whose step already has the title.
 */
export function ReminderSection({ inWelcome = false }: { inWelcome?: boolean }) {
  const { settings, t, lang, update } = useSettings();
  const id = useId();
  const desktop = platform().platform === 'desktop';
  const capabilities = useDesktopCapabilities();
  const [permission, setPermission] = useState<WebNotificationPermission>(() => (desktop ? 'granted' : webNotificationPermission()));
  const [lastTime, setLastTime] = useState(settings.reminderTime ?? DEFAULT_REMINDER_TIME);
  const on = settings.reminderTime !== null;
  const weekdays = settings.weekStartsOn === 1 ? [1, 2, 3, 4, 5, 6, 0] : [0, 1, 2, 3, 4, 5, 6];

  const toggle = async (checked: boolean) => {
    await update({ reminderTime: checked ? lastTime : null });
    if (checked && !desktop) setPermission(await askWebNotificationPermission());
  };
  const setTime = (value: string) => {
    if (!isTime(value)) return;
    setLastTime(value);
    void update({ reminderTime: value });
  };
  const toggleDay = (day: number, checked: boolean) => {
    const days = checked ? [...new Set([...settings.reminderDays, day])].sort() : settings.reminderDays.filter((d) => d !== day);
    void update({ reminderDays: days });
  };

  return (
    <section className={inWelcome ? 'stack reminder-settings' : 'card stack reminder-settings'} aria-labelledby={inWelcome ? undefined : `${id}-heading`}>
      {!inWelcome && <h2 id={`${id}-heading`}>{t('reminder.heading')}</h2>}
      <div className="setting-with-hint">
        <label className="choice">
          <input type="checkbox" checked={on} aria-describedby={`${id}-enabled-hint`} onChange={(e) => void toggle(e.target.checked)} />
          <span>{t('reminder.enabled.label')}</span>
        </label>
        <p id={`${id}-enabled-hint`} className="field-hint">{t('reminder.enabled.hint')}</p>
      </div>

      {on && (
        <div className="reminder-when">
          <div className="field">
            <label htmlFor={`${id}-time`}>{t('reminder.time.label')}</label>
            <input id={`${id}-time`} type="time" className="reminder-time" value={settings.reminderTime ?? lastTime} required onChange={(e) => setTime(e.target.value)} />
          </div>
          <fieldset className="choice-group reminder-days">
            <legend>{t('reminder.days.legend')}</legend>
            {weekdays.map((day) => (
              <label key={day} className="choice">
                <input type="checkbox" checked={settings.reminderDays.includes(day)} onChange={(e) => toggleDay(day, e.target.checked)} />
                <span>{weekdayName(day, lang)}</span>
              </label>
            ))}
          </fieldset>
          {settings.reminderDays.length === 0 && <p className="storage-warn" role="status">{t('reminder.days.none')}</p>}
        </div>
      )}

      {!desktop && (
        <>
          <p className="field-hint">{t('reminder.web.limit')}</p>
          {on && permission === 'denied' && <p className="storage-warn" role="status">{t('reminder.web.blocked')}</p>}
          {permission === 'unsupported' && <p className="storage-warn">{t('reminder.web.unsupported')}</p>}
        </>
      )}

      {desktop && (
        <>
          <div className="setting-with-hint">
            <label className="choice">
              <input
                type="checkbox"
                checked={settings.keepInBackground}
                aria-describedby={`${id}-background-hint`}
                onChange={(e) => void update({ keepInBackground: e.target.checked })}
              />
              <span>{t('reminder.background.label')}</span>
            </label>
            <p id={`${id}-background-hint`} className="field-hint">{t('reminder.background.hint')}</p>
          </div>
          <div className="setting-with-hint">
            <label className="choice">
              <input
                type="checkbox"
                checked={settings.openAtLogin}
                aria-describedby={`${id}-login-hint`}
                disabled={capabilities?.loginItem === false}
                onChange={(e) => void update({ openAtLogin: e.target.checked })}
              />
              <span>{t('reminder.login.label')}</span>
            </label>
            <p id={`${id}-login-hint`} className="field-hint">
              {capabilities?.loginItem === false ? t('reminder.login.unsupported') : t('reminder.login.hint')}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
