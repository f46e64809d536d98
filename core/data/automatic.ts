// Automatic backups for a long-running host (the desktop app, the browser UI): one when the core
// closes after something changed, and one a day while it stays open. A backup that fails (disk
// full) is reported and never stops the app.
import type { CoreApp } from '../app';
import { listBackups } from '../../db/rotation';
import { backUpNow } from './backups';

const DAY_MS = 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface AutomaticBackups {
  /** Backs up if this session changed anything; call just before the core closes. */
  beforeClose(): void;
  stop(): void;
}

/** Changes made through this connection since it opened (SQLite's total_changes()). */
const changesMade = (core: CoreApp): number => (core.store.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

export function startAutomaticBackups(core: CoreApp, onProblem: (error: unknown) => void, now: () => Date = () => new Date()): AutomaticBackups {
  const attempt = (kind: 'daily' | 'closed') => {
    try {
      backUpNow(core.context, kind, now());
    } catch (error) {
      onProblem(error);
    }
  };
  const dailyDue = () => {
    const newest = listBackups(core.store.path).find((b) => b.kind !== 'before-migration' && b.kind !== 'before-restore');
    if (!newest || now().getTime() - Date.parse(newest.at) >= DAY_MS) attempt('daily');
  };
  if (core.store.path === ':memory:') return { beforeClose: () => undefined, stop: () => undefined };
  // Checked every hour (not at start: opening stays quick, and a new database needs no copy yet).
  const timer = setInterval(dailyDue, CHECK_EVERY_MS);
  timer.unref();
  return {
    beforeClose() {
      clearInterval(timer);
      if (changesMade(core) > 0) attempt('closed');
    },
    stop: () => clearInterval(timer),
  };
}
