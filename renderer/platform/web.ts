import type { DesktopApi, SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';

/** Saves through the browser's download, the web-mode twin of the native save dialog. */
export function downloadFile(request: Pick<SaveFileRequest, 'defaultName' | 'data'>, mime = 'application/octet-stream'): SaveFileResult {
  const blob = new Blob([request.data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = request.defaultName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, value: { path: request.defaultName } };
}

function mimeFor(name: string): string {
  if (name.endsWith('.json')) return 'application/json';
  if (name.endsWith('.csv')) return 'text/csv;charset=utf-8';
  if (name.endsWith('.md')) return 'text/markdown;charset=utf-8';
  return 'application/octet-stream';
}

/**
 * Prints a complete HTML document with the browser's own dialog (where "Save as PDF" lives),
 * from a hidden frame so the app itself is not reflowed.
 */
function printHtml(html: string): Promise<SaveFileResult> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10000px';
    frame.srcdoc = html;
    frame.onload = () => {
      const win = frame.contentWindow;
      if (!win) return resolve({ ok: false, error: 'print-unavailable' });
      win.addEventListener('afterprint', () => setTimeout(() => frame.remove(), 0), { once: true });
      win.focus();
      win.print();
      resolve({ ok: true, value: { path: '' } });
    };
    document.body.append(frame);
  });
}

/** Web mode: the same API, backed by downloads and the browser's print; no backup folder. */
export function createWebPlatform(): DesktopApi {
  const unsupported = async () => ({ ok: false as const, error: 'unsupported' });
  return {
    platform: 'web',
    saveFile: async (request) => downloadFile(request, mimeFor(request.defaultName)),
    printToPdf: (request) => printHtml(request.html),
    writeBackup: async (request) => {
      const name = `humeur-backup-${request.day}.json`;
      downloadFile({ defaultName: name, data: request.json }, 'application/json');
      return { ok: true, value: { name, kind: 'manual', day: request.day, size: request.json.length, modifiedAt: Date.now() } };
    },
    listBackups: async () => [],
    readBackup: unsupported,
    openBackupFolder: unsupported,
    setLanguage: async () => {},
    // The browser has no tray or login item; the reminder runs in the page (features/reminder).
    setDesktopPreferences: unsupported,
    setReviewedDay: async () => {},
    onMenuCommand: () => () => {},
    // A browser tells a page nothing about the session locking; the idle timer still applies.
    onLockRequest: () => () => {},
  };
}
