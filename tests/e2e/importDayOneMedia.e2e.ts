/**
 * A long-time Day One user's export: a ZIP of 60 MB, nearly all photos and a video, with a journal
 * of a few KB. Chosen on the Import screen, it is read from its central directory by the worker
 * (File slices), previewed with the attachments that stay behind named per kind, and imported.
 * Screenshots (French/light, English/dark at 1024 px) go to $HUMEUR_SHOTS_DIR when it is set.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { openApp, type AppSession, screenshotWholePage } from './harness';
import { writeSparseZip } from '../fixtures/import/zipBuilder';

const MB = 1024 * 1024;
const SHOTS = process.env.HUMEUR_SHOTS_DIR;

let app: AppSession | undefined;
let scratch: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** The journal of the export: three entries, eight photos and a video between them. */
function journal(): Uint8Array {
  const photo = (i: number) => ({ identifier: `P${i}`, md5: `${i}`.padStart(32, '0'), type: 'jpeg' });
  const entries = [
    { uuid: 'C0000000000000000000000000000001', creationDate: '2024-03-04T18:00:00Z', timeZone: 'Europe/Paris', text: '# Atelier Acme\n\n\uFFFCLe tableau blanc.', tags: ['Acme'], photos: [0, 1, 2, 3, 4].map(photo) },
    { uuid: 'C0000000000000000000000000000002', creationDate: '2024-03-05T19:30:00Z', timeZone: 'Europe/Paris', text: 'Relance du devis.', photos: [5, 6].map(photo), videos: [{ identifier: 'V1', md5: 'v'.padStart(32, '0'), type: 'mp4' }] },
    { uuid: 'C0000000000000000000000000000003', creationDate: '2024-03-06T20:00:00Z', timeZone: 'Europe/Paris', text: 'Journée calme.', photos: [photo(7)] },
  ];
  return new TextEncoder().encode(JSON.stringify({ metadata: { version: '1.0' }, entries }));
}

async function buildExport(folder: string): Promise<string> {
  const path = join(folder, 'Export-Journal.zip');
  await writeSparseZip(path, [
    { name: 'Journal.json', data: journal() },
    ...Array.from({ length: 8 }, (_, i) => ({ name: `photos/${String(i).padStart(32, '0')}.jpeg`, zeros: 6 * MB })),
    { name: `videos/${'v'.padStart(32, '0')}.mp4`, zeros: 12 * MB },
  ]);
  return path;
}

describe('a Day One ZIP with 60 MB of media', () => {
  it('imports through the Import screen, the preview naming the photos and the video left behind', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'humeur-dayone-'));
    const zip = await buildExport(scratch);
    expect(statSync(zip).size).toBeGreaterThan(60 * MB);

    app = await openApp({ locale: 'fr-FR', now: '2024-03-08T20:00:00', viewport: { width: 1024, height: 900 } });
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Importer', exact: true }).click();
    await page.getByLabel('Choisir un fichier').setInputFiles(zip);
    await page.getByRole('heading', { name: 'Aperçu de Export-Journal.zip' }).waitFor({ timeout: 30_000 });
    const left = page.getByRole('region', { name: 'Non importé' });
    await expect.poll(() => left.getByText('8 photos ne seront pas importées.').count()).toBe(1);
    await expect.poll(() => left.getByText('1 vidéo ne sera pas importée.').count()).toBe(1);
    await expect.poll(() => page.getByText('3 nouvelles entrées seront importées.').count()).toBe(1);
    await expectNoAxeViolations(page, 'the Day One preview with its attachments left behind');
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await screenshotWholePage(page, join(SHOTS, 'import-dayone-media-fr-light.png'));
    }

    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByRole('heading', { name: 'Import terminé' }).waitFor();
    await expect.poll(() => page.getByText('3 entrées importées').count()).toBe(1);
  });

  it('reads the same preview in English on the dark theme', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'humeur-dayone-'));
    const zip = await buildExport(scratch);
    app = await openApp({ locale: 'en-US', colorScheme: 'dark', now: '2024-03-08T20:00:00', viewport: { width: 1024, height: 900 } });
    const { page } = app;
    await page.getByRole('navigation').getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByLabel('Choose a file').setInputFiles(zip);
    await page.getByRole('heading', { name: 'Preview of Export-Journal.zip' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText('8 photos will not be imported.').count()).toBe(1);
    if (SHOTS) await screenshotWholePage(page, join(SHOTS, 'import-dayone-media-en-dark.png'));
  });
});
