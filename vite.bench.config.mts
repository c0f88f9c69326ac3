import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The benchmark page: the app's own modules (Dexie layer, statistics, Insights screen) on generated journals.
export default defineConfig({
  root: 'bench',
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: '../dist/bench',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
    // The benchmark page, and the stack's floor for a cold start (stackFloor.tsx).
    rollupOptions: { input: { index: 'bench/index.html', stackFloor: 'bench/stack-floor.html' } },
  },
});
