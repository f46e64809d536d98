// A child process for the kill tests: runs one data operation on a database through the real
// code, printing "start" just before it begins and "done" when it has finished. The test kills it
// with SIGKILL at a random moment in between, then checks the database is the old one or the new one.
//   kill-runner encrypt <db>              a plain database converted (the rekey)
//   kill-runner backup <db>               Back up now
//   kill-runner restore <db> <backup>     restore of a backup
//   kill-runner delete <db> <eventId> <name>
//   kill-runner purge <db> <eventId>
import { openCore } from '../../core/app';
import { headlessHost } from '../../core/headless-host';
import { restoreBackup, backUpNow } from '../../core/data/backups';
import { deleteEvent } from '../../core/data/deletion';
import { purgeEvent } from '../../core/data/retention';
import { setFallbackActor } from '../../core/audits/actor';
import { testKey } from './test-key';

const [operation, databasePath, ...rest] = process.argv.slice(2);
setFallbackActor('Fictional kill test');
const say = (word: string) => process.stdout.write(`${word}\n`);

if (operation === 'encrypt') {
  say('start');
  openCore({ databasePath: databasePath!, key: testKey(), host: headlessHost('cli') }).close();
  say('done');
} else {
  const core = openCore({ databasePath: databasePath!, key: testKey(), host: headlessHost('cli') });
  say('start');
  if (operation === 'backup') backUpNow(core.context);
  else if (operation === 'restore') restoreBackup(core.context, rest[0]!, core.context.migrationsDir);
  else if (operation === 'delete') deleteEvent(core.store, core.context.documentsDir, { id: Number(rest[0]), confirmName: rest[1]! });
  else if (operation === 'purge') purgeEvent(core.store, core.context.documentsDir, Number(rest[0]), { keepFreeText: false });
  else throw new Error(`unknown operation ${operation}`);
  say('done');
  core.close();
}
