/**
 * The fence around the renderer: it may show the app's own index.html and nothing else, open no
 * window, get no permission beyond the two the app uses, and reach no network. Each function takes
 * the Electron object it hardens, so tests hand it a fake.
 */
import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/ipc/appOrigin';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc/csp';

/**
 * Schemes a request may use. app: is the app itself (protocol.ts), devtools: the developer tools;
 * data: and blob: never leave the page (inline images, generated downloads). Everything else is
 * cancelled: http(s) and ws(s) because Humeur makes no network request at all, file: because the
 * page must never read the disk outside its own folder.
 */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

export type Log = (message: string, detail?: unknown) => void;

const defaultLog: Log = (message, detail) => console.warn(`[humeur] ${message}`, detail ?? '');

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * A URL without its query and fragment, its scheme and host in lower case, so that
 * "app://humeur/index.html#/journal" and "app://HUMEUR/index.html?recovered=crash" compare equal.
 */
function pageOf(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || !parsed.host) return null;
  return `${parsed.protocol.toLowerCase()}//${parsed.host.toLowerCase()}${parsed.pathname}`;
}

/**
 * True when `url` is the app's own index page, whatever its route: the renderer routes with the
 * hash, e.g. "app://humeur/index.html#/insights".
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const page = pageOf(url);
  return page !== null && page === pageOf(appUrl);
}

/** True for a URL or origin of the app itself, "app://humeur" or "app://humeur/index.html#/today". */
export function isAppOrigin(url: string | undefined): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST;
}

export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && ALLOWED_REQUEST_SCHEMES.has(parsed.protocol);
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

/**
 * The permissions the app's own page may have: persistent-storage so the browser never evicts the
 * journal under disk pressure (renderer/app/storage.ts asks for it), notifications for the evening
 * reminder. Any other permission, and these two for any other origin, is refused.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'notifications']);

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppOrigin(requestingUrl);
}

/**
 * Chromium downloads Hunspell dictionaries from a Google server when spell checking needs them.
 * It is switched off, with no language, and pointed at a port on this machine that nothing
 * listens on, in case a future Electron starts a download anyway.
 */
export const UNREACHABLE_DICTIONARY_URL = 'http://127.0.0.1:9/';

export type GuardedSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'webRequest'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerLanguages'
  | 'setSpellCheckerDictionaryDownloadURL'
>;

export interface SessionGuardOptions {
  log?: Log;
  /** Development builds log every refused request, so that a stray one is seen before a release. */
  development?: boolean;
}

/**
 * Applied to every session: no spell-checker download, only the app's own permissions, every
 * request outside ALLOWED_REQUEST_SCHEMES cancelled, and the app's Content-Security-Policy on
 * every response.
 */
export function hardenSession(session: GuardedSession, options: SessionGuardOptions = {}): void {
  const log = options.log ?? defaultLog;
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerLanguages([]);
  session.setSpellCheckerDictionaryDownloadURL(UNREACHABLE_DICTIONARY_URL);
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = details?.requestingUrl || contents?.getURL();
    const granted = isPermissionGranted(permission, url);
    if (!granted) log('permission refused', { permission, url });
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed && options.development) log('request blocked', details.url);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

export type GuardedApp = Pick<App, 'on'>;

/**
 * Hardens the default session now and every session and WebContents created later, including
 * any a future change (or a library) creates without thinking of it.
 */
export function installShellGuards(app: GuardedApp, defaultSession: GuardedSession, options: SessionGuardOptions & { appUrl: string }): void {
  hardenSession(defaultSession, options);
  app.on('session-created', (created) => hardenSession(created, options));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options.appUrl, options.log));
}
