// SQLite's failures in words a user can act on. better-sqlite3 throws SqliteError with codes such
// as SQLITE_BUSY or SQLITE_CORRUPT_INDEX (extended codes); the primary code decides the message.
// Node's own file errors on the database's folder (ENOSPC, EROFS, EACCES...) map to the same kinds.
import { UserError } from '../model/errors';

export type DatabaseFailure = 'busy' | 'full' | 'readonly' | 'corrupt' | 'cantopen' | 'notadb' | 'ioerr';

const sqliteCodes: Record<string, DatabaseFailure> = {
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_FULL: 'full',
  SQLITE_READONLY: 'readonly',
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_CANTOPEN: 'cantopen',
  SQLITE_NOTADB: 'notadb',
  SQLITE_IOERR: 'ioerr',
};

const fileCodes: Record<string, DatabaseFailure> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'readonly',
  EACCES: 'readonly',
  EPERM: 'readonly',
  ENOENT: 'cantopen',
  ENOTDIR: 'cantopen',
  EISDIR: 'cantopen',
};

export function databaseFailureOf(error: unknown): DatabaseFailure | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code.startsWith('SQLITE_')) {
    const primary = code.split('_').slice(0, 2).join('_');
    return sqliteCodes[primary];
  }
  return fileCodes[code];
}

export const databaseErrorCodes = {
  busy: 'DATABASE_BUSY',
  full: 'DISK_FULL',
  readonly: 'DATABASE_READ_ONLY',
  corrupt: 'DATABASE_DAMAGED',
  cantopen: 'DATABASE_CANNOT_OPEN',
  notadb: 'NOT_A_DATABASE',
  ioerr: 'DISK_ERROR',
} as const satisfies Record<DatabaseFailure, string>;

/** What to do about a damaged database: the newest backup by name, when there is one. */
export function restoreAdvice(backup: string | null): string {
  return backup
    ? `The newest backup is ${backup}: close Scrutineer, move the damaged file aside and copy the backup in its place.`
    : 'No backup was found beside it; restore the file from your own backups.';
}

function sentence(failure: DatabaseFailure, path: string, backup: string | null): string {
  const name = path === ':memory:' ? 'The database' : path;
  switch (failure) {
    case 'busy':
      return 'Scrutineer is busy with another task (another window or command is writing to the database); try again.';
    case 'full':
      return `The disk holding ${name} is full, so Scrutineer could not write to it. Nothing was changed; free some space and try again.`;
    case 'readonly':
      return `${name} cannot be written: the file or its folder is read-only for you. Nothing was changed; check its permissions, or move it to a folder you can write to.`;
    case 'corrupt':
      return `${name} is damaged (SQLite found pages that do not fit together). Nothing more was written to it. ${restoreAdvice(backup)}`;
    case 'cantopen':
      return `${name} cannot be opened: the path is a folder, its folder cannot be made, or it is not accessible.`;
    case 'notadb':
      return `${name} is not a Scrutineer database (it could not be read as SQLite). It has not been changed.`;
    case 'ioerr':
      return `The disk reported an error while Scrutineer read or wrote ${name}. Nothing was changed; check the drive and try again.`;
  }
}

/** The UserError for a database failure, or undefined when the error is something else (a bug). */
export function databaseProblem(error: unknown, path: string, newestBackup: (path: string) => string | null = () => null): UserError | undefined {
  const failure = databaseFailureOf(error);
  if (!failure) return undefined;
  const backup = failure === 'corrupt' && path !== ':memory:' ? newestBackup(path) : null;
  return new UserError(sentence(failure, path, backup), databaseErrorCodes[failure]);
}
