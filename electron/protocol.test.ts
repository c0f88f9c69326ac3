import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc/csp';
import {
  APP_SCHEME_PRIVILEGES,
  APP_URL,
  appRoots,
  createAppProtocolHandler,
  installAppProtocol,
  mimeTypeOf,
  pathSegments,
  registerAppScheme,
} from './protocol';

let dir: string;
let renderer: string;
let print: string;

/** The built app as Vite lays it out, a print folder, and secrets beside them that must stay out of reach. */
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'humeur-protocol-test-'));
  renderer = path.join(dir, 'app', 'dist', 'renderer');
  print = path.join(dir, 'print');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await mkdir(print);
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Humeur</title>');
  await writeFile(path.join(renderer, 'assets', 'index-3f2a.js'), 'console.log("humeur")');
  await writeFile(path.join(renderer, 'assets', 'index-3f2a.css'), 'body{}');
  await writeFile(path.join(renderer, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(renderer, 'assets', 'inter.woff2'), 'wOF2');
  await writeFile(path.join(renderer, 'assets', 'data.bin'), 'bytes');
  await writeFile(path.join(print, 'report-1.html'), '<p>report</p>');
  await writeFile(path.join(dir, 'id_rsa'), 'PRIVATE KEY');
  await mkdir(path.join(dir, 'ssh'));
  await writeFile(path.join(dir, 'ssh', 'config'), 'Host *');
  // A symlink inside the folder to a file outside it, one to a folder outside, and one that stays inside.
  await symlink(path.join(dir, 'id_rsa'), path.join(renderer, 'assets', 'key.js'));
  await symlink(path.join(dir, 'ssh'), path.join(renderer, 'ssh'));
  await symlink(path.join(renderer, 'assets', 'index-3f2a.js'), path.join(renderer, 'alias.js'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function handler(log = vi.fn()) {
  return createAppProtocolHandler({ roots: appRoots(renderer, print), log });
}

async function get(url: string, method = 'GET') {
  const response = await handler()({ url, method });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text(), headers: response.headers };
}

describe('the app: protocol handler', () => {
  it('serves the app page with its type and the app’s Content-Security-Policy', async () => {
    const page = await get(APP_URL);
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>Humeur</title>' });
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    // No other origin may read the app's files, though the scheme takes part in CORS for module scripts.
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    expect((await get('app://humeur/')).body).toBe('<!doctype html><title>Humeur</title>');
    expect((await get(`${APP_URL}?recovered=crash#/today`)).status).toBe(200);
  });

  it('gives each asset its MIME type, and unknown ones plain bytes', async () => {
    expect((await get('app://humeur/assets/index-3f2a.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get('app://humeur/assets/index-3f2a.css')).type).toBe('text/css; charset=utf-8');
    expect((await get('app://humeur/assets/logo.svg')).type).toBe('image/svg+xml');
    expect((await get('app://humeur/assets/inter.woff2')).type).toBe('font/woff2');
    expect((await get('app://humeur/assets/data.bin')).type).toBe('application/octet-stream');
    expect(mimeTypeOf('INDEX.HTML')).toBe('text/html; charset=utf-8');
  });

  it('answers 404 for a missing file, a folder, and an unknown host', async () => {
    expect((await get('app://humeur/missing.js')).status).toBe(404);
    expect((await get('app://humeur/assets')).status).toBe(404);
    expect((await get('app://humeur/assets/')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('https://humeur/index.html')).status).toBe(404);
  });

  it('never leaves its folder, whatever the spelling of ".."', async () => {
    for (const url of [
      'app://humeur/../id_rsa',
      'app://humeur/../../../id_rsa',
      'app://humeur/%2e%2e/%2e%2e/%2e%2e/id_rsa',
      'app://humeur/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2Fid_rsa',
      'app://humeur/assets/..%2f..%2f..%2f..%2fid_rsa',
      'app://humeur/..%5c..%5c..%5cid_rsa',
      'app://humeur/%2Fetc%2Fpasswd',
      'app://humeur/C:%5CWindows%5Cwin.ini',
      'app://humeur/index.html%00.js',
      'app://humeur/%E0%A4%A',
      'app://humeur//etc/passwd',
      'app://print/../app/dist/renderer/index.html',
      'app://print/%2e%2e%2fid_rsa',
    ]) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body, url).not.toContain('PRIVATE KEY');
    }
  });

  it('refuses symlinks that point out of the folder, and follows those that stay inside', async () => {
    expect((await get('app://humeur/assets/key.js')).status).toBe(404);
    expect((await get('app://humeur/ssh/config')).status).toBe(404);
    expect(await get('app://humeur/alias.js')).toMatchObject({ status: 200, body: 'console.log("humeur")' });
  });

  it('serves the report being printed from the print folder only', async () => {
    expect(await get('app://print/report-1.html')).toMatchObject({ status: 200, body: '<p>report</p>' });
    expect((await get('app://print/index.html')).status).toBe(404);
    expect((await get('app://humeur/report-1.html')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await get(APP_URL, 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get(APP_URL, 'POST')).status).toBe(405);
    expect((await get(APP_URL, 'PUT')).status).toBe(405);
  });

  it('splits paths into plain names only', () => {
    expect(pathSegments('/assets/index-3f2a.js')).toEqual(['assets', 'index-3f2a.js']);
    expect(pathSegments('/')).toEqual(['index.html']);
    expect(pathSegments('/r%C3%A9sum%C3%A9.html')).toEqual(['résumé.html']);
    for (const bad of ['/..', '/./x', '/a//b', '/a%2Fb', '/a%5Cb', '/a:b', '/a%00b', '/%ZZ']) expect(pathSegments(bad), bad).toBeNull();
  });
});

describe('installing the protocol', () => {
  it('registers app: as a standard, secure scheme before the app is ready, without CSP bypass or service workers', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false, allowServiceWorkers: false }),
    });
  });

  it('handles app: and answers every file: request with 404', async () => {
    const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
    const log = vi.fn();
    installAppProtocol({ handle: (scheme, h) => void handlers.set(scheme, h) }, { roots: appRoots(renderer, print), log });
    expect([...handlers.keys()].sort()).toEqual(['app', 'file']);
    const file = await handlers.get('file')!(new Request(`file://${path.join(dir, 'id_rsa')}`));
    expect(file.status).toBe(404);
    expect(await file.text()).not.toContain('PRIVATE KEY');
    expect(log).toHaveBeenCalledWith('file: request refused', expect.stringContaining('id_rsa'));
    expect((await handlers.get('app')!(new Request(APP_URL))).status).toBe(200);
  });
});
