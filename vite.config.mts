import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` so the built files load from file:// inside Electron as well as from a web server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 900,
  },
  server: { host: '127.0.0.1' },
});
