// Report sections for safeguarding escalations (counts only: never who, which case or what) and
// the tally of themes coded on audits and findings.
import { para, table } from './docx-kit';
import { formatCount } from '../../model/words';
import type { Block, SectionContext } from './sections-context';

export function safeguardingEscalations(ctx: SectionContext): Block[] {
  const { raised, withOutcome, cases } = ctx.content.escalations;
  if (raised === 0) return [para('No auditor raised a concern that a child in the sample may be at risk now.')];
  const awaiting = raised - withOutcome;
  return [
    para(
      `During the audit, ${raised === 1 ? '1 safeguarding escalation was' : `${raised} safeguarding escalations were`} raised about ${cases === 1 ? '1 child' : `${cases} children`} who may have been at risk at the time, and passed on under safeguarding procedures.`,
    ),
    para(awaiting === 0 ? 'Every escalation has an outcome recorded.' : `${withOutcome} of ${raised} have an outcome recorded; ${awaiting} ${awaiting === 1 ? 'is' : 'are'} awaiting one.`),
    para('The details are held by the facilitator and are not part of this report.', { italics: true }),
  ];
}

export function themeTally(ctx: SectionContext): Block[] {
  const { themes, summary } = ctx.content;
  if (themes.length === 0) return [para('No audit or finding was coded with a theme.')];
  const withheld = `fewer than ${summary.smallNumberThreshold}`;
  return [
    para('The themes auditors and the facilitator coded, by the number of cases whose audits were tagged with each, and the findings tagged.'),
    table(
      ctx.content.template.style,
      [{ header: 'Theme', width: 3 }, { header: 'Cases', align: 'right' }, { header: 'Audits', align: 'right' }, { header: 'Findings', align: 'right' }],
      themes.map((t) => ({ cells: [t.label, t.suppressed ? withheld : formatCount(t.cases), t.suppressed ? 'withheld' : formatCount(t.audits), formatCount(t.findings)] })),
    ),
    ...(themes.some((t) => t.suppressed) ? [para(`Where ${withheld} cases were tagged with a theme, the counts of cases and audits are withheld.`, { italics: true })] : []),
  ];
}
