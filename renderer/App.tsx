import { lazy, Suspense, useEffect } from 'react';
import type { Client } from '../shared/domain/types';
import type { MessageKey } from '../shared/i18n';
import type { MenuCommand } from '../shared/ipc/contract';
import { useSettings } from './app/settings';
import { hrefFor, navigate, SCREENS, useRoute, type Screen } from './app/route';
import { platform } from './platform';
import { TodayScreen } from './features/today/TodayScreen';
import { JournalScreen } from './features/journal/JournalScreen';
import { ClientsScreen } from './features/clients/ClientsScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { BackupScheduler, BackupsSection } from './features/backups';
import { PrivacySection } from './features/privacy/PrivacySection';
import { RecoveryNotice } from './app/RecoveryNotice';

// Charts and file formats are heavy: load them when first opened, so Today opens fast.
const InsightsScreen = lazy(() => import('./features/insights/InsightsScreen').then((m) => ({ default: m.InsightsScreen })));
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

export function App() {
  const { t } = useSettings();
  const route = useRoute();
  useShortcuts();

  useEffect(() => {
    // Move focus to the new screen's heading so keyboard and screen-reader users know where they are.
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus({ preventScroll: true });
  }, [route.screen]);

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
                  <BackupsSection />
                </>
              }
            />}
        </Suspense>
      </main>
      <BackupScheduler />
    </div>
  );
}
