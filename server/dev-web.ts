// `npm run dev:web`: rebuilds the renderer on every change and serves it with the real core
// over the loopback transport, for working on the UI in an ordinary browser.
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { rendererConfig } from '../renderer/vite.config';
import { devWebDatabasePath } from './dev-database';
import { serve } from './serve';

const { values } = parseArgs({ options: { db: { type: 'string' }, 'key-file': { type: 'string' }, port: { type: 'string' } } });
const databasePath = devWebDatabasePath(values.db);

const watcher = await build({ ...rendererConfig, logLevel: 'warn', build: { ...rendererConfig.build, watch: {} } });
// Wait for the first build so the printed address works at once.
if ('on' in watcher) await new Promise<void>((resolve) => watcher.on('event', (e) => {
  if (e.code === 'END') resolve();
}));
const running = await serve({ databasePath, keyFile: values['key-file'], port: values.port ? Number(values.port) : undefined });
process.stdout.write(
  `Scrutineer (browser) is running against ${databasePath}\nOpen ${running.transport.urlWithToken}\nThe UI rebuilds when you save; reload the page. Ctrl+C stops.\n`,
);
