import { lazy, Suspense, useEffect } from 'react';
import type { Client } from '../shared/domain/types';
import type { MessageKey } from '../shared/i18n';
import type { MenuCommand } from '../shared/ipc/contract';
import { useSettings } from './app/settings';
import { useDb } from './app/DbContext';
import { hrefFor, navigate, parseHash, SCREENS, useRoute, type Screen } from './app/route';
import { platform } from './platform';
import { TodayScreen } from './features/today/TodayScreen';
import { JournalScreen } from './features/journal/JournalScreen';
import { ClientsScreen } from './features/clients/ClientsScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { BackupScheduler, BackupsSection } from './features/backups';
import { PrivacySection } from './features/privacy/PrivacySection';
import { SignalsSection } from './features/signals';
import { ReminderBridge } from './features/reminder';
import { hasJournalRead, useWelcomeGate, Welcome } from './features/welcome';
import { journalIsEmptyRead } from './features/emptyStates';
import { todayFirstReads } from './features/today/firstReads';
import { settingsRead } from './app/settings';
import type { LiveRead } from './app/firstReads';
import type { HumeurDb } from './db/schema';
import { todayKey } from '../shared/domain/dates';
import { RecoveryNotice } from './app/RecoveryNotice';
import { whenScreenSettled } from './app/screenSettled';
import { preloadable } from './app/preloadable';

// Charts and file formats are heavy: load them when first opened, so Today opens fast. Insights is
// also fetched, read and computed once the first screen is up and the browser is idle (below).
const insightsScreen = preloadable(() => import('./features/insights/InsightsScreen').then((m) => m.InsightsScreen));
const InsightsScreen = insightsScreen.Component;
const ExportScreen = lazy(() => import('./features/export/ExportScreen').then((m) => ({ default: m.ExportScreen })));
const ImportScreen = lazy(() => import('./features/import/ImportScreen').then((m) => ({ default: m.ImportScreen })));
const ClientEffectSummary = lazy(() =>
  import('./features/insights/ClientEffectSummary').then((m) => ({ default: m.ClientEffectSummary })),
);

/** A client's measured effect, shown in its detail view; the statistics load only when it is opened. */
function ClientSummarySlot({ clientId }: { clientId: string }) {
  const { t } = useSettings();
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <ClientEffectSummary clientId={clientId} />
    </Suspense>
  );
}

const renderClientSummary = (client: Client) => <ClientSummarySlot clientId={client.id} />;

const NAV_KEYS: Record<Screen, MessageKey> = {
  today: 'app.nav.today',
  journal: 'app.nav.journal',
  clients: 'app.nav.clients',
  insights: 'app.nav.insights',
  export: 'app.nav.export',
  import: 'app.nav.import',
  settings: 'app.nav.settings',
};

const MENU_ROUTES: Partial<Record<MenuCommand, Screen>> = {
  'go-today': 'today',
  'go-journal': 'journal',
  'go-clients': 'clients',
  'go-insights': 'insights',
  'go-export': 'export',
  'go-import': 'import',
  'go-settings': 'settings',
  'new-note': 'today',
};

function useShortcuts() {
  useEffect(() => {
    // Alt+1…7 jumps between sections in the browser and the desktop app alike.
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const index = Number(e.key) - 1;
      if (Number.isInteger(index) && index >= 0 && index < SCREENS.length) {
        e.preventDefault();
        navigate({ screen: SCREENS[index] });
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = platform().onMenuCommand((command) => {
      const screen = MENU_ROUTES[command];
      if (screen) navigate({ screen });
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
}

/**
 * What the screen the app opens on reads first, for readAhead: the settings, the first-run check
 * and, on Today (the usual first screen), the day.
 */
export function firstScreenReads(db: HumeurDb, hash: string): LiveRead<unknown>[] {
  const route = parseHash(hash);
  // Other screens start their own reads at once; holding their first render back cost them more.
  if (route.screen !== 'today' || route.param !== undefined) return [];
  return [settingsRead(db), hasJournalRead(db), journalIsEmptyRead(db), ...todayFirstReads(db, todayKey())];
}

/** Once the first screen is usable, when the browser is idle: the Insights code, its data and its first view. */
function usePrefetchInsights(weekStartsOn: 0 | 1) {
  const db = useDb();
  useEffect(() => {
    let cancelled = false;
    const run = () => {
      if (cancelled) return;
      void insightsScreen
        .preload()
        .then(() => import('./features/insights/prefetch'))
        .then((m) => (cancelled ? undefined : m.prefetchInsights(db, weekStartsOn)))
        .catch(() => {
          // A prefetch that fails costs nothing: the screen loads and reports on its own when opened.
        });
    };
    const idle = typeof requestIdleCallback === 'function';
    let handle: number | ReturnType<typeof setTimeout> | undefined;
    // Not before the first screen is usable: its own reads and drawing come first.
    const cancelWait = whenScreenSettled(
      () => document.querySelector('main'),
      () => (handle = idle ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 500)),
    );
    return () => {
      cancelled = true;
      cancelWait();
      if (handle === undefined) return;
      if (idle) cancelIdleCallback(handle as number);
      else clearTimeout(handle);
    };
  }, [db, weekStartsOn]);
}

export function App() {
  const { t, settings } = useSettings();
  const route = useRoute();
  const firstRun = useWelcomeGate();
  useShortcuts();
  usePrefetchInsights(settings.weekStartsOn);

  useEffect(() => {
    // Move focus to the new screen's heading so keyboard and screen-reader users know where they are.
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus({ preventScroll: true });
  }, [route.screen, firstRun]);

  if (firstRun === undefined) return <p className="loading">{t('app.loading')}</p>;
  if (firstRun) return <Welcome />;

  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <nav className="sidebar" aria-label={t('app.nav.label')}>
        <div className="brand" aria-hidden="true">
          <span className="brand-mark" />
          {t('app.name')}
        </div>
        <ul>
          {SCREENS.map((screen, i) => (
            <li key={screen}>
              <a
                href={hrefFor({ screen })}
                aria-current={route.screen === screen ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${i + 1}`}
              >
                {t(NAV_KEYS[screen])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content">
        <RecoveryNotice />
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          {route.screen === 'today' && <TodayScreen day={route.param} />}
          {route.screen === 'journal' && <JournalScreen entryId={route.param} />}
          {route.screen === 'clients' && <ClientsScreen clientId={route.param} renderSummary={renderClientSummary} />}
          {route.screen === 'insights' && <InsightsScreen />}
          {route.screen === 'export' && <ExportScreen />}
          {route.screen === 'import' && <ImportScreen />}
          {route.screen === 'settings' && <SettingsScreen
              extraSections={
                <>
                  <PrivacySection />
                  <SignalsSection />
                  <BackupsSection />
                </>
              }
            />}
        </Suspense>
      </main>
      <BackupScheduler />
      <ReminderBridge />
    </div>
  );
}
