// `scrutineer event ...`: create and list audit rounds.
import { Command, InvalidArgumentError } from 'commander';
import { action } from '../context';
import { describeDeletion } from './data';
import { collect, eventIdOption } from '../options';
const months = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 120) throw new InvalidArgumentError('must be a whole number of months from 1 to 120.');
  return n;
};

export function eventCommand(): Command {
  const cmd = new Command('event').description('Scrutiny events: audit rounds with their framework, agencies and sample.');

  cmd
    .command('create')
    .description('Create an event; it keeps the framework version that is latest now.')
    .requiredOption('--name <name>', 'event name, e.g. "Neglect MACFA spring 2026"')
    .requiredOption('--framework <key>', 'framework key, e.g. neglect-what-works')
    .option('--date <YYYY-MM-DD>', 'audit date (ages and age stages are measured at this date)')
    .option('--agency <name>', 'a participating agency (repeat for each); new names are added to the partnership list', collect, [])
    .option('--theme <text>', 'theme of the audit')
    .option('--partnership <name>', 'safeguarding children partnership')
    .option('--review-months <n>', 'review window in months (default 12)', months)
    .option('--classification <marking>', 'classification marking (default OFFICIAL-SENSITIVE)')
    .action(
      action(async (s, opts: { name: string; framework: string; date?: string; agency: string[]; theme?: string; partnership?: string; reviewMonths?: number; classification?: string }) => {
        const created = await s.call('events.create', {
          name: opts.name,
          frameworkKey: opts.framework,
          auditDate: opts.date ?? null,
          agencies: opts.agency,
          ...(opts.theme !== undefined ? { theme: opts.theme } : {}),
          ...(opts.partnership !== undefined ? { partnership: opts.partnership } : {}),
          ...(opts.reviewMonths !== undefined ? { reviewWindowMonths: opts.reviewMonths } : {}),
          ...(opts.classification !== undefined ? { classification: opts.classification } : {}),
        });
        s.print({ id: created.id }, () => String(created.id));
      }),
    );

  cmd
    .command('delete')
    .description("Delete an event with its cases, audits, grades, findings, documents, narratives and recommendations. The trail keeps only that it happened.")
    .argument('<id>', 'event id', eventIdOption)
    .requiredOption('--confirm <name>', "the event's name, typed exactly, to confirm")
    .action(
      action(async (s, id: number, opts: { confirm: string }) => {
        const outcome = await s.call('events.delete', { id, confirmName: opts.confirm });
        s.print(outcome, () => `Deleted event ${id}: ${describeDeletion(outcome.rows, outcome.documentFiles)}.`);
      }),
    );

  cmd
    .command('list')
    .description('List events (archived ones with --all).')
    .option('--all', 'include archived events')
    .action(
      action(async (s, opts: { all?: boolean }) => {
        const rows = await s.call('events.list', { includeArchived: opts.all === true });
        s.print(rows, () =>
          rows.length === 0
            ? 'No events.'
            : rows
                .map((e) => `${String(e.id).padStart(4)}  ${e.status.padEnd(10)}  ${e.auditDate ?? '(no date)'}  ${String(e.caseCount).padStart(5)} cases  ${e.name}  [${e.frameworkKey} v${e.frameworkVersion}]${e.archivedAt ? '  (archived)' : ''}`)
                .join('\n'),
        );
      }),
    );

  return cmd;
}
