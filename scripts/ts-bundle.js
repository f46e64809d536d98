// Bundles a TypeScript entry point with esbuild into out/bundles/, only when a source is newer
// than the bundle, so commands start as plain JavaScript (drizzle-orm alone takes about a second
// to load file by file). better-sqlite3 and resvg stay external: they are native modules.
import { buildSync } from 'esbuild';
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDirs = ['cli', 'core', 'db', 'model', 'server'];
// Large libraries the core imports only on first use: left out of the bundle and loaded from
// node_modules when needed, so a command that never writes a document starts fast.
const heavyLibraries = ['docx', 'exceljs', 'vega', 'vega-lite'];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Returns the path of an up-to-date bundle of `entry` (relative to the project root). */
export function ensureBundle(entry, outName) {
  const bundle = join(root, 'out', 'bundles', outName);
  const newest = Math.max(
    ...sourceDirs.map((d) => join(root, d)).filter(existsSync).map(newestSource),
    statSync(join(root, 'package.json')).mtimeMs,
    statSync(join(root, 'tsconfig.json')).mtimeMs,
  );
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest) return bundle;
  // Build beside and rename, so a process started at the same moment never loads half a file.
  const temporary = `${bundle}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [join(root, entry)],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // The @model and @contract path aliases come from here.
    tsconfig: join(root, 'tsconfig.json'),
    external: ['better-sqlite3', '@resvg/resvg-js', ...heavyLibraries],
    // CommonJS packages inside an ESM bundle still call require() for Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
  renameSync(temporary, bundle);
  return bundle;
}
