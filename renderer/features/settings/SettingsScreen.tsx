import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Lang, ThemeSetting } from '../../../shared/domain/types';
import { languageFromLocale } from '../../../shared/i18n';
import { useDb } from '../../app/DbContext';
import { useSettings } from '../../app/settings';
import type { StorageStatus } from '../../app/storage';
import { readMeta } from '../../db/settings';
import { ReminderSection } from '../reminder';
import { WritingSection } from './WritingSection';
import './settings.css';

/** Extra sections (e.g. backups) are passed in by their own features, so this screen stays small. */
export function SettingsScreen({ extraSections }: { extraSections?: ReactNode }) {
  const { settings, t, update } = useSettings();
  const system = languageFromLocale(navigator.language);
  const langName = (l: Lang) => t(l === 'fr' ? 'app.lang.fr' : 'app.lang.en');

  return (
    <section className="settings stack">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>

      <div className="card stack">
        <fieldset className="choice-group">
          <legend>{t('settings.language.legend')}</legend>
          {([null, 'fr', 'en'] as const).map((value) => (
            <label key={value ?? 'system'} className="choice">
              <input
                type="radio"
                name="language"
                checked={settings.language === value}
                onChange={() => void update({ language: value })}
              />
              <span lang={value ?? undefined}>{value ? langName(value) : t('settings.language.system', { name: langName(system) })}</span>
            </label>
          ))}
        </fieldset>

        <fieldset className="choice-group">
          <legend>{t('settings.theme.legend')}</legend>
          {(['light', 'dark', 'system'] as ThemeSetting[]).map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="theme" checked={settings.theme === value} onChange={() => void update({ theme: value })} />
              <span>{t(`settings.theme.${value}`)}</span>
            </label>
          ))}
        </fieldset>

        <div className="field">
          <label htmlFor="week-start">{t('settings.week.label')}</label>
          <select
            id="week-start"
            value={settings.weekStartsOn}
            onChange={(e) => void update({ weekStartsOn: Number(e.target.value) === 0 ? 0 : 1 })}
          >
            <option value={1}>{t('settings.week.monday')}</option>
            <option value={0}>{t('settings.week.sunday')}</option>
          </select>
        </div>

        <WritingSection />

        <label className="choice">
          <input type="checkbox" checked={settings.showPrompts} onChange={(e) => void update({ showPrompts: e.target.checked })} />
          <span>{t('settings.prompts.label')}</span>
        </label>
      </div>

      <ReminderSection />

      {extraSections}

      <StorageSection />
    </section>
  );
}

function StorageSection() {
  const db = useDb();
  const { t } = useSettings();
  const status = useLiveQuery(() => readMeta<StorageStatus>(db, 'storageStatus'), [db]);
  const counts = useLiveQuery(
    async () => ({ entries: await db.entries.count(), clients: await db.clients.count(), days: await db.days.count() }),
    [db],
  );
  const statusText =
    status === 'persistent'
      ? t('settings.storage.persistent')
      : status === 'best-effort'
        ? t('settings.storage.bestEffort')
        : status === 'unsupported'
          ? t('settings.storage.unsupported')
          : t('settings.storage.checking');
  return (
    <section className="card stack" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('settings.storage.heading')}</h2>
      <p>{t('settings.storage.body')}</p>
      <p className={status === 'persistent' ? 'storage-ok' : 'storage-warn'} role="status">
        {statusText}
      </p>
      {counts && <p className="muted">{t('settings.storage.counts', counts)}</p>}
    </section>
  );
}
