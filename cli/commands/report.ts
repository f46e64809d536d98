// `scrutineer report` and `scrutineer briefing`: the Word documents for the QA subgroup and for
// team leaders. Built in the core; written here to the file the user names.
import { Command, InvalidArgumentError } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../core/errors';
import { action } from '../context';

const eventId = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be an event id (a whole number).');
  return n;
};

export function checkOutFile(file: string, extension: string): void {
  if (!file.toLowerCase().endsWith(extension)) throw new UserError(`${file}: give a file name ending in ${extension}.`, 'BAD_FILE_TYPE');
  if (!existsSync(dirname(file) || '.')) throw new UserError(`${dirname(file)}: no such folder.`, 'NO_FOLDER');
}

export function reportCommand(): Command {
  return new Command('report')
    .description('Write the scrutiny-event report as a Word document. Without --include-identifiers it holds no case references, names or unchosen free text.')
    .requiredOption('--event <id>', 'event id', eventId)
    .requiredOption('--out <file.docx>', 'the Word file to write')
    .option('--include-identifiers', 'include case references and every finding (handle the file accordingly)')
    .option('--no-suppress', 'show figures drawn from fewer than 5 cases instead of suppressing them')
    .option('--compare <id>', 'the previous event to compare with (default: the latest earlier one on the same framework)', eventId)
    .action(
      action(async (s, opts: { event: number; out: string; includeIdentifiers?: boolean; suppress: boolean; compare?: number }) => {
        checkOutFile(opts.out, '.docx');
        const report = await s.call('report.export', { eventId: opts.event, includeIdentifiers: opts.includeIdentifiers === true, suppressSmallNumbers: opts.suppress, compareWith: opts.compare });
        const bytes = Buffer.from(report.base64, 'base64');
        writeFileSync(opts.out, bytes);
        s.print({ file: opts.out, bytes: bytes.length }, () => `Wrote ${opts.out} (${Math.round(bytes.length / 1024)} KB).`);
      }),
    );
}
