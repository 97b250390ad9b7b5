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
    // One bundle loaded from disk, not the network: the holiday tables make it large, and that is fine.
    chunkSizeWarningLimit: 3000,
  },
});
