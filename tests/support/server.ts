// The web transport in a child process on a given database file, as the browser tests and the
// keypress bench drive it. Resolves with its URL (which carries the per-run token).
import { spawn, type ChildProcess } from 'node:child_process';
import { ensureBundle } from '../../scripts/ts-bundle.js';
import { TEST_KEY_HEX } from './test-key';

/** env overrides the test key (SCRUTINEER_DB_KEY: '' starts it locked: the page asks for the key). */
export async function startServer(databasePath: string, env: NodeJS.ProcessEnv = {}): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [ensureBundle('server/serve.ts', 'serve.mjs'), '--db', databasePath], {
    cwd: process.cwd(),
    env: { ...process.env, SCRUTINEER_DB_KEY: TEST_KEY_HEX, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /web transport: (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
  return { url, child };
}
