// `scrutineer escalations` (the event's safeguarding escalation log) and `scrutineer themes` (a
// framework's theme list, and the event's tally by theme), as the screens show them.
import { Command } from 'commander';
import { UserError } from '../../model/errors';
import { action } from '../context';
import { eventIdOption, fewerThanSmall, idOption } from '../options';

export function escalationsCommand(): Command {
  const command = new Command('escalations').description('Safeguarding escalations: "this child may be at risk now".');
  command
    .command('list')
    .description("The event's escalation log: case, who raised it, who was told and when, the outcome.")
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .action(
      action(async (s, opts: { event: number }) => {
        const rows = await s.call('escalations.list', { eventId: opts.event });
        s.print(rows, () =>
          rows.length === 0
            ? 'No escalation has been raised in this event.'
            : rows.map((e) => `${e.id}  ${e.reference}  raised by ${e.raisedBy}; told ${e.toldWho} at ${e.toldAt}; ${e.outcome ? `outcome: ${e.outcome}` : 'awaiting an outcome'}`).join('\n'),
        );
      }),
    );
  command
    .command('raise')
    .description('Records an escalation about a case of the event.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .requiredOption('--case <reference>', 'the case reference')
    .requiredOption('--told <who>', 'who was told: a name and role')
    .requiredOption('--at <when>', 'when they were told, YYYY-MM-DDTHH:MM')
    .option('--audit <id>', 'the audit it was raised from', idOption('an audit id'))
    .option('--raised-by <name>', 'who raised it (default: the audit’s scoring-as name, else your name)')
    .option('--concern <text>', 'what was seen')
    .action(
      action(async (s, opts: { event: number; case: string; told: string; at: string; audit?: number; raisedBy?: string; concern?: string }) => {
        const found = (await s.call('cases.list', { eventId: opts.event })).find((c) => c.reference === opts.case);
        if (!found) throw new UserError(`Event ${opts.event} has no case with the reference ${opts.case}.`, 'NOT_FOUND');
        const row = await s.call('escalations.raise', { caseId: found.id, auditId: opts.audit ?? null, toldWho: opts.told, toldAt: opts.at, raisedBy: opts.raisedBy, concern: opts.concern });
        s.print(row, () => `Escalation ${row.id} recorded for ${row.reference}.`);
      }),
    );
  command
    .command('outcome')
    .description('Records the outcome of an escalation.')
    .requiredOption('--id <id>', 'escalation id', idOption('an escalation id'))
    .requiredOption('--text <outcome>', 'the outcome')
    .action(
      action(async (s, opts: { id: number; text: string }) => {
        const row = await s.call('escalations.update', { id: opts.id, outcome: opts.text });
        s.print(row, () => `Outcome recorded for escalation ${row.id} (${row.reference}).`);
      }),
    );
  return command;
}

export function themesCommand(): Command {
  const command = new Command('themes').description("Theme coding: a framework's themes and an event's tally by theme.");
  command
    .command('list')
    .description("A framework's themes.")
    .requiredOption('--framework <key>', 'framework key')
    .option('--archived', 'include archived themes')
    .action(
      action(async (s, opts: { framework: string; archived?: boolean }) => {
        const rows = await s.call('themes.list', { frameworkKey: opts.framework, includeArchived: opts.archived ?? false });
        s.print(rows, () => rows.map((t) => `${t.id}  ${t.label}${t.archived ? ' (archived)' : ''}`).join('\n'));
      }),
    );
  command
    .command('add')
    .description("Adds a theme to a framework's list.")
    .requiredOption('--framework <key>', 'framework key')
    .requiredOption('--label <text>', 'the theme')
    .action(
      action(async (s, opts: { framework: string; label: string }) => {
        const row = await s.call('themes.create', { frameworkKey: opts.framework, label: opts.label });
        s.print(row, () => `Added theme ${row.id}: ${row.label}`);
      }),
    );
  command
    .command('tally')
    .description("The event's tally by theme: cases, audits and findings tagged, most cases first.")
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .option('--no-suppress', `show counts from ${fewerThanSmall} instead of withholding them`)
    .action(
      action(async (s, opts: { event: number; suppress: boolean }) => {
        const rows = await s.call('themes.tally', { eventId: opts.event, suppressSmallNumbers: opts.suppress });
        const counts = (t: (typeof rows)[number]) => (t.suppressed ? `${fewerThanSmall} (withheld)` : `${t.cases} cases, ${t.audits} audits`);
        s.print(rows, () => (rows.length === 0 ? 'No audit or finding has been coded with a theme.' : rows.map((t) => `${t.label}: ${counts(t)}, ${t.findings} findings`).join('\n')));
      }),
    );
  return command;
}
