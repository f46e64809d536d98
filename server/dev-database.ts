// Where the browser UI keeps its database when started without --db: a folder of its own under the
// OS temp folder, never the desktop app's real database, so trying the UI cannot touch real cases.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../core/paths';

export const devWebFolder = (): string => join(tmpdir(), 'scrutineer-dev-web');

export function devWebDatabasePath(given: string | undefined): string {
  return given ?? join(devWebFolder(), DATABASE_FILE_NAME);
}
