/**
 * The fence around the renderer: it may show the app's own index.html and nothing else, open no
 * window, get no permission and reach no network. Each function takes the Electron object it
 * hardens, so tests hand it a fake.
 */
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc/csp';

/**
 * Schemes a request may use. file: is the app itself, devtools: the developer tools; data: and
 * blob: never leave the page (inline images, generated downloads). Everything else, http(s) and
 * ws(s) first, is cancelled: Humeur makes no network request at all.
 */
const ALLOWED_REQUEST_SCHEMES = new Set(['file:', 'devtools:', 'data:', 'blob:']);

export type Log = (message: string, detail?: unknown) => void;

const defaultLog: Log = (message, detail) => console.warn(`[humeur] ${message}`, detail ?? '');

/**
 * A file: URL without its query and fragment, with a Windows drive letter in lower case, so that
 * "file:///C:/Humeur/index.html#/journal" and "file:///c:/Humeur/index.html" compare equal.
 * null for anything that is not a file: URL.
 */
function normalizeFileUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'file:') return null;
  parsed.hash = '';
  parsed.search = '';
  return parsed.href.replace(/^file:\/\/\/([A-Za-z]):/, (_whole, drive: string) => `file:///${drive.toLowerCase()}:`);
}

/**
 * True when `url` is the app's own index page, whatever its route: the renderer routes with the
 * hash, e.g. "file:///opt/Humeur/resources/app.asar/dist/renderer/index.html#/insights".
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const normalized = normalizeFileUrl(url);
  return normalized !== null && normalized === normalizeFileUrl(appUrl);
}

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

type Headers = Record<string, string[]>;

/** The response headers with our policy in place of any Content-Security-Policy they carried. */
export function withContentSecurityPolicy(headers: Headers | undefined): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

const INNER_FRAME_BLANKS = new Set(['about:blank', 'about:srcdoc']);

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applied to every WebContents the app creates (main window, PDF printer, developer tools):
 * navigation away from the index, redirects, <webview> and window.open are all refused.
 */
export function hardenWebContents(contents: GuardedContents, appUrl: string, log: Log = defaultLog): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }) => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    log('navigation refused', event.url);
  };
  contents.on('will-navigate', (event) => refuseForeign(event));
  contents.on('will-frame-navigate', (event) => {
    // An inner frame may start empty (an <iframe> before it loads, or its srcdoc); that is not leaving the app.
    if (!event.isMainFrame && INNER_FRAME_BLANKS.has(event.url)) return;
    refuseForeign(event);
  });
  contents.on('will-redirect', (event) => refuseForeign(event));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview refused');
  });
  contents.setWindowOpenHandler((details) => {
    log('new window refused', details.url);
    return { action: 'deny' };
  });
}

export type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;

/**
 * Applied to every session: no permission (camera, notifications, clipboard read, …) is ever
 * granted, every request outside ALLOWED_REQUEST_SCHEMES is cancelled, and every response carries
 * the app's Content-Security-Policy.
 */
export function hardenSession(session: GuardedSession, log: Log = defaultLog): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log('permission refused', permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) log('request blocked', details.url);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}
