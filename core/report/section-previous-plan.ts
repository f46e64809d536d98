// Progress on the previous audit's action plan: each action with its owner, due date, status,
// progress rating and success measure, and a count by status. An action carried into this audit
// is reported as its carried copy stands now, since that is where its progress is kept.
import { progressRatingLabel, recommendationStatusLabels } from '../../model/labels';
import { recommendationStatuses } from '../../model/statuses';
import { countOf, listInWords } from '../../model/words';
import type { SlideText } from '../contract/types';
import { formatDate } from './content';
import { para, table } from './docx-kit';
import type { Block, SectionContext } from './sections-context';

const shown = (t: SlideText, empty = '–') => (t.withheld ? t.reason : t.text.trim() || empty);

export function previousActionPlan(ctx: SectionContext): Block[] {
  const plan = ctx.content.previousPlan;
  if (!plan) return [para('There was no previous audit on this framework, so there is no earlier action plan to report on.')];
  const intro = `The action plan agreed after ${plan.name} (${formatDate(plan.auditDate)})`;
  if (plan.actions.length === 0) return [para(`${intro} had no actions.`)];
  const byStatus = recommendationStatuses.map((s) => ({ s, n: plan.actions.filter((a) => a.status === s).length })).filter((x) => x.n > 0);
  const carried = plan.actions.filter((a) => a.carriedForward).length;
  return [
    para(
      `${intro} had ${countOf(plan.actions.length, 'action')}: ${listInWords(byStatus.map(({ s, n }) => `${n} ${recommendationStatusLabels[s].toLowerCase()}`))}.` +
        (carried ? ` ${carried === 1 ? '1 was' : `${carried} were`} carried into this audit’s action plan; ${carried === 1 ? 'its' : 'their'} status and rating are as they stand now.` : ''),
    ),
    table(
      ctx.content.template.style,
      [
        { header: 'Action', width: 4 },
        { header: 'Owner', width: 1.6 },
        { header: 'Due', width: 1.3 },
        { header: 'Status', width: 1.4 },
        { header: 'Progress', width: 1.4 },
      ],
      plan.actions.map((a) => ({
        cells: [
          `${shown(a.text)}${a.successMeasure.withheld || a.successMeasure.text.trim() ? ` Success measure: ${shown(a.successMeasure)}` : ''}`,
          a.ownerName ?? 'not assigned',
          formatDate(a.dueDate),
          recommendationStatusLabels[a.status],
          progressRatingLabel(a.progressRating),
        ],
      })),
    ),
  ];
}
