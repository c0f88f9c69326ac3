/**
 * A fresh fake-indexeddb journal per test, and the providers the app wraps every screen in.
 * Each database has a name of its own (e.g. "test-3f2c9a4e-…"), so tests never see each other's data.
 */
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import Dexie from 'dexie';
import type { Lang, Settings } from '../../shared/domain/types';
import { openHumeurDb, type HumeurDb } from '../../renderer/db/schema';
import { ensureDefaultSignals } from '../../renderer/db/signals';
import { updateSettings } from '../../renderer/db/settings';
import { DbProvider } from '../../renderer/app/DbContext';
import { SettingsProvider } from '../../renderer/app/settings';
import { ToastProvider } from '../../renderer/components/Toasts';

/** An empty database, opened: no signals, default settings. */
export async function freshTestDb(): Promise<HumeurDb> {
  const db = openHumeurDb('test-' + crypto.randomUUID());
  await db.open();
  return db;
}

export interface TestDbOptions {
  /** When the default signals were created (their `createdAt`); now by default. */
  now?: number;
  /** Settings besides the language, e.g. `{ theme: 'light' }`. */
  settings?: Partial<Settings>;
}

/** A database as the app first opens it: the default signals, and the UI language chosen. */
export async function openTestDb(lang: Lang = 'fr', options: TestDbOptions = {}): Promise<HumeurDb> {
  const db = await freshTestDb();
  await ensureDefaultSignals(db, options.now);
  // No late-evening question unless a test asks for it: tests run at any hour, midnight included.
  await updateSettings(db, { language: lang, lateReviewUntilHour: 0, ...options.settings });
  return db;
}

/** Closes the database and deletes it. */
export async function dropTestDb(db: HumeurDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** Renders `ui` inside the database, settings and toast providers, as the app does. */
export function renderWithApp(ui: ReactNode, db: HumeurDb) {
  return render(
    <DbProvider db={db}>
      <SettingsProvider>
        <ToastProvider>{ui}</ToastProvider>
      </SettingsProvider>
    </DbProvider>,
  );
}
