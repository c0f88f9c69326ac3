import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../shared/ipc/csp';
import {
  GRANTED_PERMISSIONS,
  hardenSession,
  hardenWebContents,
  installShellGuards,
  isAllowedRequestUrl,
  isAppOrigin,
  isAppUrl,
  isPermissionGranted,
  UNREACHABLE_DICTIONARY_URL,
  withContentSecurityPolicy,
  type GuardedApp,
  type GuardedContents,
  type GuardedSession,
} from './security';

const APP_URL = 'app://humeur/index.html';
const quiet = () => {};

type Listener = (event: { url: string; isMainFrame: boolean; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  /** Fires an Electron navigation event and says whether the app let it through. */
  const navigate = (name: string, url: string, isMainFrame = true) => {
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return !event.preventDefault.mock.calls.length;
  };
  return { contents: contents as unknown as GuardedContents, navigate, open: (url: string) => openHandler!({ url }), listeners };
}

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const spellChecker = { enabled: true as boolean, languages: ['en-US'] as string[], downloadUrl: 'https://redirector.gvt1.com/edgedl/chrome/dict/' };
  const session = {
    setSpellCheckerEnabled: vi.fn((enabled: boolean) => (spellChecker.enabled = enabled)),
    setSpellCheckerLanguages: vi.fn((languages: string[]) => (spellChecker.languages = languages)),
    setSpellCheckerDictionaryDownloadURL: vi.fn((url: string) => (spellChecker.downloadUrl = url)),
    setPermissionRequestHandler: (h: never) => (handlers.request = h),
    setPermissionCheckHandler: (h: never) => (handlers.check = h),
    setDevicePermissionHandler: (h: never) => (handlers.device = h),
    webRequest: {
      onBeforeRequest: (h: never) => (handlers.beforeRequest = h),
      onHeadersReceived: (h: never) => (handlers.headers = h),
    },
  };
  const call = (name: string, ...args: unknown[]) => (handlers[name] as (...a: unknown[]) => unknown)(...args);
  return { session: session as unknown as GuardedSession, call, spellChecker, handlers };
}

describe('isAppUrl', () => {
  it('accepts the index page whatever its hash route or query', () => {
    expect(isAppUrl(APP_URL, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}#/journal/2024-10-01`, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}?lang=fr`, APP_URL)).toBe(true);
  });

  it('refuses other files, other hosts, other schemes and garbage', () => {
    expect(isAppUrl('app://humeur/other.html', APP_URL)).toBe(false);
    expect(isAppUrl('app://print/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('file:///opt/Humeur/resources/app.asar/dist/renderer/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', APP_URL)).toBe(false);
    expect(isAppUrl('https://humeur/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('not a url', APP_URL)).toBe(false);
  });

  it('ignores the case of the host, as Chromium does', () => {
    expect(isAppUrl('app://HUMEUR/index.html#/today', APP_URL)).toBe(true);
  });

  it('tells the app’s origin from any other', () => {
    expect(isAppOrigin('app://humeur')).toBe(true);
    expect(isAppOrigin('app://humeur/index.html#/settings')).toBe(true);
    for (const other of ['app://print', 'app://humeur.evil', 'file:///', 'https://humeur', 'http://127.0.0.1:5178', 'null', '', undefined]) {
      expect(isAppOrigin(other), String(other)).toBe(false);
    }
  });
});

describe('hardenWebContents', () => {
  it('lets the page move between its own routes', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, APP_URL, quiet);
    expect(fake.navigate('will-navigate', `${APP_URL}#/insights`)).toBe(true);
  });

  it('refuses navigation, frame navigation and redirects to anything else', () => {
    const fake = fakeContents();
    const log = vi.fn();
    hardenWebContents(fake.contents, APP_URL, log);
    expect(fake.navigate('will-navigate', 'https://evil.example/phish')).toBe(false);
    expect(fake.navigate('will-frame-navigate', 'file:///home/ana/.ssh/id_rsa')).toBe(false);
    expect(fake.navigate('will-redirect', 'http://127.0.0.1:8080/')).toBe(false);
    expect(log).toHaveBeenCalledWith('navigation refused', 'https://evil.example/phish');
  });

  it('lets an inner frame start blank, but not the page itself', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, APP_URL, quiet);
    expect(fake.navigate('will-frame-navigate', 'about:srcdoc', false)).toBe(true);
    expect(fake.navigate('will-frame-navigate', 'about:blank', false)).toBe(true);
    expect(fake.navigate('will-frame-navigate', 'about:blank', true)).toBe(false);
    expect(fake.navigate('will-frame-navigate', 'https://evil.example/', false)).toBe(false);
  });

  it('refuses <webview> and every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, APP_URL, quiet);
    expect(fake.navigate('will-attach-webview', 'app://humeur/index.html')).toBe(false);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.open(APP_URL)).toEqual({ action: 'deny' });
  });
});

/** Asks the session's request handler, as Chromium does, and says what it answered. */
function request(fake: ReturnType<typeof fakeSession>, permission: string, requestingUrl: string, pageUrl = requestingUrl) {
  const callback = vi.fn();
  fake.call('request', { getURL: () => pageUrl }, permission, callback, { requestingUrl, isMainFrame: true });
  return callback.mock.calls[0][0] as boolean;
}

describe('hardenSession: permissions', () => {
  it('grants persistent storage and notifications to the app’s own page', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { log: quiet });
    expect([...GRANTED_PERMISSIONS].sort()).toEqual(['notifications', 'persistent-storage']);
    expect(request(fake, 'persistent-storage', `${APP_URL}#/settings`)).toBe(true);
    expect(request(fake, 'notifications', `${APP_URL}#/today`)).toBe(true);
    expect(fake.call('check', {}, 'persistent-storage', 'app://humeur', {})).toBe(true);
    expect(fake.call('check', {}, 'notifications', 'app://humeur', {})).toBe(true);
  });

  it('refuses those two to any other origin, file: and the web build’s included', () => {
    const fake = fakeSession();
    const log = vi.fn();
    hardenSession(fake.session, { log });
    for (const origin of ['https://evil.example/', 'file:///home/ana/Downloads/x.html', 'app://print/report.html', 'http://127.0.0.1:5178/', 'about:srcdoc']) {
      expect(request(fake, 'persistent-storage', origin), origin).toBe(false);
      expect(request(fake, 'notifications', origin), origin).toBe(false);
      expect(fake.call('check', {}, 'notifications', origin, {}), origin).toBe(false);
    }
    // A frame of another origin inside the app's page asks with its own URL.
    expect(request(fake, 'notifications', 'https://evil.example/frame', APP_URL)).toBe(false);
    expect(log).toHaveBeenCalledWith('permission refused', { permission: 'notifications', url: 'https://evil.example/' });
  });

  it('refuses every other permission request and check, even to the app', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { log: quiet });
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'midi', 'pointerLock', 'fullscreen', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection', 'window-management', 'unknown']) {
      expect(request(fake, permission, APP_URL), permission).toBe(false);
      expect(fake.call('check', {}, permission, 'app://humeur', {}), permission).toBe(false);
    }
    expect(fake.call('device', { deviceType: 'usb', origin: 'app://humeur' })).toBe(false);
  });

  it('falls back to the page’s URL when Chromium gives no requesting URL', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { log: quiet });
    expect(request(fake, 'persistent-storage', '', APP_URL)).toBe(true);
    expect(request(fake, 'persistent-storage', '', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted('persistent-storage', undefined)).toBe(false);
  });
});

describe('hardenSession: no network', () => {
  it('switches the spell checker off, with no language and a download address on this machine', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { log: quiet });
    expect(fake.spellChecker).toEqual({ enabled: false, languages: [], downloadUrl: UNREACHABLE_DICTIONARY_URL });
    expect(new URL(UNREACHABLE_DICTIONARY_URL).hostname).toBe('127.0.0.1');
  });

  it('cancels every network request and every file: request, and lets the app through', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { log: quiet });
    const decide = (url: string) => {
      const callback = vi.fn();
      fake.call('beforeRequest', { url }, callback);
      return callback.mock.calls[0][0];
    };
    expect(decide('https://fonts.googleapis.com/css2?family=Inter')).toEqual({ cancel: true });
    expect(decide('http://localhost:5173/')).toEqual({ cancel: true });
    expect(decide('wss://tracker.example/socket')).toEqual({ cancel: true });
    expect(decide('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toEqual({ cancel: true });
    expect(decide('file:///home/ana/.ssh/id_rsa')).toEqual({ cancel: true });
    expect(decide('file:///opt/Humeur/resources/app.asar/dist/renderer/index.html')).toEqual({ cancel: true });
    expect(decide(`${APP_URL}`)).toEqual({ cancel: false });
    expect(decide('app://humeur/assets/index-3f2a.js')).toEqual({ cancel: false });
    expect(decide('devtools://devtools/bundled/devtools_app.html')).toEqual({ cancel: false });
  });

  it('logs each refused request in development builds only', () => {
    const decide = (development: boolean) => {
      const fake = fakeSession();
      const log = vi.fn();
      hardenSession(fake.session, { log, development });
      fake.call('beforeRequest', { url: 'https://telemetry.example/ping' }, vi.fn());
      fake.call('beforeRequest', { url: APP_URL }, vi.fn());
      return log.mock.calls;
    };
    expect(decide(true)).toEqual([['request blocked', 'https://telemetry.example/ping']]);
    expect(decide(false)).toEqual([]);
  });
});

describe('installShellGuards', () => {
  function fakeApp() {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    return {
      app: { on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener) } as unknown as GuardedApp,
      emit: (name: string, ...args: unknown[]) => listeners.get(name)!(...args),
    };
  }

  it('hardens the default session and every session created afterwards', () => {
    const fake = fakeApp();
    const defaultSession = fakeSession();
    installShellGuards(fake.app, defaultSession.session, { appUrl: APP_URL, log: quiet });
    const created = [fakeSession(), fakeSession(), fakeSession()];
    for (const session of created) fake.emit('session-created', session.session);
    for (const session of [defaultSession, ...created]) {
      expect(session.spellChecker).toEqual({ enabled: false, languages: [], downloadUrl: UNREACHABLE_DICTIONARY_URL });
      expect(Object.keys(session.handlers).sort()).toEqual(['beforeRequest', 'check', 'device', 'headers', 'request']);
      const callback = vi.fn();
      session.call('beforeRequest', { url: 'https://example.com/' }, callback);
      expect(callback).toHaveBeenCalledWith({ cancel: true });
    }
  });

  it('fences every WebContents created afterwards', () => {
    const fake = fakeApp();
    installShellGuards(fake.app, fakeSession().session, { appUrl: APP_URL, log: quiet });
    const contents = fakeContents();
    fake.emit('web-contents-created', {}, contents.contents);
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(false);
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
  });
});

describe('hardenSession: responses', () => {

  it('puts the app policy on every response, replacing any other', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { log: quiet });
    const callback = vi.fn();
    fake.call('headers', { responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('the Content-Security-Policy', () => {
  it('allows nothing remote, no eval and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('has a meta variant without frame-ancestors, which browsers ignore in a meta tag', () => {
    expect(CONTENT_SECURITY_POLICY_META).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('is set on headers that had none', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('lets data: and blob: pass, which never leave the page', () => {
    expect(isAllowedRequestUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://humeur/6b1c2d')).toBe(true);
    expect(isAllowedRequestUrl('ftp://example.com/x')).toBe(false);
  });
});
