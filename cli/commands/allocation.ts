// `scrutineer allocate` and `scrutineer allocation`: which agencies audit which cases, named
// auditors and the return deadline.
import { Command } from 'commander';
import type { AllocationView } from '../../core/contract/types';
import { UserError } from '../../model/errors';
import { action, type CliSession } from '../context';
import { collect, eventIdOption } from '../options';

/** The event's agencies by name (case-insensitive), refusing names that do not take part. */
export async function agencyResolver(s: CliSession, eventId: number) {
  const event = await s.call('events.get', { id: eventId });
  const byName = new Map(event.agencies.map((a) => [a.name.toLowerCase(), a]));
  return (name: string) => {
    const agency = byName.get(name.trim().toLowerCase());
    if (!agency) throw new UserError(`"${name}" does not take part in this event (${event.agencies.map((a) => a.name).join(', ') || 'no agencies yet'}).`, 'NOT_IN_EVENT');
    return agency;
  };
}

function describe(view: AllocationView): string {
  const names = new Map(view.agencies.map((a) => [a.id, a.name]));
  return [
    `Deadline: ${view.deadline ?? '(none)'}`,
    ...view.agencies.map((a) => `${a.name}: ${a.allocated} ${a.allocated === 1 ? 'case' : 'cases'}${a.auditor ? `, auditor ${a.auditor}` : ''}`),
    '',
    ...view.cases.map((c) => `${c.reference.padEnd(16)} ${c.allocated.map((id) => names.get(id)).join(', ') || '(no agency)'}`),
  ].join('\n');
}

export function allocateCommand(): Command {
  return new Command('allocate')
    .description(
      'Allocate cases to agencies: each --agency with its --case (one --agency applies to every --case). Also the named auditor per agency and the return deadline.',
    )
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .option('--agency <name>', 'an agency of the event (repeat, paired with --case)', collect, [])
    .option('--case <reference>', 'a case reference (repeat)', collect, [])
    .option('--remove', 'take the given cases away from the agency instead')
    .option('--reset', 'first return the allocation (of the given agencies, or all) to the defaults')
    .option('--auditor <Agency=Name>', 'the named auditor of an agency (repeat; an empty name removes it)', collect, [])
    .option('--deadline <YYYY-MM-DD>', 'the return deadline ("none" removes it)')
    .action(
      action(async (s, opts: { event: number; agency: string[]; case: string[]; remove?: boolean; reset?: boolean; auditor: string[]; deadline?: string }) => {
        const agency = await agencyResolver(s, opts.event);
        if (opts.case.length > 0 && opts.agency.length !== 1 && opts.agency.length !== opts.case.length) {
          throw new UserError(`Give one --agency for all the cases, or one --agency per --case (got ${opts.agency.length} agencies and ${opts.case.length} cases).`, 'INVALID_INPUT');
        }
        if (opts.agency.length > 0 && opts.case.length === 0 && !opts.reset) throw new UserError('Name the cases with --case.', 'INVALID_INPUT');
        const cases = new Map((await s.call('cases.list', { eventId: opts.event })).map((c) => [c.reference.toLowerCase(), c]));
        const changes = opts.case.map((ref, i) => {
          const agencyId = agency(opts.agency[opts.agency.length === 1 ? 0 : i]!).id;
          const found = cases.get(ref.trim().toLowerCase());
          if (!found) throw new UserError(`No case with the reference "${ref}" is in this event.`, 'NOT_FOUND');
          return { caseId: found.id, agencyId, allocated: !opts.remove };
        });
        const auditors = opts.auditor.map((pair) => {
          const at = pair.indexOf('=');
          if (at < 1) throw new UserError(`--auditor takes "Agency=Name" (got "${pair}").`, 'INVALID_INPUT');
          return { agencyId: agency(pair.slice(0, at)).id, auditor: pair.slice(at + 1) };
        });
        let view: AllocationView | undefined;
        if (changes.length > 0 || opts.reset) {
          const resetAgencyIds = opts.reset && opts.agency.length > 0 ? [...new Set(opts.agency.map((n) => agency(n).id))] : undefined;
          view = await s.call('allocation.change', { eventId: opts.event, changes, reset: opts.reset, resetAgencyIds });
        }
        if (auditors.length > 0 || opts.deadline !== undefined) {
          const deadline = opts.deadline === undefined ? undefined : opts.deadline.toLowerCase() === 'none' ? null : opts.deadline;
          view = await s.call('allocation.settings', { eventId: opts.event, auditors, deadline });
        }
        view ??= await s.call('allocation.get', { eventId: opts.event });
        s.print(view, () => describe(view));
      }),
    );
}

export function allocationCommand(): Command {
  return new Command('allocation')
    .description('Show the allocation: the deadline, each agency with its auditor and case count, and each case with the agencies that audit it.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .option('--outstanding', 'show what each agency still owes instead (overdue first), with the chaser text')
    .action(
      action(async (s, opts: { event: number; outstanding?: boolean }) => {
        if (opts.outstanding) {
          const o = await s.call('allocation.outstanding', { eventId: opts.event });
          s.print(o, () =>
            o.agencies
              .map((a) => `${a.name}${a.overdue ? ' (OVERDUE)' : ''}: ${a.outstanding} of ${a.allocated} outstanding${a.outstanding ? `: ${a.outstandingReferences.join(', ')}` : ''}`)
              .join('\n'),
          );
          return;
        }
        const view = await s.call('allocation.get', { eventId: opts.event });
        s.print(view, () => describe(view));
      }),
    );
}
