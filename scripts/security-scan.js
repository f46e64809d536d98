// `npm run security:scan`: Electronegativity (Doyensec's checker for Electron security
// misconfigurations) over the built app (out/) and the shell's source (electron/). Run through
// npm exec, not a dependency of this repository: it needs eslint 7 and TypeScript 4.2, and relies
// on an undeclared `commander` that the project's own (v15) would shadow. Offline: the Electron
// version is given rather than looked up, the release-list check is skipped, and its HTTP client
// is stubbed (scripts/offline-got.js). Findings and reasons: README.md, "Security".
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const preload = pathToFileURL(join(root, 'scripts/offline-got.js')).href;
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['out', 'electron'];
let failed = false;
for (const target of targets) {
  console.log(`\nElectronegativity on ${target}/`);
  const run = spawnSync(
    'npm',
    ['exec', '--yes', '--package=@doyensec/electronegativity@1.10.3', '--', 'electronegativity', '-i', join(root, target), '-e', electronVersion, '-r', '-v', 'false', '-x', 'AvailableSecurityFixesGlobalCheck'],
    { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: `--import ${preload}` } },
  );
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
