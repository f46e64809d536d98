// `scrutineer audits ...` and `scrutineer trail`: audit returns kept in spreadsheets, and the
// audit trail.
import { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { UserError } from '../../model/errors';
import { action } from '../context';
import { eventIdOption, idOption, readInputFile } from '../options';

function writeText(file: string, text: string): void {
  if (!existsSync(dirname(file) || '.')) throw new UserError(`${dirname(file)}: no such folder.`, 'NO_FOLDER');
  writeFileSync(file, text, 'utf8');
}

export function auditsCommand(): Command {
  const cmd = new Command('audits').description('Audit returns: grades per case, agency, auditor and criterion.');

  cmd
    .command('import')
    .description(
      'Import returns from CSV or XLSX with columns reference, agency, auditor, criterion, grade, evidence. Criterion by key or title; grade by label, value or N/A. Any bad row: nothing is imported.',
    )
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .argument('<file>', 'CSV or XLSX file')
    .action(
      action(async (s, file: string, opts: { event: number }) => {
        const outcome = await s.call('audits.importReturns', { eventId: opts.event, fileName: basename(file), data: readInputFile(file).toString('base64') });
        s.print({ imported: outcome.imported, errors: outcome.errors }, () =>
          outcome.errors.length > 0
            ? [`Nothing imported: ${new Set(outcome.errors.map((e) => e.row)).size} row(s) are invalid.`, ...outcome.errors.map((e) => `  row ${e.row}, ${e.column}: ${e.message}`)].join('\n')
            : `Imported ${outcome.imported} grades into ${outcome.audits} audits.`,
        );
        if (outcome.errors.length > 0) process.exitCode = 1;
      }),
    );

  cmd
    .command('export')
    .description('Write every recorded grade as a return (one row per grade), in the columns the import reads.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .argument('<file>', 'CSV file to write')
    .action(
      action(async (s, file: string, opts: { event: number }) => {
        if (!/\.csv$/i.test(file)) throw new UserError(`${file}: the export is a CSV file; give a name ending in .csv.`, 'BAD_FILE_TYPE');
        const exported = await s.call('audits.exportReturns', { eventId: opts.event });
        writeText(file, exported.text);
        const rows = Math.max(0, exported.text.split('\r\n').filter(Boolean).length - 1);
        s.print({ file, rows }, () => `Wrote ${rows} grades to ${file}.`);
      }),
    );

  return cmd;
}

export function trailCommand(): Command {
  return new Command('trail')
    .description('The audit trail of an event: who changed what, when, from what to what (newest last).')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .option('--case <id>', 'only this case (case id)', idOption('a case id'))
    .option('--csv <file>', 'also write the trail to a CSV file')
    .option('--redact <text>', 'replace every value of the event\'s trail holding this text with [redacted] (needs --reason)')
    .option('--reason <why>', 'why the text is redacted: recorded in the trail (the text is not)')
    .action(
      action(async (s, opts: { event: number; case?: number; csv?: string; redact?: string; reason?: string }) => {
        if (opts.redact !== undefined) {
          if (!opts.reason) throw new UserError('Give a --reason for the redaction: it is kept in the trail.', 'INVALID_INPUT');
          const done = await s.call('trail.redact', { eventId: opts.event, text: opts.redact, reason: opts.reason });
          s.print(done, () => `Redacted ${done.entries} ${done.entries === 1 ? 'entry' : 'entries'} of the trail.`);
          return;
        }
        const entries = await s.call('trail.list', { eventId: opts.event, caseId: opts.case });
        if (opts.csv) writeText(opts.csv, (await s.call('trail.exportCsv', { eventId: opts.event, caseId: opts.case })).text);
        s.print(entries, () =>
          entries.length === 0
            ? 'The trail is empty.'
            : entries
                .map((e) => `${e.at}  ${e.actor}  ${e.entity}${e.entityId ? ` ${e.entityId}` : ''} ${e.field}${e.note ? ` [${e.note}]` : ''}: ${e.oldValue ?? ''} -> ${e.newValue ?? ''}`)
                .join('\n'),
        );
      }),
    );
}
