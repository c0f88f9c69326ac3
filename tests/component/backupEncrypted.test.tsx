/**
 * Restoring an encrypted backup, from the Import screen and from Settings › Backups: the prompt
 * for its passphrase or recovery key (focused, Enter opens), a wrong secret that keeps the prompt,
 * a tampered or cut file refused with its reason, another journal's backup told apart — and the
 * journal unchanged until the restore is confirmed.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportFullBackup } from '../../renderer/db/backupIo';
import type { HumeurDb } from '../../renderer/db/schema';
import { enableProtection, prepareProtection, type PreparedProtection } from '../../renderer/db/vault/protection';
import { BackupsSection } from '../../renderer/features/backups/BackupsSection';
import { ImportScreen } from '../../renderer/features/import/ImportScreen';
import { readEncryptedBackup, sealBackupText } from '../../shared/export/encryptedBackup';
import { parseBackup } from '../../shared/import/humeurBackup';
import type { BackupInfo } from '../../shared/ipc/contract';
import { fromBase64, toBase64 } from '../../shared/privacy/bytes';
import { backupKey, createKeyRing } from '../../shared/privacy/keys';
import { backupText, entryIds, fakeDesktop, findRegion, NOW, openBackupTestDb, ownJournal } from './backupHarness';
import { dropTestDb, openTestDb, renderWithApp } from './testDb';

vi.setConfig({ testTimeout: 30_000 });

const CHEAP = { memoryKiB: 256, iterations: 1, parallelism: 1 };
const THEIRS = 'la phrase de l’autre journal';

let db: HumeurDb;
afterEach(() => dropTestDb(db));

async function protect(target: HumeurDb, passphrase: string): Promise<PreparedProtection> {
  const prepared = await prepareProtection(passphrase, CHEAP);
  if (!prepared.ok) throw new Error(prepared.error);
  const done = await enableProtection(target, prepared.value);
  if (!done.ok) throw new Error(done.error);
  return prepared.value;
}

/** The backup fixture as another protected journal would have written it. */
async function othersEncryptedBackup(): Promise<string> {
  const made = await createKeyRing(THEIRS, CHEAP);
  return sealBackupText(backupText, made.ring, await backupKey(made.dataKey));
}

async function upload(user: ReturnType<typeof userEvent.setup>, text: string, name = 'humeur-backup-2024-11-02.json') {
  await user.upload(await screen.findByLabelText('Choisir un fichier'), new File([text], name, { type: 'application/json' }));
}

describe('Import screen: an encrypted backup', () => {
  beforeEach(async () => {
    db = await openBackupTestDb();
  });

  it('asks for its passphrase, focused; a wrong one says so and keeps the prompt; the right one leads to the usual preview', async () => {
    const saved = await ownJournal(db);
    await protect(db, 'ma propre phrase secrète');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<ImportScreen api={fakeDesktop()} />, db);
    await upload(user, await othersEncryptedBackup());

    const prompt = await screen.findByRole('form', { name: 'Cette sauvegarde est chiffrée' });
    const field = within(prompt).getByLabelText('Phrase secrète ou clé de secours');
    expect(document.activeElement).toBe(field);
    expect(await within(prompt).findByText(/^Elle vient d’un autre journal/)).toBeTruthy();

    // Enter with nothing typed, then the journal's own passphrase: not this backup's.
    await user.keyboard('{Enter}');
    expect(within(prompt).getByRole('alert').textContent).toBe('Tapez la phrase secrète ou la clé de secours.');
    await user.type(field, 'ma propre phrase secrète{Enter}');
    expect((await within(prompt).findByText(/n’ouvre pas cette sauvegarde/)).textContent).toBe(
      'Cette phrase secrète ou cette clé de secours n’ouvre pas cette sauvegarde. Réessayez\u00a0; rien n’a été modifié.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(await entryIds(db)).toEqual(saved.map((e) => e.id).sort());

    await user.clear(field);
    await user.type(field, `${THEIRS}{Enter}`);
    const region = await findRegion('Sauvegarde Humeur du samedi 2 novembre 2024');
    expect(screen.queryByRole('form', { name: 'Cette sauvegarde est chiffrée' })).toBeNull();
    await user.click(await within(region).findByRole('button', { name: 'Fusionner avec mon journal' }));
    expect((await findRegion('Import terminé')).textContent).toContain('2 entrées importées');
    expect(await entryIds(db)).toEqual([...saved.map((e) => e.id), 'e-1', 'e-2'].sort());
  });

  it('refuses a tampered ciphertext after the right passphrase, and a cut file at once; nothing changes', async () => {
    const saved = await ownJournal(db);
    const text = await othersEncryptedBackup();
    const envelope = JSON.parse(text) as { ciphertext: string };
    const ct = fromBase64(envelope.ciphertext);
    ct[Math.floor(ct.length / 3)] ^= 0x04;
    const tampered = JSON.stringify({ ...envelope, ciphertext: toBase64(ct) });
    const user = userEvent.setup({ delay: null });
    renderWithApp(<ImportScreen api={fakeDesktop()} />, db);

    await upload(user, tampered);
    const prompt = await screen.findByRole('form', { name: 'Cette sauvegarde est chiffrée' });
    await user.type(within(prompt).getByLabelText('Phrase secrète ou clé de secours'), `${THEIRS}{Enter}`);
    expect((await within(prompt).findByText(/modifiée ou abîmée/)).textContent).toBe(
      'Cette sauvegarde a été modifiée ou abîmée après sa création\u00a0: elle ne peut pas être déchiffrée, rien n’en est restauré. Rien n’a été modifié.',
    );
    expect(screen.queryByRole('region', { name: /^Sauvegarde Humeur/ })).toBeNull();

    await upload(user, text.slice(0, text.length / 2));
    expect((await screen.findByText(/n’est pas du JSON lisible/)).textContent).toContain('Il est peut-être abîmé');
    expect(await entryIds(db)).toEqual(saved.map((e) => e.id).sort());
  });
});

describe('Settings › Backups: an encrypted backup', () => {
  it('opens the journal’s own backup with its recovery key, then replaces after an encrypted safety backup', async () => {
    db = await openTestDb('en', { now: NOW, settings: { theme: 'dark' } });
    const saved = await ownJournal(db);
    const prepared = await protect(db, 'my own long passphrase');
    const own = await exportFullBackup(db, NOW);
    // The backup holds the journal as it was; then the journal changes.
    await db.entries.delete(saved[0].id);
    const listed: BackupInfo[] = [{ name: 'humeur-backup-2025-03-14.json', kind: 'daily', day: '2025-03-14', size: own.length, modifiedAt: NOW }];
    const api = fakeDesktop({ listBackups: vi.fn(async () => listed), readBackup: vi.fn(async () => ({ ok: true as const, value: own })) });
    const user = userEvent.setup({ delay: null });
    renderWithApp(<BackupsSection api={api} />, db);

    await user.click(await screen.findByRole('button', { name: /^Restore the backup of Friday, March 14, 2025/ }));
    const prompt = await screen.findByRole('form', { name: 'This backup is encrypted' });
    expect(within(prompt).queryByText(/another journal/)).toBeNull();
    const field = within(prompt).getByLabelText('Passphrase or recovery key');
    expect(document.activeElement).toBe(field);
    await user.type(field, 'not my passphrase{Enter}');
    expect((await within(prompt).findByRole('alert')).textContent).toBe('This passphrase or recovery key does not open this backup. Try again; nothing was changed.');
    await user.clear(field);
    await user.type(field, `${prepared.recoveryKey.toLowerCase()}{Enter}`);

    const panel = await findRegion('Restore the backup of Friday, March 14, 2025');
    await user.click(await within(panel).findByRole('button', { name: 'Replace my journal…' }));
    await user.click(within(panel).getByRole('button', { name: 'Back up and replace' }));
    await screen.findByText(/^Your journal now holds the backup/, {}, { timeout: 10_000 });
    expect(await entryIds(db)).toEqual(saved.map((e) => e.id).sort());
    // The safety backup of the journal as it was is encrypted too.
    const safety = readEncryptedBackup(api.written[0].json);
    expect(safety.ok).toBe(true);
    expect(parseBackup(api.written[0].json).ok).toBe(false);
    expect(api.written[0].json).not.toContain('Bonne journée');
  });

  it('Cancel leaves the prompt and the journal as they were', async () => {
    db = await openBackupTestDb();
    const saved = await ownJournal(db);
    const listed: BackupInfo[] = [{ name: 'humeur-backup-2025-03-14.json', kind: 'daily', day: '2025-03-14', size: 10, modifiedAt: NOW }];
    const theirs = await othersEncryptedBackup();
    const api = fakeDesktop({ listBackups: vi.fn(async () => listed), readBackup: vi.fn(async () => ({ ok: true as const, value: theirs })) });
    const user = userEvent.setup({ delay: null });
    renderWithApp(<BackupsSection api={api} />, db);
    await user.click(await screen.findByRole('button', { name: /^Restaurer la sauvegarde du vendredi 14 mars 2025/ }));
    const prompt = await screen.findByRole('form', { name: 'Cette sauvegarde est chiffrée' });
    // This journal is not protected: the backup is necessarily another journal's.
    expect(await within(prompt).findByText(/^Elle vient d’un autre journal/)).toBeTruthy();
    await user.click(within(prompt).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('form', { name: 'Cette sauvegarde est chiffrée' })).toBeNull();
    expect(await entryIds(db)).toEqual(saved.map((e) => e.id).sort());
  });
});
