// Opens the core for a host: database (migrated), shipped frameworks seeded, dispatcher ready.
// Electron's main process, the CLI and the web test transport all start here.
import { dirname } from 'node:path';
import { newestBackup } from '../db/backups';
import { databaseProblem } from '../db/errors';
import type { DatabaseKey } from '../db/cipher';
import { openDatabase, type OpenedDatabase } from '../db/open';
import { makePrivateFolder } from '../db/private-files';
import { startAutomaticBackups } from './data/automatic';
import { backupsKept } from './data/backups';
import { pruneBackups } from '../db/rotation';
import { sweepOrphanDocuments } from './data/document-files';
import { clearOpenedCopies } from './cases/documents';
import { encryptPlainDocuments } from './cases/legacy-documents';
import { unlockDatabaseKey, type KeyInputs, type KeyProtection, type KeySealer, type UnlockedKey } from './keys/unlock';
import { dataDirFor, writeErrorLog } from './error-log';
import { createDispatcher, type Dispatch } from './contract/dispatcher';
import { seedBuiltinFrameworks } from './frameworks/service';
import { handlers, type HandlerContext, type Host } from './handlers';
import { defaultAppPaths, defaultDataDir, documentsDirFor, type AppPaths } from './paths';

export interface CoreApp {
  /** The open database (a new one after a restore). */
  readonly store: OpenedDatabase;
  readonly context: HandlerContext;
  dispatch: Dispatch;
  close(): void;
}

export { documentsDirFor } from './paths';

export interface CoreOptions {
  databasePath: string;
  /** The database key (see core/keys/unlock); null only for ':memory:'. */
  key: DatabaseKey | null;
  host: Host;
  paths?: AppPaths;
  documentsDir?: string;
  /** Hears of every internal error after it is logged, with the log's path. */
  onInternalError?: (e: unknown, logPath: string | null) => void;
  /** How the key is kept, for Settings; null when a test opened the core with a key directly. */
  protection?: KeyProtection | null;
  /** The OS keychain (the desktop app), so Settings can seal the key with it. */
  sealer?: KeySealer | null;
}

/** Opens the core on a database whose key is known (tests, and launchCore once it has the key). */
export function openCore(options: CoreOptions): CoreApp {
  const paths = options.paths ?? defaultAppPaths();
  // The app's own data folder is the owner's alone; a folder named with --db is left as it is.
  if (options.databasePath !== ':memory:' && dirname(options.databasePath) === defaultDataDir()) makePrivateFolder(defaultDataDir());
  const openStore = (): OpenedDatabase => {
    const store = openDatabase(options.databasePath, { migrationsDir: paths.migrationsDir, key: options.key });
    try {
      seedBuiltinFrameworks(store.db, paths.templatesDir);
      // The copy just kept before migrating joins the rotation: only the newest N stay.
      if (store.backupPath) pruneBackups(store.path, backupsKept(store));
      return store;
    } catch (error) {
      store.close();
      throw databaseProblem(error, store.path, newestBackup) ?? error;
    }
  };
  const ctx: HandlerContext = {
    store: openStore(),
    host: options.host,
    documentsDir: options.documentsDir ?? documentsDirFor(options.databasePath),
    templatesDir: paths.templatesDir,
    migrationsDir: paths.migrationsDir,
    protection: options.protection ?? null,
    sealer: options.sealer ?? null,
    // Restore replaces the file under the core: the connection is closed, the work done, and the
    // database opened again (migrated if the backup is older) whether or not the work succeeded.
    swapStore(work) {
      ctx.store.close();
      try {
        work();
      } finally {
        ctx.store = openStore();
      }
    },
  };
  const logDir = dataDirFor(options.databasePath);
  const dispatch = createDispatcher(
    handlers,
    ctx,
    (error, call) => {
      const logPath = writeErrorLog(logDir, error, `call ${call}`);
      options.onInternalError?.(error, logPath);
      return logPath;
    },
    (error) => databaseProblem(error, ctx.store.path, newestBackup),
  );
  return {
    get store() {
      return ctx.store;
    },
    context: ctx,
    dispatch,
    close: () => ctx.store.close(),
  };
}

/**
 * Finds the key (given, sealed beside the database, or asked for), then opens the core. A host
 * that stays open (the desktop app, the browser UI) asks for automatic backups: daily while open,
 * and on close when something changed.
 */
export async function launchCore(
  options: Omit<CoreOptions, 'key'> & { keys: KeyInputs; automaticBackups?: { onProblem: (error: unknown) => void } },
): Promise<CoreApp & { unlocked: UnlockedKey | null }> {
  const unlocked = await unlockDatabaseKey(options.databasePath, options.keys);
  const core = openCore({ ...options, key: unlocked?.key ?? null, protection: unlocked?.protection ?? null, sealer: options.keys.sealer ?? null });
  // Housekeeping of the documents folder: copies decrypted for a viewer last time, files of rows
  // deleted by a run that was cut short, and documents from before encryption.
  const documentsDir = core.context.documentsDir;
  clearOpenedCopies(documentsDir);
  sweepOrphanDocuments(core.store, documentsDir);
  await encryptPlainDocuments(core.store, documentsDir);
  const closeCore = core.close;
  core.close = () => {
    clearOpenedCopies(documentsDir);
    closeCore();
  };
  if (options.automaticBackups) {
    const automatic = startAutomaticBackups(core, options.automaticBackups.onProblem);
    const close = core.close;
    core.close = () => {
      automatic.beforeClose();
      close();
    };
  }
  return Object.assign(core, { unlocked });
}
