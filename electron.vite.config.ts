// electron-vite builds the three parts: main (ESM), preload (CommonJS, as a sandboxed preload
// must be) and the renderer (the same Vite config the browser test transport uses).
import { defineConfig } from 'electron-vite';
import { aliases, rendererConfig } from './renderer/vite.config';

export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      // Pure-JS packages are bundled: drizzle-orm alone takes about a second to load file by file.
      externalizeDeps: { exclude: ['drizzle-orm', 'zod', 'yaml'] },
      rolldownOptions: {
        // The worker that reads imported files under memory and time limits (core/files).
        input: { index: 'electron/main.ts', 'read-worker': 'core/files/read-worker.ts' },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      rolldownOptions: {
        input: { index: 'electron/preload.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, rolldownOptions: { input: 'renderer/index.html' } },
  },
});
