/**
 * Saving what the renderer exports: a native save dialog, then the bytes on disk. PDF reports are
 * rendered by Chromium itself in a hidden window that runs no script.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
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
import { APP_SCHEME, PRINT_HOST } from '../../shared/ipc/appOrigin';
import type { PrintToPdfRequest, SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';

export interface SaveDialogLike {
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

/** The part of a BrowserWindow the PDF printer uses. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
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
  /**
   * The private folder (0700) where a report waits to be printed, served as app://print/ by
   * protocol.ts; emptied when the app starts and removed when it quits (printFolder.ts).
   */
  printFolder: string;
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

/** In UTF-8 bytes: well under every file system's 255, with room for the folder and " (2)" suffixes. */
export const MAX_FILE_NAME_BYTES = 120;

/** Names Windows reserves for devices, with or without an extension: "CON", "nul.txt", "COM1.pdf", "LPT¹". */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bidirectional controls, which can make "rapport‮fdp.exe" display as "rapportexe.pdf". */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters Windows refuses in a name, and every control character. */
const FORBIDDEN = /[<>:"|?*\u0000-\u001f\u007f-\u009f]/g;

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts `text` to `bytes` UTF-8 bytes without splitting a character. */
function cutToBytes(text: string, bytes: number): string {
  let result = '';
  for (const char of text) {
    if (byteLength(result + char) > bytes) break;
    result += char;
  }
  return result;
}

const stripEnd = (text: string) => text.replace(/[. ]+$/, '');

/**
 * Only a name, never a path, and one every system accepts: "../../.bashrc" → ".bashrc",
 * "Rapport: octobre?.pdf" → "Rapport- octobre-.pdf", "CON.md" → "_CON.md", "notes. " → "notes",
 * bidirectional controls dropped, at most MAX_FILE_NAME_BYTES with the extension kept.
 */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let cleaned = stripEnd(base.replace(BIDI_CONTROLS, '').replace(FORBIDDEN, '-').trim());
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return 'humeur';
  if (WINDOWS_RESERVED.test(cleaned)) cleaned = `_${cleaned}`;
  if (byteLength(cleaned) <= MAX_FILE_NAME_BYTES) return cleaned;
  // e.g. "….pdf": keep a short extension and shorten the rest.
  const extension = /\.[A-Za-z0-9]{1,16}$/.exec(cleaned)?.[0] ?? '';
  const stem = stripEnd(cutToBytes(cleaned.slice(0, cleaned.length - extension.length), MAX_FILE_NAME_BYTES - extension.length));
  return `${stem || 'humeur'}${extension}`;
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

/** Empties the print folder (a report a crash left behind) and recreates it readable by the user alone. */
export async function preparePrintFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') await chmod(folder, 0o700);
}

/** Removes the print folder when the app quits; synchronous, because the process ends right after. */
export function removePrintFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/** Renders the HTML to PDF bytes; the window and the temporary copy are gone afterwards. */
export async function renderPdf(deps: FilesDeps, html: string, pageSize: PrintToPdfRequest['pageSize']): Promise<Uint8Array> {
  // A temporary file rather than a data: URL, which Chromium caps at 2 MB: a year of entries can exceed it.
  await mkdir(deps.printFolder, { recursive: true, mode: 0o700 });
  const name = `report-${randomUUID()}.html`;
  const file = path.join(deps.printFolder, name);
  let window: PrintWindow | undefined;
  try {
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    window = deps.createPrintWindow(PRINT_WINDOW_OPTIONS);
    await window.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${name}`);
    // The report's own @page rule (size and margins) wins, as in the browser's print; the options are the fallback.
    return await window.webContents.printToPDF({ pageSize, printBackground: true, margins: PDF_MARGINS, preferCSSPageSize: true });
  } finally {
    if (window && !window.isDestroyed()) window.destroy();
    await rm(file, { force: true });
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
