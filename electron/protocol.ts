/**
 * The app's own origin, app://humeur/, instead of file://. Under file: the CSP's 'self' covers
 * every file on the disk; here it covers the built renderer folder and nothing else. The handler
 * serves files from one folder per host, refuses any path that leaves it (a ".." segment, an
 * encoded separator, a symlink pointing out), and answers 404 for everything else.
 * Electron's `protocol` and the file system are parameters, so tests pass fakes or a temp folder.
 */
import { realpath as realpathCallback } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc/csp';
import { APP_HOST, APP_SCHEME, PRINT_HOST } from '../shared/ipc/appOrigin';
import type { Log } from './security';

export { APP_HOST, APP_ORIGIN, APP_SCHEME, APP_URL, PRINT_HOST } from '../shared/ipc/appOrigin';

/**
 * standard: a real origin (storage, relative URLs); secure: counts as a secure context, like https;
 * supportFetchAPI, corsEnabled and codeCache for the page's own module scripts, which Vite's build
 * loads in CORS mode (the handler never sends Access-Control-Allow-Origin, so no other origin can
 * read a response). No service workers, no bypass of the CSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true, allowServiceWorkers: false, bypassCSP: false },
};

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** The types the built renderer and the printed report use; anything else is served as bytes. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** What the handler reads of the disk; Node's fs (patched by Electron to read inside app.asar) in the app. */
export interface FolderFs {
  realpath(file: string): Promise<string>;
  readFile(file: string): Promise<Uint8Array>;
  isFile(file: string): Promise<boolean>;
}

export const nodeFolderFs: FolderFs = {
  // The callback form, which Electron's asar support patches; the promise form may not see inside app.asar.
  realpath: promisify(realpathCallback),
  readFile: (file) => readFile(file),
  isFile: async (file) => (await stat(file)).isFile(),
};

/**
 * The path segments of a URL path, decoded; null when one of them could name something outside
 * the folder or is not a plain name: "..", ".", empty, or holding "/", "\", ":" or NUL once decoded.
 * e.g. "/assets/index-3f2a.js" → ["assets", "index-3f2a.js"]; "/%2e%2e/x" or "/a%2Fb" → null.
 */
export function pathSegments(pathname: string): string[] | null {
  const raw = pathname.replace(/^\//, '');
  if (raw === '') return ['index.html'];
  const segments: string[] = [];
  for (const part of raw.split('/')) {
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (name === '' || name === '.' || name === '..' || /[/\\:\0]/.test(name)) return null;
    segments.push(name);
  }
  return segments;
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The real path of the file a URL path names inside `root`, or null when there is none or it is
 * outside: the real path is checked after every symlink is resolved.
 */
export async function resolveInside(root: string, pathname: string, fs: FolderFs): Promise<string | null> {
  const segments = pathSegments(pathname);
  if (!segments) return null;
  try {
    const realRoot = await fs.realpath(root);
    const real = await fs.realpath(path.join(root, ...segments));
    if (!isInside(realRoot, real)) return null;
    return (await fs.isFile(real)) ? real : null;
  } catch {
    // Missing, unreadable, or a broken link: all the same 404.
    return null;
  }
}

export interface AppProtocolOptions {
  /** Host → folder, e.g. { humeur: "<app>/dist/renderer", print: "<userData>/print" }. */
  roots: Readonly<Record<string, string>>;
  fs?: FolderFs;
  log?: Log;
}

const NO_SNIFF = { 'X-Content-Type-Options': 'nosniff' };

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_SNIFF } });
}

export type ProtocolRequest = Pick<Request, 'url' | 'method'>;

/** The protocol.handle handler for app:. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: ProtocolRequest) => Promise<Response> {
  const fs = options.fs ?? nodeFolderFs;
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    const root = url.protocol === `${APP_SCHEME}:` && Object.hasOwn(options.roots, url.hostname) ? options.roots[url.hostname] : undefined;
    if (root === undefined) {
      options.log?.('app: request for an unknown host refused', request.url);
      return notFound();
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD', ...NO_SNIFF } });
    }
    const file = await resolveInside(root, url.pathname, fs);
    if (!file) {
      options.log?.('app: file not found or outside its folder', request.url);
      return notFound();
    }
    const body = request.method === 'HEAD' ? null : await fs.readFile(file);
    return new Response(body as ConstructorParameters<typeof Response>[0], {
      status: 200,
      headers: {
        'Content-Type': mimeTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-cache',
        ...NO_SNIFF,
      },
    });
  };
}

/**
 * Serves app: from its folders and answers every file: request with 404, so that no page, frame
 * or fetch ever reads the disk through file: (the request fence in security.ts cancels them too).
 */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
  protocol.handle('file', (request) => {
    options.log?.('file: request refused', request.url);
    return notFound();
  });
}

/** Which folder a host serves; PRINT_HOST's is the private temporary folder of reports being printed. */
export function appRoots(rendererFolder: string, printFolder: string): Record<string, string> {
  return { [APP_HOST]: rendererFolder, [PRINT_HOST]: printFolder };
}
