// The 7-minute briefing: a two-page Word document from the same figures, in the familiar shape
// team leaders share with practitioners. It circulates widely: cleared findings only, quotes only
// when the user ticks them in, and the same identifier check and marking as the report.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { OpenedDatabase } from '../../db/open';
import { rankedCriteria } from '../disclosure/suppression';
import { briefingActions, briefingFindings } from '../disclosure/free-text';
import { exportMarking, propertiesNote } from '../disclosure/marking';
import { gatherReportContent, percent, formatDate, type ReportOptions } from './content';
import { bullet, heading, para } from './docx-kit';
import { countOf, formatCount } from '../../model/words';
import { documentStyles, headerAndFooter } from './build-report';
import type { ReportTemplate } from './template';

export const briefingHeadings = [
  'What we did',
  'What we found',
  'What good looks like',
  'What must change',
  'Questions for practitioners',
  'Actions',
  'Where to learn more',
] as const;

/** " (Police, by 30 September 2026)", " (Police)", " (by 30 September 2026)", or nothing. */
function ownerAndDate(owner: string | null, dueDate: string | null): string {
  const parts = [owner, dueDate ? `by ${formatDate(dueDate)}` : null].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export async function buildBriefing(store: OpenedDatabase, template: ReportTemplate, eventId: number, options: ReportOptions = {}): Promise<Buffer> {
  const content = gatherReportContent(store, template, eventId, options, 'briefing');
  const includeIdentifiers = options.includeIdentifiers ?? false;
  const { summary, event, framework, findings, recommendations } = content;
  // Only criteria whose figures may be shown are ranked; a suppressed one is in neither list.
  const graded = rankedCriteria(summary);
  const strongest = graded.slice(0, 3);
  const weakest = graded.slice(-3).reverse();
  const all = summary.allCriteria;
  const overall = all.suppressed
    ? `The figures come from fewer than ${summary.smallNumberThreshold} cases, so they are not shown.`
    : `${percent(all.goodOrBetter)} of all grades were good or better.`;
  const criterion = (key: string) => framework.criterionByKey.get(key)!;
  const { quotes, areas } = briefingFindings(findings, options);

  const sections: [string, Paragraph[]][] = [
    ['What we did', [para(`${event.auditDate ? `On ${formatDate(event.auditDate)}, ` : ''}${countOf(content.agenciesAuditing, 'agency', 'agencies')} audited ${summary.sample.casesAudited === 1 ? '1 child’s case file' : `${formatCount(summary.sample.casesAudited)} children’s case files`} together against "${framework.framework.name}" (${framework.criteria.length} criteria), then met at a scrutiny event to agree what the findings mean.`)]],
    [
      'What we found',
      [
        para(overall),
        ...strongest.map((c) => bullet(`Stronger: ${c.title} (${percent(c.goodOrBetter)} good or better).`)),
        ...weakest.map((c) => bullet(`Weaker: ${c.title} (${percent(c.goodOrBetter)} good or better).`)),
        ...quotes.map((q) => para(q.text, { italics: true })),
      ],
    ],
    ['What good looks like', weakest.map((c) => bullet(`${c.title}: ${criterion(c.key).whatGoodLooksLike}`))],
    ['What must change', areas.length ? areas.map((a) => bullet(a.text)) : weakest.map((c) => bullet(`Practice on ${c.title.toLowerCase()} must improve.`))],
    ['Questions for practitioners', weakest.flatMap((c) => criterion(c.key).guidance.slice(0, 2)).slice(0, 5).map((q) => bullet(q))],
    [
      'Actions',
      recommendations.length === 0
        ? [para('The audit made no recommendations.')]
        : briefingActions(recommendations).length === 0
          ? [para('Every action from this audit is done.')]
          : briefingActions(recommendations).map((r) => bullet(`${r.text}${ownerAndDate(r.ownerName, r.dueDate)}`)),
    ],
    ['Where to learn more', [para(`Read the full audit report from ${event.partnership || 'the safeguarding children partnership'}, the neglect strategy and its toolkit (including the Graded Care Profile 2), or contact the partnership business unit.`)]],
  ];
  const note = propertiesNote(includeIdentifiers);
  const doc = new Document({
    creator: content.author,
    title: `7-minute briefing: ${event.name}${note.titleSuffix}`,
    subject: 'Multi-agency case file audit: 7-minute briefing',
    description: `${note.description}A 7-minute briefing on the findings of ${event.name}. ${exportMarking(event.classification, includeIdentifiers)}.`,
    keywords: ['neglect', '7-minute briefing', ...note.keywords].join('; '),
    styles: documentStyles(template),
    sections: [
      {
        ...headerAndFooter(exportMarking(event.classification, includeIdentifiers)),
        children: [
          new Paragraph({ children: [new TextRun({ text: '7-minute briefing', bold: true, size: 40, color: template.style.headingColour })] }),
          para(event.name, { size: 26 }),
          ...sections.flatMap(([title, blocks], i) => [heading(`${i + 1}. ${title}`, 2), ...(blocks.length ? blocks : [para(`No figures can be shown: every criterion's come from fewer than ${summary.smallNumberThreshold} cases.`)])]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
