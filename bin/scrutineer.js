#!/usr/bin/env node
// The `scrutineer` command (and `npm run cli`). The TypeScript CLI is bundled once with esbuild
// into out/cli/ and rebuilt only when a source file is newer, so a cold start loads plain JS.
import { buildSync } from 'esbuild';
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'main.mjs');
const sourceDirs = ['cli', 'core', 'db'].map((d) => join(root, d));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sourceDirs.map(newestSource), statSync(join(root, 'package.json')).mtimeMs);
if (stale) {
  // Build beside and rename, so a CLI started at the same moment never loads half a file.
  const temporary = `${bundle}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [join(root, 'cli', 'main.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Bundling the pure-JS packages too: drizzle-orm alone takes ~1 s to load file by file.
    external: ['better-sqlite3'],
    // CommonJS packages inside an ESM bundle still call require() for Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
  renameSync(temporary, bundle);
}
await import(pathToFileURL(bundle).href);
