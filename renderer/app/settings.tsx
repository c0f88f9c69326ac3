import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Lang, Settings } from '../../shared/domain/types';
import { languageFromLocale, translator, type Translate } from '../../shared/i18n';
import { readSettings, updateSettings } from '../db/settings';
import type { HumeurDb } from '../db/schema';
import { vaultOf } from '../db/vault/state';
import { useDb } from './DbContext';
import { useLiveRead, type LiveRead } from './firstReads';
import { platform } from '../platform';

interface SettingsValue {
  settings: Settings;
  lang: Lang;
  t: Translate;
  /** The theme actually shown ("system" resolved). */
  theme: 'light' | 'dark';
  update(patch: Partial<Settings>): Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);
/**
 * The translator and language alone, in a context of their own: a component that only translates
 * is not redrawn when another setting changes (a remembered Insights score, a reminder time).
 */
const LangContext = createContext<{ t: Translate; lang: Lang } | null>(null);

function systemLang(): Lang {
  return languageFromLocale(typeof navigator !== 'undefined' ? navigator.language : undefined);
}

function useSystemDark(): boolean {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}

/** The stored settings, the defaults filled in. */
export const settingsRead = (db: HumeurDb): LiveRead<Settings> => ({ key: 'settings', read: () => readSettings(db) });

/** Loads the settings once (rendering nothing until then), then follows every change live. */
export function SettingsProvider({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const db = useDb();
  // Read again when the vault opens or closes: the sealed checklist comes from its cache.
  const vault = vaultOf(db);
  const vaultStatus = useSyncExternalStore((listener) => vault.subscribe(listener), () => vault.status);
  const stored = useLiveRead(db, settingsRead(db), [db, vaultStatus]);
  const systemDark = useSystemDark();
  // A choice shows at once (a radio must not flick back while the database write is under way);
  // it is dropped once the stored settings say the same.
  const [pending, setPending] = useState<Partial<Settings>>({});
  const update = useCallback(async (patch: Partial<Settings>) => {
    setPending((p) => ({ ...p, ...patch }));
    await updateSettings(db, patch);
  }, [db]);
  useEffect(() => {
    if (!stored) return;
    setPending((p) => {
      const left = Object.fromEntries(Object.entries(p).filter(([k, v]) => stored[k as keyof Settings] !== v));
      return Object.keys(left).length === Object.keys(p).length ? p : left;
    });
  }, [stored]);
  const settings = useMemo(() => (stored ? { ...stored, ...pending } : undefined), [stored, pending]);
  const value = useMemo<SettingsValue | null>(() => {
    if (!settings) return null;
    const lang = settings.language ?? systemLang();
    const theme = settings.theme === 'system' ? (systemDark ? 'dark' : 'light') : settings.theme;
    return { settings, lang, t: translator(lang), theme, update };
  }, [settings, systemDark, update]);

  // The page language and the desktop menu follow the UI language only when it changes, not on every setting.
  const lang = value?.lang;
  const theme = value?.theme;
  useEffect(() => {
    if (!lang) return;
    document.documentElement.lang = lang;
    document.title = translator(lang)('app.name');
    void platform().setLanguage(lang);
  }, [lang]);
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
  }, [theme]);

  const t = value?.t;
  const words = useMemo(() => (t && lang ? { t, lang } : null), [t, lang]);

  if (!value) return <>{fallback ?? null}</>;
  return (
    <SettingsContext.Provider value={value}>
      <LangContext.Provider value={words}>{children}</LangContext.Provider>
    </SettingsContext.Provider>
  );
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}

/** The translator and UI language, the two things nearly every component needs. */
export function useT(): { t: Translate; lang: Lang } {
  const value = useContext(LangContext);
  if (!value) throw new Error('useT outside SettingsProvider');
  return value;
}
