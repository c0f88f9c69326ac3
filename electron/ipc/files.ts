/**
 * Saving what the renderer exports: a native save dialog, then the bytes on disk. PDF reports are
 * rendered by Chromium itself in a hidden window that runs no script.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {
  BaseWindow,
  BrowserWindowConstructorOptions,
  PrintToPDFOptions,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { Lang } from '../../shared/domain/types';
import { translate } from '../../shared/i18n';
import type { PrintToPdfRequest, SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';

export interface SaveDialogLike {
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

/** The part of a BrowserWindow the PDF printer uses. */
export interface PrintWindow {
  loadFile(filePath: string): Promise<void>;
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface FilesDeps {
  dialog: SaveDialogLike;
  /** The folder the save dialog opens in, e.g. the user's Documents. */
  defaultDirectory(): string;
  /** The UI language, for the dialog's default title. */
  language(): Lang;
  /** `(options) => new BrowserWindow(options)` in the app. */
  createPrintWindow(options: BrowserWindowConstructorOptions): PrintWindow;
  /** Where the report is written for Chromium to load; the system temp folder by default. */
  tempDirectory?: () => string;
}

/** A hidden window that can only lay out and print: sandboxed, no script, no preload. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    javascript: false,
    offscreen: true,
    spellcheck: false,
  },
};

/** In inches: 0.6 in ≈ 1.5 cm, roomy enough for printers that cannot print to the edge. */
export const PDF_MARGINS = { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 } as const;

/**
 * Only a name, never a path: "../../.bashrc" → ".bashrc", "Rapport: octobre?.pdf" →
 * "Rapport- octobre-.pdf" (characters Windows refuses are replaced).
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '-').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'humeur' : cleaned;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function saveFile(deps: FilesDeps, request: SaveFileRequest, parent?: BaseWindow | null): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    title: request.title ?? translate(deps.language(), 'menu.dialog.save'),
    defaultPath: path.join(deps.defaultDirectory(), safeFileName(request.defaultName)),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: false, error: 'cancelled' };
  try {
    if (typeof request.data === 'string') await writeFile(choice.filePath, request.data, { encoding: 'utf8' });
    else await writeFile(choice.filePath, request.data);
  } catch (error) {
    // A full disk or a read-only folder: the user can pick another place.
    return { ok: false, error: messageOf(error) };
  }
  return { ok: true, value: { path: choice.filePath } };
}

/** Renders the HTML to PDF bytes; the window and the temporary copy are gone afterwards. */
export async function renderPdf(deps: FilesDeps, html: string, pageSize: PrintToPdfRequest['pageSize']): Promise<Uint8Array> {
  // A temporary file rather than a data: URL, which Chromium caps at 2 MB: a year of entries can exceed it.
  const folder = await mkdtemp(path.join(deps.tempDirectory?.() ?? os.tmpdir(), 'humeur-print-'));
  let window: PrintWindow | undefined;
  try {
    const file = path.join(folder, 'report.html');
    await writeFile(file, html, { encoding: 'utf8' });
    window = deps.createPrintWindow(PRINT_WINDOW_OPTIONS);
    await window.loadFile(file);
    // The report's own @page rule (size and margins) wins, as in the browser's print; the options are the fallback.
    return await window.webContents.printToPDF({ pageSize, printBackground: true, margins: PDF_MARGINS, preferCSSPageSize: true });
  } finally {
    if (window && !window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

export async function printToPdf(deps: FilesDeps, request: PrintToPdfRequest, parent?: BaseWindow | null): Promise<SaveFileResult> {
  const pdf = await renderPdf(deps, request.html, request.pageSize);
  const lang = deps.language();
  return saveFile(
    deps,
    {
      defaultName: request.defaultName,
      filters: [{ name: translate(lang, 'menu.dialog.pdfFilter'), extensions: ['pdf'] }],
      data: pdf,
      title: request.title ?? translate(lang, 'menu.dialog.savePdf'),
    },
    parent,
  );
}
