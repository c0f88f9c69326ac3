import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The benchmark page: the app's own modules (Dexie layer, statistics, Insights screen) on generated journals.
export default defineConfig({
  root: 'bench',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../dist/bench', emptyOutDir: true, target: 'chrome120', chunkSizeWarningLimit: 2000 },
});
