// `scrutineer framework ...`: list, show, import, export and validate audit frameworks.
import { Command, InvalidArgumentError } from 'commander';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { allCriteria, validateFramework } from '../../model/framework';
import { describeProblems } from '../../model/problems';
import { formatFromFileName } from '../../core/frameworks/files';
import { readBounded } from '../../core/files/bounded-reader';
import { UserError } from '../../model/errors';
import { action } from '../context';

const version = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more.');
  return n;
};

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`${file}: no such file, or it cannot be read.`, 'FILE_NOT_READABLE');
  }
}

export function frameworkCommand(): Command {
  const cmd = new Command('framework').description('Audit frameworks: the criteria and scale cases are scored against.');

  cmd
    .command('list')
    .description('List frameworks at their latest version.')
    .action(
      action(async (s) => {
        const rows = await s.call('frameworks.list', {});
        s.print(
          rows.map((r) => ({ key: r.key, name: r.name, version: r.version, criteria: r.criteriaCount, versions: r.versionCount, events: r.eventCount, builtin: r.builtin })),
          () => {
            if (rows.length === 0) return 'No frameworks.';
            const width = Math.max(...rows.map((r) => r.key.length));
            return rows.map((r) => `${r.key.padEnd(width)}  v${r.version}  ${String(r.criteriaCount).padStart(2)} criteria  ${r.name}`).join('\n');
          },
        );
      }),
    );

  cmd
    .command('show')
    .description('Show a framework with its scale and criteria.')
    .argument('<key>', 'framework key, e.g. neglect-what-works')
    .option('--framework-version <n>', 'a particular version of the framework (default: the latest)', version)
    .action(
      action(async (s, key: string, opts: { frameworkVersion?: number }) => {
        const detail = await s.call('frameworks.get', { key, version: opts.frameworkVersion });
        const fw = detail.framework;
        s.print({ ...fw, criteria: allCriteria(fw), builtin: detail.builtin, eventCount: detail.eventCount, versions: detail.versions }, () =>
          [
            `${fw.name} (${fw.key}, version ${fw.version})`,
            fw.description,
            '',
            `Scale: ${fw.scale.levels.map((l) => `${l.label} (${l.value})`).join(', ')}; ${fw.scale.notApplicableLabel} is not a score.`,
            ...fw.domains.flatMap((d) => ['', `${d.title}`, ...d.criteria.map((c) => `  ${c.key.padEnd(26)} ${c.title}`)]),
            '',
            `${allCriteria(fw).length} criteria.`,
          ].join('\n'),
        );
      }),
    );

  cmd
    .command('import')
    .description('Import a framework file (.json, .yaml or .yml). A new key adds a framework; a known key saves a new version or updates an unused one.')
    .argument('<file>', 'framework file')
    .action(
      action(async (s, file: string) => {
        const result = await s.call('frameworks.import', { fileName: file, text: readText(file) });
        s.print(result, () => `${result.key}: ${describeOutcome(result.outcome)} (version ${result.version}).`);
      }),
    );

  cmd
    .command('export')
    .description('Write a framework to a file; the format follows the extension (.json, .yaml or .yml).')
    .argument('<key>', 'framework key')
    .argument('<file>', 'file to write')
    .option('--framework-version <n>', 'a particular version of the framework (default: the latest)', version)
    .action(
      action(async (s, key: string, file: string, opts: { frameworkVersion?: number }) => {
        const format = formatFromFileName(file);
        if (!existsSync(dirname(file) || '.')) throw new UserError(`${dirname(file)}: no such folder.`, 'NO_FOLDER');
        const exported = await s.call('frameworks.export', { key, format, version: opts.frameworkVersion });
        writeFileSync(file, exported.text, 'utf8');
        s.print({ key, file, format }, () => `Wrote ${key} to ${file}.`);
      }),
    );

  cmd
    .command('validate')
    .description('Check a framework file without importing it.')
    .argument('<file>', 'framework file')
    .action(
      action(async (s, file: string) => {
        const framework = await readBounded('framework', { text: readText(file), fileName: file });
        const result = validateFramework(framework);
        if (!result.ok) throw new UserError(`${basename(file)}: ${describeProblems(result.problems)}`);
        s.print({ ok: true, key: framework.key, criteria: allCriteria(framework).length }, () => `${file} is a valid framework (${allCriteria(framework).length} criteria).`);
      }),
    );

  return cmd;
}

function describeOutcome(outcome: string): string {
  switch (outcome) {
    case 'created':
      return 'imported as a new framework';
    case 'new-version':
      return 'saved as a new version, because an event uses the previous one';
    case 'updated':
      return 'updated';
    default:
      return 'unchanged; the file matches the latest version';
  }
}
