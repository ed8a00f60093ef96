// Build: `npm run build` writes the bundle to dist/, or to DYAD_WEB_OUT when
// set (CMake sets it to ${PROJECT_BINARY_DIR}/web). Relative asset paths so
// the dashboard works under any prefix `dyad serve` puts it at.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  base: './',
  build: {
    outDir: process.env.DYAD_WEB_OUT ? resolve(process.env.DYAD_WEB_OUT) : 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` proxies the API to a running `dyad serve` (or the mock).
    proxy: { '/api': process.env.DYAD_API ?? 'http://127.0.0.1:8080' },
  },
});
