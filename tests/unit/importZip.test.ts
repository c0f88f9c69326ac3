import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDayOneZip } from '../../shared/import/dayone';
import { parseImportSource } from '../../shared/import/detect';
import { importErrorMessageKey } from '../../shared/import/errorMessages';
import { translate } from '../../shared/i18n';
import { bytesSource } from '../../shared/import/zip';
import { fixtureBytes } from '../fixtures/import/fixtures';
import { countingFileSource, lyingSizeZip, sharedDataBomb, writeSparseZip } from '../fixtures/import/zipBuilder';

const scratch = mkdtempSync(join(tmpdir(), 'humeur-zip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const MB = 1024 * 1024;

describe('a Day One ZIP with 1 GB of media', () => {
  it('imports: only the central directory and the journal are read, the limit applies to the journal', async () => {
    const path = join(scratch, 'Export-1GB.zip');
    const journal = fixtureBytes('dayone_leftovers.json');
    const size = await writeSparseZip(path, [
      ...Array.from({ length: 4 }, (_, i) => ({ name: `videos/${i}.mp4`, zeros: 200 * MB })),
      { name: 'Journal.json', data: journal },
      ...Array.from({ length: 3 }, (_, i) => ({ name: `photos/${i}.jpeg`, zeros: 70 * MB })),
    ]);
    expect(size).toBeGreaterThan(1000 * MB);
    expect(statSync(path).size).toBe(size);
    const file = await countingFileSource(path);
    try {
      const result = await parseImportSource('Export-1GB.zip', file.source, { today: '2026-12-01' });
      expect(result.ok && result.value.format).toBe('dayone');
      expect(result.ok && result.value.counts.items).toBe(2);
      // The tail (end record and directory) and the journal: a few KB of 1 GB.
      expect(file.bytesRead()).toBeLessThan(100 * 1024);
    } finally {
      await file.close();
    }
  });

  it('still refuses a ZIP whose journals themselves are over the limit', async () => {
    const path = join(scratch, 'huge-journal.zip');
    await writeSparseZip(path, [{ name: 'Journal.json', zeros: 60 * MB }]);
    const file = await countingFileSource(path);
    try {
      expect(await parseDayOneZip(file.source)).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
      expect(file.bytesRead()).toBeLessThan(100 * 1024);
    } finally {
      await file.close();
    }
  });
});

describe('ZIP bombs', () => {
  it('refuses 100 entries sharing one deflate stream before inflating anything, with a bilingual message', async () => {
    const bomb = sharedDataBomb(100, 8 * MB);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const result = await parseImportSource('Export.zip', bytesSource(bomb));
    expect(result).toMatchObject({ ok: false, error: { code: 'zipBomb' } });
    if (result.ok) return;
    const { key, vars } = importErrorMessageKey(result.error);
    expect(translate('en', key, vars)).toMatch(/^This ZIP archive is built to overload the app/);
    expect(translate('fr', key, vars)).toMatch(/^Cette archive ZIP est construite pour surcharger l’application/);
  });

  it('stops inflating an entry that gives more than it declares', async () => {
    const result = await parseDayOneZip(bytesSource(lyingSizeZip(1000, 4 * MB)));
    expect(result).toMatchObject({ ok: false, error: { code: 'zipBomb' } });
  });

  it('refuses an archive listing more entries than the budget', async () => {
    const path = join(scratch, 'many.zip');
    await writeSparseZip(path, [{ name: 'Journal.json', data: fixtureBytes('dayone_Journal.json') }, ...Array.from({ length: 20 }, (_, i) => ({ name: `photos/${i}.jpeg`, zeros: 10 }))]);
    const file = await countingFileSource(path);
    try {
      expect(await parseDayOneZip(file.source, {}, { maxEntries: 10, maxTotalBytes: MB })).toMatchObject({ ok: false, error: { code: 'zipBomb' } });
      expect(await parseDayOneZip(file.source, { today: '2026-12-01' }, { maxEntries: 100, maxTotalBytes: MB })).toMatchObject({ ok: true });
    } finally {
      await file.close();
    }
  });

  it('budgets the total the journals inflate to, before inflating', async () => {
    const bomb = sharedDataBomb(1, 2 * MB);
    expect(await parseDayOneZip(bytesSource(bomb), {}, { maxEntries: 10, maxTotalBytes: MB })).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
  });
});
