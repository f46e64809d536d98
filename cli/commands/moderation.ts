// `scrutineer moderation`: the event's moderation queue (most differences first) and "agree where
// unanimous" for one case, as the moderation screens do.
import { Command } from 'commander';
import type { ModerationQueueRow } from '../../core/contract/types';
import { differenceKinds, differenceLabels } from '../../model/differences';
import { action } from '../context';
import { eventIdOption, idOption } from '../options';

function queueText(rows: ModerationQueueRow[]): string {
  if (rows.length === 0) return 'No case has an audit yet: there is nothing to moderate.';
  return rows
    .map((r) => {
      const kinds = differenceKinds.filter((k) => r.byKind[k] > 0).map((k) => `${r.byKind[k]} ${differenceLabels[k].toLowerCase()}`);
      const state = r.locked ? 'signed off' : `${r.agreed} of ${r.criteria} agreed`;
      return `${r.reference} (case ${r.caseId}): ${r.differences} ${r.differences === 1 ? 'difference' : 'differences'}${kinds.length ? ` (${kinds.join(', ')})` : ''}; ${r.unanimousToAgree} unanimous to agree; ${state}`;
    })
    .join('\n');
}

export function moderationCommand(): Command {
  const command = new Command('moderation').description("Moderation: the event's queue of cases, and agreeing the unanimous criteria of a case.");
  command
    .command('queue')
    .description('Every audited case of the event, most differing criteria first, with the count of each kind of difference.')
    .requiredOption('--event <id>', 'event id', eventIdOption)
    .action(
      action(async (s, opts: { event: number }) => {
        const rows = await s.call('moderation.queue', { eventId: opts.event });
        s.print(rows, () => queueText(rows));
      }),
    );
  command
    .command('agree-unanimous')
    .description('Agrees every criterion of the case that all audits graded alike, with the rationale "All agencies graded X."; criteria already agreed are left alone.')
    .requiredOption('--case <id>', 'case id', idOption('a case id'))
    .action(
      action(async (s, opts: { case: number }) => {
        const view = await s.call('moderation.agreeUnanimous', { caseId: opts.case });
        const agreed = view.criteria.filter((c) => c.agreed && (c.agreed.value !== null || c.agreed.notApplicable));
        s.print(view, () => `${agreed.length} of ${view.criteria.length} criteria of case ${view.reference} now agreed.`);
      }),
    );
  return command;
}
