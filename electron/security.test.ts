import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../shared/ipc/csp';
import {
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  isAppUrl,
  withContentSecurityPolicy,
  type GuardedContents,
  type GuardedSession,
} from './security';

const APP_URL = 'file:///opt/Humeur/resources/app.asar/dist/renderer/index.html';
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
  const session = {
    setPermissionRequestHandler: (h: never) => (handlers.request = h),
    setPermissionCheckHandler: (h: never) => (handlers.check = h),
    webRequest: {
      onBeforeRequest: (h: never) => (handlers.beforeRequest = h),
      onHeadersReceived: (h: never) => (handlers.headers = h),
    },
  };
  const call = (name: string, ...args: unknown[]) => (handlers[name] as (...a: unknown[]) => unknown)(...args);
  return { session: session as unknown as GuardedSession, call };
}

describe('isAppUrl', () => {
  it('accepts the index page whatever its hash route or query', () => {
    expect(isAppUrl(APP_URL, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}#/journal/2024-10-01`, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}?lang=fr`, APP_URL)).toBe(true);
  });

  it('refuses other files, other schemes and garbage', () => {
    expect(isAppUrl('file:///opt/Humeur/resources/app.asar/dist/renderer/other.html', APP_URL)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', APP_URL)).toBe(false);
    expect(isAppUrl('https://example.com/dist/renderer/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('not a url', APP_URL)).toBe(false);
  });

  it('ignores the case of a Windows drive letter', () => {
    expect(isAppUrl('file:///c:/Program%20Files/Humeur/index.html#/today', 'file:///C:/Program%20Files/Humeur/index.html')).toBe(true);
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
    expect(fake.navigate('will-attach-webview', 'file:///anything')).toBe(false);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.open(APP_URL)).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const fake = fakeSession();
    hardenSession(fake.session, quiet);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      fake.call('request', {}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(fake.call('check', {}, permission, 'file://', {})).toBe(false);
    }
  });

  it('cancels every network request and lets local files through', () => {
    const fake = fakeSession();
    hardenSession(fake.session, quiet);
    const decide = (url: string) => {
      const callback = vi.fn();
      fake.call('beforeRequest', { url }, callback);
      return callback.mock.calls[0][0];
    };
    expect(decide('https://fonts.googleapis.com/css2?family=Inter')).toEqual({ cancel: true });
    expect(decide('http://localhost:5173/')).toEqual({ cancel: true });
    expect(decide('wss://tracker.example/socket')).toEqual({ cancel: true });
    expect(decide(`${APP_URL}`)).toEqual({ cancel: false });
    expect(decide('file:///opt/Humeur/resources/app.asar/dist/renderer/assets/index-3f2a.js')).toEqual({ cancel: false });
    expect(decide('devtools://devtools/bundled/devtools_app.html')).toEqual({ cancel: false });
  });

  it('puts the app policy on every response, replacing any other', () => {
    const fake = fakeSession();
    hardenSession(fake.session, quiet);
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
    expect(isAllowedRequestUrl('blob:file:///6b1c2d')).toBe(true);
    expect(isAllowedRequestUrl('ftp://example.com/x')).toBe(false);
  });
});
