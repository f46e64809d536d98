// `scrutineer cases ...`: import the sampled cases from CSV or XLSX, and list them.
import { Command } from 'commander';
import { basename } from 'node:path';
import { parseMapArgs } from '../../model/case-fields';
import { describeTally, parseValueArgs } from '../../model/value-mapping';
import { UserError } from '../../model/errors';
import { action } from '../context';
import { eventIdOption, readInputFile } from '../options';
import { describeDeletion } from './data';

const collect = (value: string, previous: string[] = []) => [...previous, value];
export function casesCommand(): Command {
  const cmd = new Command('cases').description("The event's sample of children's cases.");

  cmd
    .command('import')
    .description(
      'Import cases from a CSV or XLSX export. Columns that are not mapped are never stored. If any row is invalid nothing is imported, unless --valid-only. Re-importing updates cases by reference.',
    )
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .argument('<file>', 'CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX file')
    .option('--map <Header=field>', 'map a column to a field (repeat); with any --map, exactly those columns are imported', collect, [])
    .option('--value <field:Value=target>', 'what a value in the file becomes: a vocabulary value, other (kept as written) or empty (left out); repeat', collect, [])
    .option('--valid-only', 'import the valid rows and skip the invalid ones')
    .option('--dry-run', 'check and count, write nothing')
    .addHelpText(
      'after',
      '\nFields: reference (required), sex, dateOfBirth, ageAtAudit, ethnicity, disability, levelOfNeed, neglectTypes, vulnerabilities, agencies, planStartDate, notes.' +
        '\nValues: sex, ethnicity, disability, levelOfNeed, neglectTypes and agencies have fixed values. A value Scrutineer does not recognise refuses its row unless --value says what it is,' +
        '\ne.g. --value "neglectTypes:Spiritual=other" --value "neglectTypes:Emotional Abuse=empty" --value "sex:X=unknown" --value "agencies:CSC=Children\'s Social Care".',
    )
    .action(
      action(async (s, file: string, opts: { event: number; map: string[]; value: string[]; validOnly?: boolean; dryRun?: boolean }) => {
        let mapping;
        let values;
        try {
          mapping = opts.map.length > 0 ? parseMapArgs(opts.map) : undefined;
          values = opts.value.length > 0 ? parseValueArgs(opts.value) : undefined;
        } catch (error) {
          throw new UserError((error as Error).message, 'BAD_MAPPING');
        }
        const data = readInputFile(file).toString('base64');
        const outcome = await s.call('cases.import', {
          eventId: opts.event,
          fileName: basename(file),
          data,
          mapping,
          values,
          validOnly: opts.validOnly === true,
          dryRun: opts.dryRun === true,
        });
        const { imported, updated, unchanged, skipped, errors, warnings, values: tallies, referenceNames, refused, dryRun } = outcome;
        s.print({ imported, updated, unchanged, skipped, errors, warnings, values: tallies, referenceNames, refused, dryRun }, () => {
          const lines = [
            refused
              ? `Nothing imported: ${new Set(errors.map((e) => e.row)).size} row(s) are invalid. Fix them, or use --valid-only to import the valid rows.`
              : `${dryRun ? 'Dry run: would import' : 'Imported'} ${imported} new, updated ${updated}, unchanged ${unchanged}, skipped ${skipped} invalid row(s).`,
            ...errors.slice(0, 50).map((e) => `  row ${e.row}, ${e.column}: ${e.message}`),
            ...(errors.length > 50 ? [`  ... and ${errors.length - 50} more (use --json for all)`] : []),
            ...(refused ? [] : tallies.map((t) => `  ${describeTally(t)}`)),
            ...warnings.slice(0, 20).map((w) => `  row ${w.row}, ${w.column}: ${w.message}`),
            ...(referenceNames
              ? [`Warning: ${referenceNames.count} of ${referenceNames.of} case references look like personal names (rows ${referenceNames.rows.join(', ')}${referenceNames.count > referenceNames.rows.length ? ', …' : ''}). Map a pseudonymous reference instead.`]
              : []),
          ];
          return lines.join('\n');
        });
        if (refused) process.exitCode = 1;
      }),
    );

  cmd
    .command('delete')
    .description('Delete one case of an event (by its reference) with its audits, grades and documents. The trail keeps only that it happened.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .argument('<reference>', 'the case reference')
    .action(
      action(async (s, reference: string, opts: { event: number }) => {
        const found = (await s.call('cases.list', { eventId: opts.event })).find((c) => c.reference === reference);
        if (!found) throw new UserError(`Event ${opts.event} has no case with the reference ${reference}.`, 'NOT_FOUND');
        const outcome = await s.call('cases.delete', { id: found.id });
        s.print(outcome, () => `Deleted case ${reference}: ${describeDeletion(outcome.rows, outcome.documentFiles)}.`);
      }),
    );

  cmd
    .command('list')
    .description('List the cases of an event.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .action(
      action(async (s, opts: { event: number }) => {
        const rows = await s.call('cases.list', { eventId: opts.event });
        s.print(
          rows.map(({ id: _id, documentCount: _d, ethnicityLabel: _l, ethnicityGroup: _g, ...canonical }) => canonical),
          () =>
            rows.length === 0
              ? 'No cases.'
              : rows
                  .map((c) => `${c.reference.padEnd(14)} ${(c.sex ?? '-').padEnd(8)} ${(c.dateOfBirth ?? '-').padEnd(10)} ${(c.ageStage ?? '-').padEnd(9)} ${(c.ethnicity ?? '-').padEnd(5)} ${c.levelOfNeed ?? '-'}`)
                  .join('\n'),
        );
      }),
    );

  return cmd;
}
