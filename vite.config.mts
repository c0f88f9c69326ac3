import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META as CONTENT_SECURITY_POLICY } from './shared/ipc/csp';

/** The page carries the same Content-Security-Policy the desktop shell sends, from one definition. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'humeur-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        // The dev server injects inline scripts for hot reload; only the built app gets the strict policy.
        html.replace('__HUMEUR_CSP__', ctx.server ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") : CONTENT_SECURITY_POLICY),
    },
  };
}

// `base: './'` so the built files load from app://humeur/ inside Electron as well as from a web server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 900,
  },
  server: { host: '127.0.0.1' },
});
