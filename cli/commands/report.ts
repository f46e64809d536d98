// `scrutineer report` and `scrutineer briefing`: the Word documents for the QA subgroup and for
// team leaders. Built in the core; written here to the file the user names.
import { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../../model/errors';
import { action } from '../context';
import { eventIdOption } from '../options';

export function checkOutFile(file: string, extension: string): void {
  if (!file.toLowerCase().endsWith(extension)) throw new UserError(`${file}: give a file name ending in ${extension}.`, 'BAD_FILE_TYPE');
  if (!existsSync(dirname(file) || '.')) throw new UserError(`${dirname(file)}: no such folder.`, 'NO_FOLDER');
}

export function reportCommand(): Command {
  return new Command('report')
    .description('Write the scrutiny-event report as a Word document. Without --include-identifiers it holds no case references, names or unchosen free text.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--out <file.docx>', 'the Word file to write')
    .option('--include-identifiers', 'include case references and every finding (handle the file accordingly)')
    .option('--no-suppress', 'show figures drawn from fewer than 5 cases instead of suppressing them')
    .option('--compare <id>', 'the previous event to compare with (default: the latest earlier one on the same framework)', eventIdOption)
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

export function briefingCommand(): Command {
  return new Command('briefing')
    .description('Write the two-page 7-minute briefing (what we did, what we found, what good looks like, what must change, questions, actions, where to learn more) as a Word document.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--out <file.docx>', 'the Word file to write')
    .action(
      action(async (s, opts: { event: number; out: string }) => {
        checkOutFile(opts.out, '.docx');
        const briefing = await s.call('report.briefing', { eventId: opts.event });
        const bytes = Buffer.from(briefing.base64, 'base64');
        writeFileSync(opts.out, bytes);
        s.print({ file: opts.out, bytes: bytes.length }, () => `Wrote ${opts.out} (${Math.round(bytes.length / 1024)} KB).`);
      }),
    );
}

export function figuresCommand(): Command {
  return new Command('figures')
    .description("Write the aggregated figures and the action plan as an Excel workbook for the partnership's neglect dataset (no case references).")
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--out <file.xlsx>', 'the workbook to write')
    .option('--no-suppress', 'show figures drawn from fewer than 5 cases')
    .action(
      action(async (s, opts: { event: number; out: string; suppress: boolean }) => {
        checkOutFile(opts.out, '.xlsx');
        const book = await s.call('report.figuresXlsx', { eventId: opts.event, suppressSmallNumbers: opts.suppress });
        const bytes = Buffer.from(book.base64, 'base64');
        writeFileSync(opts.out, bytes);
        s.print({ file: opts.out, bytes: bytes.length }, () => `Wrote ${opts.out} (${Math.round(bytes.length / 1024)} KB).`);
      }),
    );
}
