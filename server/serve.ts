// Starts the core and the web transport for one database; used by `npm run dev:web` and by the
// end-to-end tests (each test gets its own process and database file).
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { launchLockedApp } from '../core/locked-app';
import { cliKeyInputs } from '../cli/key-input';
import { join } from 'node:path';
import { findProjectRoot } from '../core/paths';
import { devWebDatabasePath } from './dev-database';
import { headlessHost } from '../core/headless-host';
import { isUserError } from '../model/errors';
import { startWebTransport } from './web-transport';

export const builtRendererDir = join(findProjectRoot(), 'out', 'renderer');

export async function serve(options: { databasePath: string; keyFile?: string; staticDir?: string; port?: number }) {
  // With no key given and no terminal, the page asks for the passphrase (core/locked-app).
  const core = await launchLockedApp({
    databasePath: options.databasePath,
    keys: cliKeyInputs({ keyFile: options.keyFile }),
    automaticBackups: { onProblem: (error) => console.error(error) },
    host: headlessHost('web'),
    onInternalError: (error) => console.error(error),
  });
  const transport = await startWebTransport({ dispatch: core.dispatch, staticDir: options.staticDir ?? builtRendererDir, port: options.port });
  return {
    transport,
    async close() {
      await transport.close();
      core.close();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { db: { type: 'string' }, 'key-file': { type: 'string' }, port: { type: 'string' }, static: { type: 'string' } } });
  try {
    const running = await serve({
      databasePath: devWebDatabasePath(values.db),
      keyFile: values['key-file'],
      staticDir: values.static,
      port: values.port ? Number(values.port) : undefined,
    });
    // The first line is machine-read by the tests: keep its shape.
    process.stdout.write(`Scrutineer web transport: ${running.transport.urlWithToken}\n`);
    const stop = () => void running.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    process.stderr.write(`scrutineer: ${isUserError(error) ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
