// Internal errors (bugs, not the user's doing) are written with their stack to a log file in the
// data folder, so the user can send it; the screen and the terminal say where it is.
import { appendFileSync, chmodSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultDataDir } from './paths';
import { APP_VERSION } from './version';

export const ERROR_LOG_NAME = 'scrutineer-errors.log';
const MAX_LOG_BYTES = 1024 * 1024;

/** The data folder of a database: the folder it is in (the app's own, or the one --db names). */
export function dataDirFor(databasePath: string): string {
  return databasePath === ':memory:' ? defaultDataDir() : dirname(databasePath);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Appends the error to the log (starting a new one past 1 MB); the log's path, or null if it could not be written. */
export function writeErrorLog(dir: string, error: unknown, context: string): string | null {
  const path = join(dir, ERROR_LOG_NAME);
  try {
    // A folder made here is the owner's only, like the data folder it normally is.
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      if (statSync(path).size > MAX_LOG_BYTES) renameSync(path, `${path}.old`);
    } catch {
      // No log yet.
    }
    appendFileSync(path, `${new Date().toISOString()}  Scrutineer ${APP_VERSION}  ${context}\n${describeError(error)}\n\n`, { mode: 0o600 });
    // mode applies only when the file is made: a log left by an earlier version is tightened too.
    if (process.platform !== 'win32') chmodSync(path, 0o600);
    return path;
  } catch {
    return null;
  }
}
