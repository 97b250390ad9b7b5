import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app://desk in Electron and from 127.0.0.1 in e2e, so every asset
// path is relative. No dev server is part of the product: tests run the built files.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // Loaded from disk, not the network, so a large chunk is fine; but the first load is kept small: the
    // screens (and with them date-holidays' tables, the editor and the check rules) are split out by
    // the dynamic import()s in src/App.tsx and load after the case list has painted.
    chunkSizeWarningLimit: 3000,
  },
});
