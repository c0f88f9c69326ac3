import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Lang } from '../../shared/domain/types';
import {
  MAX_FILE_NAME_BYTES,
  PDF_MARGINS,
  preparePrintFolder,
  printToPdf,
  removePrintFolder,
  safeFileName,
  saveFile,
  type FilesDeps,
  type PrintWindow,
  type SaveDialogLike,
} from './files';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'humeur-files-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const printFolder = () => path.join(dir, 'print');

function fakeWindow(pdf: Uint8Array) {
  let destroyed = false;
  const seen: { url?: string; file?: string; html?: string; mode?: number } = {};
  const window = {
    // What protocol.ts does for app://print/<name>: the file of that name in the print folder.
    loadURL: vi.fn(async (url: string) => {
      seen.url = url;
      seen.file = path.join(printFolder(), new URL(url).pathname.slice(1));
      seen.html = await readFile(seen.file, 'utf8');
      seen.mode = (await stat(seen.file)).mode & 0o777;
    }),
    webContents: { printToPDF: vi.fn(async () => pdf) },
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => {
      destroyed = true;
    }),
  } satisfies PrintWindow;
  return { window, seen };
}

function deps(answer: { canceled: boolean; filePath?: string }, overrides: Partial<FilesDeps> = {}, lang: Lang = 'fr') {
  const showSaveDialog = vi.fn(async (..._args: unknown[]) => answer);
  const files: FilesDeps = {
    dialog: { showSaveDialog: showSaveDialog as SaveDialogLike['showSaveDialog'] },
    defaultDirectory: () => '/home/ana/Documents',
    language: () => lang,
    createPrintWindow: () => {
      throw new Error('no window expected');
    },
    printFolder: printFolder(),
    ...overrides,
  };
  return { files, showSaveDialog };
}

describe('saveFile', () => {
  it('writes text as UTF-8 where the user chose, with a localised title', async () => {
    const target = path.join(dir, 'humeur-2024-10.md');
    const { files, showSaveDialog } = deps({ canceled: false, filePath: target });
    const markdown = '---\ntitle: Octobre\n---\n\nJournée épuisante avec Acme — « encore une urgence ».\n';
    const result = await saveFile(files, { defaultName: 'humeur-2024-10.md', filters: [{ name: 'Markdown', extensions: ['md'] }], data: markdown });
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(await readFile(target, 'utf8')).toBe(markdown);
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Enregistrer sous',
        defaultPath: path.join('/home/ana/Documents', 'humeur-2024-10.md'),
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      }),
    );
  });

  it('writes bytes unchanged and uses the title the renderer sent', async () => {
    const target = path.join(dir, 'humeur.zip');
    const { files, showSaveDialog } = deps({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    const result = await saveFile(files, { defaultName: 'humeur.zip', filters: [], data: bytes, title: 'Exporter le journal' });
    expect(result.ok).toBe(true);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(showSaveDialog.mock.calls[0]).toEqual([expect.objectContaining({ title: 'Exporter le journal' })]);
  });

  it('opens the dialog on the parent window when there is one', async () => {
    const { files, showSaveDialog } = deps({ canceled: true });
    const parent = { id: 1 } as unknown as Parameters<typeof saveFile>[2];
    await saveFile(files, { defaultName: 'a.csv', filters: [], data: 'x' }, parent);
    expect(showSaveDialog.mock.calls[0][0]).toBe(parent);
  });

  it('reports a cancelled dialog as "cancelled" and writes nothing', async () => {
    const { files } = deps({ canceled: true, filePath: '' });
    await expect(saveFile(files, { defaultName: 'a.csv', filters: [], data: 'x' })).resolves.toEqual({ ok: false, error: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a write failure as a value with the system message', async () => {
    const target = path.join(dir, 'missing-folder', 'a.csv');
    const { files } = deps({ canceled: false, filePath: target });
    const result = await saveFile(files, { defaultName: 'a.csv', filters: [], data: 'date;humeur\n' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/ENOENT/);
  });

  it('never proposes a path from the renderer, only a clean name', () => {
    expect(safeFileName('../../.bashrc')).toBe('.bashrc');
    expect(safeFileName('C:\\Windows\\system.ini')).toBe('system.ini');
    expect(safeFileName('Rapport: octobre?.pdf')).toBe('Rapport- octobre-.pdf');
    expect(safeFileName('..')).toBe('humeur');
  });

  it('never proposes a name Windows reserves for a device, whatever its case or extension', () => {
    for (const name of ['CON', 'con.md', 'NUL', 'nul.txt', 'PRN.pdf', 'AUX', 'COM1', 'com9.csv', 'LPT1.pdf', 'lpt²', 'COM¹.json']) {
      const safe = safeFileName(name);
      expect(safe, name).toBe(`_${name}`);
    }
    // Only the whole name is reserved: these are fine as they are.
    expect(safeFileName('console.md')).toBe('console.md');
    expect(safeFileName('Connexion.pdf')).toBe('Connexion.pdf');
  });

  it('drops trailing dots and spaces, which Windows silently strips', () => {
    expect(safeFileName('rapport. . ')).toBe('rapport');
    expect(safeFileName('notes...')).toBe('notes');
    expect(safeFileName(' . ')).toBe('humeur');
    expect(safeFileName('CON.')).toBe('_CON');
  });

  it('removes bidirectional controls that disguise an extension', () => {
    // "humeur‮fdp.exe" displays as "humeurexe.pdf".
    expect(safeFileName('humeur\u202efdp.exe')).toBe('humeurfdp.exe');
    for (const control of ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c']) {
      expect(safeFileName(`a${control}b.md`)).toBe('ab.md');
    }
    // Right-to-left letters themselves are a name like any other.
    expect(safeFileName('شركة الأفق.md')).toBe('شركة الأفق.md');
  });

  it('keeps names within 120 bytes of UTF-8, with their extension and whole characters', () => {
    const long = safeFileName(`${'é'.repeat(200)}.pdf`);
    expect(Buffer.byteLength(long, 'utf8')).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long).toBe(`${'é'.repeat(58)}.pdf`);
    const emoji = safeFileName(`${'😀'.repeat(100)}.csv`);
    expect(Buffer.byteLength(emoji, 'utf8')).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(emoji).toMatch(/^(😀)+\.csv$/u);
    expect(safeFileName('a'.repeat(120))).toBe('a'.repeat(120));
    expect(safeFileName('a'.repeat(121))).toBe('a'.repeat(120));
  });
});

describe('printToPdf', () => {
  const html = '<!doctype html><html lang="fr"><body><h1>Rapport d’octobre</h1><p>Énergie moyenne : 3,4</p></body></html>';
  const pdf = new TextEncoder().encode('%PDF-1.7\n% fake report\n%%EOF\n');

  it('renders the HTML in a hidden scriptless window, saves the PDF bytes and destroys the window', async () => {
    const target = path.join(dir, 'rapport.pdf');
    const { window, seen } = fakeWindow(pdf);
    const createPrintWindow = vi.fn((_options: BrowserWindowConstructorOptions) => window);
    const { files, showSaveDialog } = deps({ canceled: false, filePath: target }, { createPrintWindow });

    const result = await printToPdf(files, { html, pageSize: 'A4', defaultName: 'rapport.pdf' });

    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(new Uint8Array(await readFile(target))).toEqual(pdf);
    expect(seen.html).toBe(html);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, margins: PDF_MARGINS, preferCSSPageSize: true });
    expect(window.destroy).toHaveBeenCalledTimes(1);
    const prefs = createPrintWindow.mock.calls[0][0].webPreferences!;
    expect(createPrintWindow.mock.calls[0][0].show).toBe(false);
    expect(prefs).toMatchObject({ sandbox: true, javascript: false, offscreen: true, nodeIntegration: false, contextIsolation: true });
    expect(prefs.preload).toBeUndefined();
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Enregistrer en PDF', filters: [{ name: 'Document PDF', extensions: ['pdf'] }] }),
    );
    // Served from the private print folder through app://print/, readable by the user alone, and gone afterwards.
    expect(seen.url).toMatch(/^app:\/\/print\/report-[0-9a-f-]{36}\.html$/);
    if (process.platform !== 'win32') expect(seen.mode).toBe(0o600);
    expect(existsSync(seen.file!)).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['print', 'rapport.pdf']);
    expect(await readdir(printFolder())).toEqual([]);
  });

  it('passes the Letter page size through', async () => {
    const { window } = fakeWindow(pdf);
    const { files } = deps({ canceled: true }, { createPrintWindow: () => window }, 'en');
    await expect(printToPdf(files, { html, pageSize: 'Letter', defaultName: 'report.pdf' })).resolves.toEqual({ ok: false, error: 'cancelled' });
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter' }));
  });

  it('destroys the window and removes the temporary file when rendering fails', async () => {
    const { window } = fakeWindow(pdf);
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    const { files, showSaveDialog } = deps({ canceled: false, filePath: path.join(dir, 'x.pdf') }, { createPrintWindow: () => window });
    await expect(printToPdf(files, { html, pageSize: 'A4', defaultName: 'x.pdf' })).rejects.toThrow('Printing failed');
    expect(window.destroy).toHaveBeenCalledTimes(1);
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(printFolder())).toEqual([]);
  });
});

describe('the print folder', () => {
  it('is emptied of a report a crash left behind, made private on start, and removed on quit', async () => {
    const folder = printFolder();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(folder, { mode: 0o755 });
    await writeFile(path.join(folder, 'report-left-by-a-crash.html'), '<p>journal</p>');
    await preparePrintFolder(folder);
    expect(await readdir(folder)).toEqual([]);
    if (process.platform !== 'win32') expect((await stat(folder)).mode & 0o777).toBe(0o700);
    removePrintFolder(folder);
    expect(existsSync(folder)).toBe(false);
  });
});
