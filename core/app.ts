// Opens the core for a host: database (migrated), shipped frameworks seeded, dispatcher ready.
// Electron's main process, the CLI and the web test transport all start here.
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { newestBackup } from '../db/backups';
import { databaseProblem } from '../db/errors';
import { openDatabase, type OpenedDatabase } from '../db/open';
import { dataDirFor, writeErrorLog } from './error-log';
import { createDispatcher, type Dispatch } from './contract/dispatcher';
import { seedBuiltinFrameworks } from './frameworks/service';
import { handlers, type Host } from './handlers';
import { defaultAppPaths, type AppPaths } from './paths';

export interface CoreApp {
  store: OpenedDatabase;
  dispatch: Dispatch;
  close(): void;
}

/** Documents live beside the database, in a folder named after it. */
export function documentsDirFor(databasePath: string): string {
  return databasePath === ':memory:' ? join(tmpdir(), `scrutineer-documents-${process.pid}`) : join(dirname(databasePath), 'documents');
}

export function openCore(options: {
  databasePath: string;
  host: Host;
  paths?: AppPaths;
  documentsDir?: string;
  /** Hears of every internal error after it is logged, with the log's path. */
  onInternalError?: (e: unknown, logPath: string | null) => void;
}): CoreApp {
  const paths = options.paths ?? defaultAppPaths();
  const store = openDatabase(options.databasePath, { migrationsDir: paths.migrationsDir });
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
