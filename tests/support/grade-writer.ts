// A writer process for the crash test: saves a rationale over and over through the real core,
// printing each number only after its transaction has committed. The test kills it mid-way.
import { openCore } from '../../core/app';
import { updateGrade } from '../../core/audits/service';
import { headlessHost } from '../../core/headless-host';
import { testKey } from './test-key';

const [databasePath, auditId] = process.argv.slice(2);
const core = openCore({ databasePath: databasePath!, key: testKey(), host: headlessHost('cli') });
const keys = ['child-focus', 'drift', 'triangulation'];
for (let n = 1; n < 1_000_000; n++) {
  const criterionKey = keys[n % keys.length]!;
  updateGrade(core.store.db, { auditId: Number(auditId), criterionKey, value: (n % 4) + 1, rationale: `write ${n}` });
  process.stdout.write(`${n} ${criterionKey}\n`);
}
