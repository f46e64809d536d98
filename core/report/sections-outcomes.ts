// Report sections on outcomes for children: the overall judgements (single-agency and moderated,
// across the scale in its own order) and how many audits recorded the difference made to the
// child. Figures arrive through core/disclosure; a withheld one reads "fewer than 5".
import { levelName } from '../../model/grade-keys';
import { countOf, formatCount, percent } from '../../model/words';
import type { DisclosedTally } from '../contract/types';
import { para, table } from './docx-kit';
import { shownOr, type Block, type SectionContext } from './sections-context';

export function overallJudgements(ctx: SectionContext): Block[] {
  const { summary, framework } = ctx.content;
  const { single, moderated } = summary.overall;
  const levels = framework.framework.scale.levels;
  const empty = (t: DisclosedTally) => !t.suppressed && t.n === 0;
  if (empty(single) && empty(moderated)) return [para('No overall judgement has been recorded yet, by an agency or in moderation.')];
  const count = (t: DisclosedTally, value: number) => shownOr(ctx, t, (x) => formatCount(x.distribution[String(value)] ?? 0));
  const share = (t: DisclosedTally, value: number) => shownOr(ctx, t, (x) => (x.n ? percent((x.distribution[String(value)] ?? 0) / x.n) : '–'));
  const blocks: Block[] = [
    para(
      'Each agency gave an overall judgement of its own work with each child; moderation agreed one multi-agency judgement per case. Single-agency judgements count each audit once; moderated judgements count each case once.',
    ),
    table(
      ctx.content.template.style,
      [
        { header: 'Overall judgement', width: 2.4 },
        { header: 'Single-agency', align: 'right' },
        { header: 'Share', align: 'right' },
        { header: 'Moderated', align: 'right' },
        { header: 'Share', align: 'right' },
      ],
      [
        ...levels.map((l) => ({ cells: [levelName(l), count(single, l.value), share(single, l.value), count(moderated, l.value), share(moderated, l.value)] })),
        {
          cells: [
            'All judgements; good or better',
            shownOr(ctx, single, (x) => formatCount(x.n)),
            shownOr(ctx, single, (x) => percent(x.goodOrBetter)),
            shownOr(ctx, moderated, (x) => formatCount(x.n)),
            shownOr(ctx, moderated, (x) => percent(x.goodOrBetter)),
          ],
        },
      ],
    ),
  ];
  if (single.suppressed || moderated.suppressed) {
    blocks.push(para(`Judgements drawn from fewer than ${summary.smallNumberThreshold} cases are not shown, so that no child can be recognised from them.`, { italics: true }));
  }
  return blocks;
}

export function differenceMade(ctx: SectionContext): Block[] {
  const { audits, auditsAnswered, cases } = ctx.content.differenceMade;
  if (audits === 0) return [para('No audit has been started, so nothing is recorded yet about the difference made to the child.')];
  if (auditsAnswered === 0) return [para('No auditor recorded an answer to “What difference did we make for the child?” in this audit.')];
  const threshold = ctx.content.summary.smallNumberThreshold;
  if (cases.answered.suppressed || cases.notAnswered.suppressed) {
    return [
      para(`Auditors answered “What difference did we make for the child?” for some of the children’s cases; the counts are not shown because one of them is fewer than ${threshold}.`),
    ];
  }
  const answered = cases.answered.count;
  const total = answered + cases.notAnswered.count;
  return [
    para(
      `Auditors answered “What difference did we make for the child?” in ${countOf(auditsAnswered, 'audit')} of ${formatCount(audits)}, covering ${formatCount(answered)} of the ${countOf(total, 'child’s case', 'children’s cases')} audited (${percent(cases.answered.percent)}).`,
    ),
    para('What auditors wrote is held in the audits and is not quoted here; findings cleared as anonymised quotes appear under good practice and areas for development.', { italics: true }),
  ];
}
