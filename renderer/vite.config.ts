// The renderer's Vite config, shared by electron-vite (inside the app) and `npm run build:web`
// (the browser test transport), so both run the very same UI build.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The renderer reaches the core only through these (tsconfig.json "paths" says the same for tsc
 *  and esbuild); vitest and electron-vite's main build reuse them. */
export const aliases = {
  '@model': fileURLToPath(new URL('../model', import.meta.url)),
  '@contract': fileURLToPath(new URL('../core/contract', import.meta.url)),
};

export const rendererConfig: UserConfig = {
  root,
  base: './',
  plugins: [react()],
  resolve: { alias: aliases },
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
  },
};

export default defineConfig(rendererConfig);
