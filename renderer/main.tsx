// First: the journal starts opening while the rest of the app's code is evaluated.
import { journal, journalOpened } from './app/journalOpening';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFromLocale, translate } from '../shared/i18n';
import { App, firstScreenReads } from './App';
import { DbProvider } from './app/DbContext';
import { SettingsProvider, useSettings } from './app/settings';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ToastProvider } from './components/Toasts';
import { readAhead } from './app/firstReads';
import { ensureDefaultSignals } from './db/signals';
import { loadVault } from './db/vault/protection';
import { VaultGate } from './features/privacy/VaultGate';
import { startStorageCheck } from './app/storage';
import { keepQuickDraftsInMemory, restoreDurableDrafts } from './features/today/drafts';
import './styles/base.css';
import './styles/components.css';

function Shell() {
  const { lang } = useSettings();
  return (
    <ErrorBoundary lang={lang}>
      <ToastProvider>
        <VaultGate>
          <App />
        </VaultGate>
      </ToastProvider>
    </ErrorBoundary>
  );
}

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const systemLang = languageFromLocale(navigator.language);
  const db = journal;
  try {
    await journalOpened;
    // The default signals first: the reads ahead, queued after them, see them.
    const signalsReady = ensureDefaultSignals(db);
    signalsReady.catch(() => undefined); // awaited below, where a failure is reported
    // The first screen's reads, beside the private journal's check; kept only if the journal is open.
    const reading = readAhead(db, firstScreenReads(db, location.hash));
    // A protected journal opens on its lock screen.
    const vault = await loadVault(db);
    const placeDrafts = () => keepQuickDraftsInMemory(vault.status !== 'off', { forget: vault.status === 'locked' });
    placeDrafts();
    vault.subscribe(placeDrafts);
    // Sealed drafts open only with the key: put them back once it is there, before the app shows.
    vault.beforeShow.push(() => restoreDurableDrafts(db));
    // Before any editor opens: what a killed browser kept only in IndexedDB becomes the draft again.
    await restoreDurableDrafts(db).catch((error: unknown) => console.warn('[humeur] drafts could not be restored', error));
    const [ahead] = await Promise.all([reading, signalsReady]);
    if (vault.status === 'off') ahead.keep();
    else ahead.drop();
  } catch (error) {
    // The journal could not be opened (disk full, blocked by another window…): say so, keep the data.
    root.render(
      <main className="fatal" role="alert">
        <h1>{translate(systemLang, 'app.error.title')}</h1>
        <p>{translate(systemLang, 'app.error.dbOpen')}</p>
        <pre>{String(error)}</pre>
      </main>,
    );
    return;
  }
  startStorageCheck(db);
  root.render(
    <StrictMode>
      <ErrorBoundary lang={systemLang}>
        <DbProvider db={db}>
          <SettingsProvider fallback={<p className="loading">{translate(systemLang, 'app.loading')}</p>}>
            <Shell />
          </SettingsProvider>
        </DbProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
