// Drawing the sample: 30 cases from a generated cohort of 100,000 rows through the real handler
// (base64 in, the bounded worker reads the CSV, the rows are checked and mapped, stratified draw
// with reserves, one transaction stores the chosen cases and the cohort's counts). Goal: under 3 s
// including reading the file.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../core/app';
import { createEvent } from '../core/events/service';
import { headlessHost } from '../core/headless-host';
import { updateSettings } from '../core/settings/service';
import { generateCasesCsv, generatedAuditDate } from '../tests/fixtures/cases/generate';
import { benchKey } from './key';

export async function benchSample(dir: string, rows = 100_000): Promise<void> {
  const csv = generateCasesCsv(rows, 23);
  const data = Buffer.from(csv).toString('base64');
  const core = openCore({ databasePath: join(dir, 'sample.db'), key: benchKey, host: headlessHost('cli') });
  updateSettings(core.store.db, { userName: 'Bench' });
  const settings = { size: 30, stratify: ['levelOfNeed', 'ageStage'], allocation: 'proportional', reserve: 2, seed: 20260301 };
  const draw = async (label: string, dryRun = false) => {
    const eventId = createEvent(core.store.db, { name: label, frameworkKey: 'neglect-what-works', auditDate: generatedAuditDate }).id;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = await core.dispatch('sample.draw', { eventId, fileName: 'cohort.csv', data, settings, dryRun });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (!result.ok) throw new Error(result.error.message);
    cpu.push((used.user + used.system) / 1000);
    return ms;
  };
  // CPU time of the process (the reading worker's thread included): wall time on a loaded machine overstates the work.
  const cpu: number[] = [];
  const mb = (Buffer.byteLength(csv) / 1e6).toFixed(1);
  // The first draw in a process also starts the reading worker and compiles the code paths.
  const cold = await draw('cold');
  const warm = [await draw('warm 1'), await draw('warm 2'), await draw('warm 3')].toSorted((a, b) => a - b);
  const dry = await draw('dry run', true);
  core.close();
  console.log(`sample draw: 30 of ${rows.toLocaleString('en-GB')} rows (${mb} MB CSV), stratified by level of need and age stage, 2 reserves per stratum`);
  const warmCpu = cpu.slice(1, 4).toSorted((a, b) => a - b)[1]!;
  console.log(`  first draw in the process (starts the reading worker)   ${cold.toFixed(0)} ms wall, ${cpu[0]!.toFixed(0)} ms CPU`);
  console.log(`  later draws, median of 3                                ${warm[1]!.toFixed(0)} ms wall (min ${warm[0]!.toFixed(0)}, max ${warm[2]!.toFixed(0)}), ${warmCpu.toFixed(0)} ms CPU; goal < 3000 ms`);
  console.log(`  preview (dry run, nothing stored)                       ${dry.toFixed(0)} ms wall, ${cpu[4]!.toFixed(0)} ms CPU`);
}
