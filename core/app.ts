// Opens the core for a host: database (migrated), shipped frameworks seeded, dispatcher ready.
// Electron's main process, the CLI and the web test transport all start here.
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { newestBackup } from '../db/backups';
import { databaseProblem } from '../db/errors';
import type { DatabaseKey } from '../db/cipher';
import { openDatabase, type OpenedDatabase } from '../db/open';
import { makePrivateFolder } from '../db/private-files';
import { unlockDatabaseKey, type KeyInputs, type UnlockedKey } from './keys/unlock';
import { dataDirFor, writeErrorLog } from './error-log';
import { createDispatcher, type Dispatch } from './contract/dispatcher';
import { seedBuiltinFrameworks } from './frameworks/service';
import { handlers, type Host } from './handlers';
import { defaultAppPaths, defaultDataDir, type AppPaths } from './paths';

export interface CoreApp {
  store: OpenedDatabase;
  dispatch: Dispatch;
  close(): void;
}

/** Documents live beside the database, in a folder named after it. */
export function documentsDirFor(databasePath: string): string {
  return databasePath === ':memory:' ? join(tmpdir(), `scrutineer-documents-${process.pid}`) : join(dirname(databasePath), 'documents');
}

export interface CoreOptions {
  databasePath: string;
  /** The database key (see core/keys/unlock); null only for ':memory:'. */
  key: DatabaseKey | null;
  host: Host;
  paths?: AppPaths;
  documentsDir?: string;
  /** Hears of every internal error after it is logged, with the log's path. */
  onInternalError?: (e: unknown, logPath: string | null) => void;
}

/** Opens the core on a database whose key is known (tests, and launchCore once it has the key). */
export function openCore(options: CoreOptions): CoreApp {
  const paths = options.paths ?? defaultAppPaths();
  // The app's own data folder is the owner's alone; a folder named with --db is left as it is.
  if (options.databasePath !== ':memory:' && dirname(options.databasePath) === defaultDataDir()) makePrivateFolder(defaultDataDir());
  const store = openDatabase(options.databasePath, { migrationsDir: paths.migrationsDir, key: options.key });
  try {
    seedBuiltinFrameworks(store.db, paths.templatesDir);
  } catch (error) {
    store.close();
    throw databaseProblem(error, store.path, newestBackup) ?? error;
  }
  const documentsDir = options.documentsDir ?? documentsDirFor(options.databasePath);
  const logDir = dataDirFor(options.databasePath);
  const dispatch = createDispatcher(
    handlers,
    { store, host: options.host, documentsDir, templatesDir: paths.templatesDir },
    (error, call) => {
      const logPath = writeErrorLog(logDir, error, `call ${call}`);
      options.onInternalError?.(error, logPath);
      return logPath;
    },
    (error) => databaseProblem(error, store.path, newestBackup),
  );
  return { store, dispatch, close: () => store.close() };
}

/** Finds the key (given, sealed beside the database, or asked for), then opens the core. */
export async function launchCore(options: Omit<CoreOptions, 'key'> & { keys: KeyInputs }): Promise<CoreApp & { unlocked: UnlockedKey | null }> {
  const unlocked = await unlockDatabaseKey(options.databasePath, options.keys);
  return { ...openCore({ ...options, key: unlocked?.key ?? null }), unlocked };
}
