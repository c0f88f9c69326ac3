/**
 * The Export screen on a real (fake-indexeddb) journal, with the desktop bridge replaced by a
 * fake: the preview follows the choices, and each export hands the bridge the expected file.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry, Lang } from '../../shared/domain/types';
import type { DesktopApi, PrintToPdfRequest, SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';

// The bridge is read once, when renderer/platform is first imported: install the fake before any import.
const bridge = vi.hoisted(() => {
  const fake = {
    platform: 'desktop' as const,
    saveFile: vi.fn(),
    printToPdf: vi.fn(),
    writeBackup: vi.fn(),
    listBackups: vi.fn(async () => []),
    readBackup: vi.fn(),
    openBackupFolder: vi.fn(),
    setLanguage: vi.fn(async () => {}),
    setDesktopPreferences: vi.fn(async () => ({ ok: true as const, value: { loginItem: true } })),
    setReviewedDay: vi.fn(async () => {}),
    onMenuCommand: vi.fn(() => () => {}),
    onLockRequest: vi.fn(() => () => {}),
  } satisfies DesktopApi;
  (window as { humeur?: unknown }).humeur = fake;
  return fake;
});

import { createClient, listClients, updateClient } from '../../renderer/db/clients';
import { blankEntry, saveEntry } from '../../renderer/db/entries';
import type { HumeurDb } from '../../renderer/db/schema';
import { ExportScreen } from '../../renderer/features/export/ExportScreen';
import { enableProtection, prepareProtection } from '../../renderer/db/vault/protection';
import { openEncryptedBackup, readEncryptedBackup } from '../../shared/export/encryptedBackup';
import { dropTestDb, openTestDb, renderWithApp } from './testDb';

// jsdom renders the whole form slowly on a busy two-core machine; a browser is quick.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });

const NOW = new Date(2025, 2, 14, 20, 30);
const TODAY = '2025-03-14';
const SAVED_DIR = '/home/lea/Documents';

interface Journal {
  db: HumeurDb;
  acme: string;
  eole: string;
  entries: Entry[];
}

/**
 * March: Acme Studio in 5 entries on 4 days (one entry with both clients), Atelier Éole in 2 entries
 * on 2 days (one with a late payment): 6 entries on 5 days. February: Atelier Éole, 3 entries on
 * 3 days. 9 entries on 8 days in all.
 */
async function journal(lang: Lang): Promise<Journal> {
  const db = await openTestDb(lang, { now: NOW.getTime() });
  const acme = await createClient(db, { name: 'Acme Studio', color: '#2563eb' }, NOW.getTime());
  const eole = await createClient(db, { name: 'Atelier Éole', color: '#ea580c' }, NOW.getTime());
  if (!acme.ok || !eole.ok) throw new Error('clients');
  const entries: Entry[] = [];
  let n = 0;
  const add = async (day: string, patch: Partial<Entry>) => {
    const entry = { ...blankEntry(day, '21:00', 'review', NOW.getTime() + n++), mood: 3, energy: 3, ...patch };
    const saved = await saveEntry(db, entry, { now: entry.createdAt, today: TODAY });
    if (!saved.ok) throw new Error(saved.error);
    entries.push(saved.value);
  };
  const link = (clientId: string, signals: string[] = []) => ({ clientId, felt: 1 as const, hours: 2.5, signals });
  await add('2025-03-03', { clients: [link(acme.value.id)], text: { fr: 'Atelier : bonne énergie !', en: '' } });
  await add('2025-03-03', { kind: 'note', time: '11:00', mood: null, energy: null, clients: [link(acme.value.id)], text: { fr: 'Note rapide.', en: '' } });
  await add('2025-03-05', { clients: [link(acme.value.id), link(eole.value.id)], text: { fr: '', en: 'Long day <script>alert(1)</script>' } });
  await add('2025-03-07', { clients: [link(acme.value.id)], text: { fr: 'Encore un brief flou ?', en: 'Vague brief again?' } });
  await add('2025-03-12', { clients: [link(acme.value.id)], text: { fr: 'Calme.', en: '' } });
  await add('2025-03-10', { clients: [link(eole.value.id, ['late-payment'])], text: { fr: 'Relance facture.', en: '' } });
  for (const day of ['2025-02-04', '2025-02-11', '2025-02-18']) {
    await add(day, { clients: [link(eole.value.id)], text: { fr: `Séance du ${day}.`, en: '' } });
  }
  return { db, acme: acme.value.id, eole: eole.value.id, entries };
}

function renderExport(db: HumeurDb) {
  return renderWithApp(<ExportScreen />, db);
}

const saved = (request: { defaultName: string }): SaveFileResult => ({ ok: true, value: { path: `${SAVED_DIR}/${request.defaultName}` } });
const lastSave = () => bridge.saveFile.mock.calls.at(-1)![0] as SaveFileRequest;
const count = () => document.querySelector('.export-count')?.textContent;
const outcome = () => document.querySelector('.export-outcome')!.textContent;

let current: Journal | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  bridge.saveFile.mockReset().mockImplementation(async (request: SaveFileRequest) => saved(request));
  bridge.printToPdf.mockReset().mockImplementation(async (request: PrintToPdfRequest) => saved({ defaultName: request.defaultName }));
});
afterEach(async () => {
  vi.useRealTimers();
  if (current) {
    await dropTestDb(current.db);
    current = undefined;
  }
});

describe('Export: the preview', () => {
  it('counts entries and days for the period and the clients, with French plurals, and says why nothing can be exported', async () => {
    current = await journal('fr');
    const user = userEvent.setup({ delay: null });
    renderExport(current.db);
    await waitFor(() => expect(count()).toBe('6 entrées sur 5 jours'));
    expect(screen.getByText('du 1 mars 2025 au 31 mars 2025')).toBeTruthy();
    expect(screen.getByLabelText('Début du fichier Markdown').textContent).toContain('title: "Journal Humeur — du 1 mars 2025 au 31 mars 2025"');

    await user.click(screen.getByRole('radio', { name: 'Le mois dernier' }));
    await waitFor(() => expect(count()).toBe('3 entrées sur 3 jours'));

    await user.click(screen.getByRole('radio', { name: 'Ce mois-ci' }));
    await user.click(screen.getByRole('radio', { name: 'Certains clients seulement' }));
    await waitFor(() => expect(count()).toBe('Cochez au moins un client, ou choisissez «\u202fTous les clients\u202f».'));
    const markdown = screen.getByRole('button', { name: 'Exporter en Markdown (.md)' });
    expect((markdown as HTMLButtonElement).disabled).toBe(true);
    expect(markdown.getAttribute('aria-describedby')).toMatch(/reason/);
    expect((screen.getByRole('button', { name: 'Sauvegarde complète (JSON)' }) as HTMLButtonElement).disabled).toBe(false);

    await user.click(screen.getByRole('checkbox', { name: 'Atelier Éole' }));
    await waitFor(() => expect(count()).toBe('2 entrées sur 2 jours'));
    await user.click(screen.getByRole('checkbox', { name: 'Retard de paiement' }));
    await waitFor(() => expect(count()).toBe('1 entrée sur 1 jour'));
    await user.click(screen.getByRole('radio', { name: 'Le mois dernier' }));
    await waitFor(() => expect(count()).toBe('Aucune entrée ne correspond à cette sélection. Élargissez la période, ou choisissez d’autres clients ou signaux.'));
    expect(screen.queryByLabelText('Début du fichier Markdown')).toBeNull();
  });

  it('refuses custom dates that end before they start, and exports nothing', async () => {
    current = await journal('en');
    const user = userEvent.setup({ delay: null });
    renderExport(current.db);
    await waitFor(() => expect(count()).toBe('6 entries over 5 days'));
    await user.click(screen.getByRole('radio', { name: 'Custom dates' }));
    const from = screen.getByLabelText('From') as HTMLInputElement;
    const to = screen.getByLabelText('To') as HTMLInputElement;
    expect([from.value, to.value]).toEqual(['2025-03-01', '2025-03-31']);
    await user.clear(to);
    await user.type(to, '2025-02-10');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The start date is after the end date: choose a start on or before the end.');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Export CSV (.csv)' }) as HTMLButtonElement).disabled).toBe(true);

    await user.clear(from);
    await user.type(from, '2025-02-01');
    await waitFor(() => expect(count()).toBe('1 entry over 1 day'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(bridge.saveFile).not.toHaveBeenCalled();
  });
});

describe('Export: the files', () => {
  it('saves the Markdown of the selection under its period name and says where', async () => {
    current = await journal('fr');
    const user = userEvent.setup({ delay: null });
    renderExport(current.db);
    await waitFor(() => expect(count()).toBe('6 entrées sur 5 jours'));
    await user.click(screen.getByRole('button', { name: 'Exporter en Markdown (.md)' }));
    await waitFor(() => expect(outcome()).toBe(`Enregistré dans ${SAVED_DIR}/humeur-2025-03.md`));
    const request = lastSave();
    expect(request.defaultName).toBe('humeur-2025-03.md');
    expect(request.filters).toEqual([{ name: 'Markdown', extensions: ['md'] }]);
    const text = request.data as string;
    expect(text).toMatch(/^---\ntitle: "Journal Humeur — du 1 mars 2025 au 31 mars 2025"\nperiod_start: 2025-03-01\nperiod_end: 2025-03-31\n/);
    expect(text.match(/^### /gm)).toHaveLength(6);
    expect(text).toContain('## Lundi 3 mars 2025');
    expect(text).toContain('Long day \\<script>alert(1)\\</script>');
    expect(text).not.toContain('Séance du');
  });

  it('puts one Markdown file per ticked client in a ZIP, and names a one-client file after the client', async () => {
    current = await journal('en');
    const user = userEvent.setup({ delay: null });
    renderExport(current.db);
    await waitFor(() => expect(count()).toBe('6 entries over 5 days'));
    await user.click(screen.getByRole('checkbox', { name: 'One Markdown file per client (in a ZIP archive)' }));
    await waitFor(() => expect(screen.getByText('First of 2 files: humeur-acme-studio-2025-03.md')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Export Markdown, one file per client (.zip)' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1));
    const zip = lastSave();
    expect(zip.defaultName).toBe('humeur-2025-03.zip');
    const files = unzipSync(zip.data as Uint8Array);
    expect(Object.keys(files).sort()).toEqual(['humeur-acme-studio-2025-03.md', 'humeur-atelier-eole-2025-03.md']);
    expect(strFromU8(files['humeur-atelier-eole-2025-03.md']).match(/^### /gm)).toHaveLength(2);

    await user.click(screen.getByRole('radio', { name: 'Only some clients' }));
    await user.click(screen.getByRole('checkbox', { name: 'Atelier Éole' }));
    await user.click(screen.getByRole('checkbox', { name: 'One Markdown file per client (in a ZIP archive)' }));
    await waitFor(() => expect(count()).toBe('2 entries over 2 days'));
    await user.click(screen.getByRole('button', { name: 'Export Markdown (.md)' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(2));
    expect(lastSave().defaultName).toBe('humeur-atelier-eole-2025-03.md');
  });

  it('writes CSV with a byte-order mark and one row per entry and client, for a French Excel by default in French', async () => {
    current = await journal('fr');
    // Acme meets two of the eight default ideal-client criteria.
    const [acme] = (await listClients(current.db)).filter((c) => c.name === 'Acme Studio');
    const ticks = ['seed-1', 'seed-4'].map((id) => ({ id, label: '', met: true }));
    expect((await updateClient(current.db, acme.id, { idealCriteria: ticks })).ok).toBe(true);
    const user = userEvent.setup({ delay: null });
    renderExport(current.db);
    await user.click(await screen.findByRole('radio', { name: 'Tout le journal' }));
    await waitFor(() => expect(count()).toBe('9 entrées sur 8 jours'));
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV (.csv)' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1));
    const request = lastSave();
    expect(request.defaultName).toBe('humeur-2025-02-04_2025-03-12.csv');
    const csv = request.data as string;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toMatch(/^date;heure;/);
    // The ideal-client score, read from the user's checklist, in the two last columns.
    expect(csv.slice(1).split('\r\n')[0]).toMatch(/;critères client idéal remplis;critères client idéal$/);
    const acmeRows = csv.slice(1).split('\r\n').filter((line) => line.includes(';Acme Studio;'));
    expect(acmeRows.length).toBeGreaterThan(0);
    expect(acmeRows.every((line) => line.endsWith(';2;8'))).toBe(true);
    expect(csv.slice(1).split('\r\n').filter((line) => /^2025-/.test(line))).toHaveLength(10);

    await user.selectOptions(screen.getByLabelText('CSV pour'), 'CSV standard');
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV (.csv)' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(2));
    expect((lastSave().data as string).slice(1).split('\r\n')[0]).toMatch(/^date,heure,/);
  });

  it('backs up every entry whatever the filters', async () => {
    current = await journal('en');
    const user = userEvent.setup({ delay: null });
    renderExport(current.db);
    await user.click(await screen.findByRole('radio', { name: 'Only some clients' }));
    await user.click(screen.getByRole('checkbox', { name: 'Acme Studio' }));
    await user.click(screen.getByRole('radio', { name: 'French' }));
    await waitFor(() => expect(count()).toBe('5 entries over 4 days'));
    expect(screen.getByText(/whatever the choices above/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Complete backup (JSON)' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1));
    const request = lastSave();
    expect(request.defaultName).toBe('humeur-backup-2025-03-14.json');
    const backup = JSON.parse(request.data as string) as { format: string; entries: Entry[]; clients: unknown[] };
    expect(backup.format).toBe('humeur-backup');
    expect(backup.entries.map((e) => e.id).sort()).toEqual(current.entries.map((e) => e.id).sort());
    expect(backup.clients).toHaveLength(2);
    await waitFor(() => expect(outcome()).toBe(`Saved to ${SAVED_DIR}/humeur-backup-2025-03-14.json`));
  });

  it('with protection on, says before saving that Markdown, CSV and PDF are not encrypted, and encrypts the backup', async () => {
    current = await journal('fr');
    const prepared = await prepareProtection('une phrase assez longue', { memoryKiB: 256, iterations: 1, parallelism: 1 });
    if (!prepared.ok) throw new Error(prepared.error);
    expect((await enableProtection(current.db, prepared.value)).ok).toBe(true);
    const user = userEvent.setup({ delay: null });
    renderExport(current.db);
    const notice = await screen.findByText(/^Votre journal est protégé, mais les fichiers Markdown, CSV et PDF ne sont pas chiffrés/);
    // Read with each of these buttons, before it is pressed.
    for (const name of ['Exporter en Markdown (.md)', 'Exporter en CSV (.csv)', 'Exporter le rapport PDF']) {
      const button = screen.getByRole('button', { name });
      expect(button.getAttribute('aria-describedby')?.split(' ')[0], name).toBe(notice.id);
    }
    expect(screen.getByRole('button', { name: 'Sauvegarde complète (JSON)' }).getAttribute('aria-describedby')).not.toContain(notice.id);
    expect(screen.getByText(/chiffré avec votre phrase secrète/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sauvegarde complète (JSON)' }));
    await waitFor(() => expect(bridge.saveFile).toHaveBeenCalledTimes(1));
    const data = lastSave().data as string;
    expect(data).not.toContain('Relance facture');
    const envelope = readEncryptedBackup(data);
    if (!envelope.ok) throw new Error(envelope.error.detail);
    const opened = await openEncryptedBackup(envelope.value, { kind: 'recovery', text: prepared.value.recoveryKey });
    expect(opened.ok && opened.value).toContain('Relance facture');
  });

  it('without protection, says nothing of encryption', async () => {
    current = await journal('en');
    renderExport(current.db);
    await screen.findByRole('button', { name: 'Complete backup (JSON)' });
    expect(screen.queryByText(/not encrypted/)).toBeNull();
  });

  it('says the export was cancelled, or why it failed, in the UI language', async () => {
    current = await journal('fr');
    const user = userEvent.setup({ delay: null });
    renderExport(current.db);
    await waitFor(() => expect(count()).toBe('6 entrées sur 5 jours'));
    bridge.saveFile.mockResolvedValueOnce({ ok: false, error: 'cancelled' });
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV (.csv)' }));
    await waitFor(() => expect(outcome()).toBe('Export annulé.'));

    bridge.saveFile.mockResolvedValueOnce({ ok: false, error: 'EACCES: permission denied' });
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV (.csv)' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('L’export a échoué\u202f: EACCES: permission denied');
  });

  it('prints a Letter report for one client with its charts, busy while it runs', async () => {
    current = await journal('fr');
    const user = userEvent.setup({ delay: null });
    let finish: (result: SaveFileResult) => void = () => {};
    bridge.printToPdf.mockImplementationOnce(() => new Promise<SaveFileResult>((resolve) => (finish = resolve)));
    renderExport(current.db);
    await user.click(await screen.findByRole('radio', { name: 'Certains clients seulement' }));
    await user.click(screen.getByRole('checkbox', { name: 'Acme Studio' }));
    await waitFor(() => expect(count()).toBe('5 entrées sur 4 jours'));
    await user.selectOptions(screen.getByLabelText('Format de page'), 'Letter');
    await user.click(screen.getByRole('button', { name: 'Exporter le rapport PDF' }));

    await waitFor(() => expect(bridge.printToPdf).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const actions = screen.getByRole('heading', { name: 'Formats' }).closest('section')!;
    expect(actions.getAttribute('aria-busy')).toBe('true');
    const busyButton = within(actions).getByRole('button', { name: 'Export en cours…' });
    // Still focusable while busy, so keyboard focus stays where the user pressed.
    expect(document.activeElement).toBe(busyButton);
    expect(busyButton.getAttribute('aria-disabled')).toBe('true');
    await user.click(within(actions).getByRole('button', { name: 'Exporter en CSV (.csv)' }));
    expect(bridge.saveFile).not.toHaveBeenCalled();
    const request = bridge.printToPdf.mock.calls[0][0] as PrintToPdfRequest;
    expect(request.pageSize).toBe('Letter');
    expect(request.defaultName).toBe('humeur-acme-studio-2025-03.pdf');
    expect(request.html).toContain('size: letter');
    expect(request.html).toContain('<h1>Journal Humeur — Acme Studio</h1>');
    expect(request.html).toContain('Atelier\u202f: bonne énergie\u202f!');
    expect(request.html).toContain('class="recharts-surface"');
    expect(request.html).not.toContain('<script>');

    finish({ ok: true, value: { path: `${SAVED_DIR}/${request.defaultName}` } });
    await waitFor(() => expect(outcome()).toBe(`Enregistré dans ${SAVED_DIR}/humeur-acme-studio-2025-03.pdf`));
    expect(actions.getAttribute('aria-busy')).toBe('false');
  });
});
