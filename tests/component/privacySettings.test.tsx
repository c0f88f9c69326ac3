/**
 * The settings the app shows follow the vault: the sealed ideal-client checklist reads as the
 * defaults while the journal is locked, and as the user's own list as soon as it is unlocked,
 * without any write to the settings in between.
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { useSettings } from '../../renderer/app/settings';
import type { HumeurDb } from '../../renderer/db/schema';
import { updateSettings } from '../../renderer/db/settings';
import { enableProtection, loadVault, lock, prepareProtection, unlock } from '../../renderer/db/vault/protection';
import { dropTestDb, openTestDb, renderWithApp } from './testDb';

let db: HumeurDb;
beforeEach(async () => {
  db = await openTestDb('en');
});
afterEach(() => dropTestDb(db));

function Checklist() {
  const { settings } = useSettings();
  return <p data-testid="checklist">{settings.idealCriteria === null ? 'defaults' : settings.idealCriteria.map((c) => c.label).join(', ')}</p>;
}

it('shows the sealed checklist once unlocked, the defaults while locked', async () => {
  await updateSettings(db, { idealCriteria: [{ id: 'k-1', label: 'Pays on time' }] });
  const prepared = await prepareProtection('a long enough passphrase', { memoryKiB: 256, iterations: 1, parallelism: 1 });
  if (!prepared.ok) throw new Error(prepared.error);
  expect((await enableProtection(db, prepared.value)).ok).toBe(true);
  await lock(db);
  await loadVault(db);
  renderWithApp(<Checklist />, db);
  expect((await screen.findByTestId('checklist')).textContent).toBe('defaults');
  expect((await unlock(db, { kind: 'passphrase', text: 'a long enough passphrase' })).ok).toBe(true);
  expect((await screen.findByText('Pays on time')).textContent).toBe('Pays on time');
  await lock(db);
  expect((await screen.findByText('defaults')).textContent).toBe('defaults');
});
