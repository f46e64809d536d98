// `npm start`: builds and opens the desktop app, or says plainly why it cannot.
import { spawnSync } from 'node:child_process';
import { electronBinaryPath } from './electron-binary.js';

if (!electronBinaryPath()) {
  console.error(
    [
      'Scrutineer cannot open its window: Electron\'s binary is not installed on this machine.',
      'That happens when `npm install` ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without internet access.',
      'With internet access, run `npm install` again (or `node node_modules/electron/install.js`) and then `npm start`.',
      'Meanwhile the tests (`npm test`), the CLI (`npm run cli -- --help`) and the browser UI (`npm run dev:web`) work without it.',
    ].join('\n'),
  );
  process.exit(1);
}
const result = spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
