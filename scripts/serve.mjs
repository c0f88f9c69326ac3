// Serves the built app (dist/renderer) on http://127.0.0.1:<port> for web mode and end-to-end tests.
// Usage: node scripts/serve.mjs [--port 5178]   (PORT=0 picks a free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../dist/renderer', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The build's scripts and styles carry a hash of their content in their name (index-DD63uOTB.js):
 * a browser may keep them for good, which also lets it keep their compiled code (V8's code cache,
 * as Electron does for app:// with the codeCache privilege). Everything else is asked for afresh.
 */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.(js|css|wasm)$/;
export function cacheControl(pathname) {
  return HASHED_ASSET.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-store';
}

export function createStaticServer(root = ROOT) {
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      const file = (await stat(path).catch(() => null))?.isDirectory() ? join(path, 'index.html') : path;
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cacheControl(url.pathname) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
}

export function listen(server, port) {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server.address().port));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port');
  const port = Number(flag > 0 ? process.argv[flag + 1] : process.env.PORT ?? 5178);
  try {
    await stat(join(ROOT, 'index.html'));
  } catch {
    console.error('dist/renderer/index.html is missing: run `npm run build:renderer` first.');
    process.exit(1);
  }
  const actual = await listen(createStaticServer(), port);
  console.log(`Humeur is running at http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
}
