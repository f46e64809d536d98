// The scrutiny-event report as a Word document: cover, the classification marking in every
// header and footer, page numbers, contents, then the template's sections in its order.
import { AlignmentType, Document, HeadingLevel, PageOrientation, Footer, Header, ImageRun, Packer, PageBreak, PageNumber, Paragraph, TableOfContents, TextRun } from 'docx';
import type { OpenedDatabase } from '../../db/open';
import { reportCharts } from './charts';
import { formatDate, gatherReportContent, type ReportContent, type ReportOptions } from './content';
import { exportMarking, propertiesNote } from '../disclosure/marking';
import { heading, narrative, para } from './docx-kit';
import type { SectionKey, ReportTemplate } from './template';
import type { Block, SectionContext } from './sections-context';
import { DRAFT, reportReadiness } from './readiness';
import { agreement, appendixFramework, sampleProfile, scopeAndMethod } from './sections-method';
import { sampleSelection } from './section-sample';
import { safeguardingEscalations, themeTally } from './sections-safeguarding';
import { areasForDevelopment, comparison, findingsByAgency, findingsByCriterion, goodPractice, recommendations } from './sections-findings';

const generated: Partial<Record<SectionKey, (ctx: SectionContext) => Block[]>> = {
  'scope-and-method': scopeAndMethod,
  'sample-selection': sampleSelection,
  'sample-profile': sampleProfile,
  'findings-by-criterion': findingsByCriterion,
  'findings-by-agency': findingsByAgency,
  agreement,
  'good-practice': goodPractice,
  'areas-for-development': areasForDevelopment,
  themes: themeTally,
  'safeguarding-escalations': safeguardingEscalations,
  recommendations,
  comparison,
  'appendix-framework': appendixFramework,
};

function marking(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size: 20 })] });
}

export function documentStyles(template: ReportTemplate) {
  const s = template.style;
  return {
    default: {
      document: { run: { font: s.font, size: s.bodySize * 2, language: { value: 'en-GB' } } },
      heading1: { run: { font: s.font, size: 32, bold: true, color: s.headingColour }, paragraph: { spacing: { before: 360, after: 160 } } },
      heading2: { run: { font: s.font, size: 26, bold: true, color: s.headingColour }, paragraph: { spacing: { before: 240, after: 120 } } },
      heading3: { run: { font: s.font, size: 23, bold: true, color: s.headingColour }, paragraph: { spacing: { before: 200, after: 80 } } },
    },
  };
}

/** "DRAFT — OFFICIAL-SENSITIVE" on every page of a draft. */
export const draftMarking = (marking: string, draft: boolean): string => (draft ? `${DRAFT} — ${marking}` : marking);

export function headerAndFooter(classification: string) {
  return {
    headers: { default: new Header({ children: [marking(classification)] }) },
    footers: {
      default: new Footer({
        children: [
          marking(classification),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Page '), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })] }),
        ],
      }),
    },
  };
}

function cover(content: ReportContent, draft: boolean): Paragraph[] {
  const { template, event } = content;
  const draftNote = draft
    ? [new Paragraph({ spacing: { before: 400 }, children: [new TextRun({ text: `${DRAFT}: not for circulation. Sections are unwritten or items unresolved; the report page lists them.`, bold: true, size: 28 })] })]
    : [];
  const logo = template.logoPng
    ? [new Paragraph({ alignment: AlignmentType.LEFT, children: [new ImageRun({ type: 'png', data: template.logoPng, transformation: { width: 160, height: 80 }, altText: { name: 'Logo', title: 'Partnership logo', description: `Logo of ${event.partnership || 'the partnership'}` } })] })]
    : [];
  return [
    ...logo,
    new Paragraph({ spacing: { before: 2400 }, children: [new TextRun({ text: template.title, bold: true, size: 52, color: template.style.headingColour })] }),
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: event.name, size: 36 })] }),
    ...(template.subtitle ? [para(template.subtitle, { size: 26 })] : []),
    new Paragraph({ spacing: { before: 600 } }),
    para(`Partnership: ${event.partnership || 'not recorded'}`),
    para(`Event date: ${formatDate(event.auditDate)}`),
    ...(event.theme ? [para(`Theme: ${event.theme}`)] : []),
    para(`Author: ${content.author}`),
    para(`Produced: ${formatDate(content.generatedOn)}`),
    new Paragraph({ spacing: { before: 600 }, children: [new TextRun({ text: `Classification: ${exportMarking(event.classification, content.includeIdentifiers)}`, bold: true })] }),
    ...draftNote,
    ...(content.includeIdentifiers
      ? [para('This version includes case references, and any findings the author chose beyond the cleared quotes, at the author’s request. It contains personal data: handle it accordingly.', { bold: true })]
      : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function identifiersAppendix(content: ReportContent): Block[] {
  if (!content.includeIdentifiers) return [];
  return [heading('Appendix: cases in the sample'), para(content.caseReferences.join(', ') || 'No cases.')];
}

export async function buildReport(
  store: OpenedDatabase,
  template: ReportTemplate,
  eventId: number,
  options: ReportOptions & { /** Whether it is a draft; worked out by the pre-export check when not given. */ draft?: boolean } = {},
): Promise<Buffer> {
  const content = gatherReportContent(store, template, eventId, options);
  const draft = options.draft ?? reportReadiness(store, template, eventId, options).draft;
  const charts = await reportCharts(content);
  const ctx: SectionContext = { content, charts };
  // Consecutive sections on the same orientation share one Word section; a landscape section gets its own.
  const parts: { landscape: boolean; blocks: Block[] }[] = [{ landscape: false, blocks: [] }];
  for (const [i, section] of template.sections.entries()) {
    if (parts.at(-1)!.landscape !== section.landscape) parts.push({ landscape: section.landscape, blocks: [] });
    const blocks = parts.at(-1)!.blocks;
    // The first section starts a new page after the contents.
    blocks.push(i === 0 ? new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }) : heading(section.heading));
    if (section.kind === 'narrative') blocks.push(...narrative(content.narrative(section.key)));
    else blocks.push(...(generated[section.key]?.(ctx) ?? []));
  }
  parts.at(-1)!.blocks.push(...identifiersAppendix(content));
  const marking = draftMarking(exportMarking(content.event.classification, content.includeIdentifiers), draft);
  const marked = headerAndFooter(marking);
  const note = propertiesNote(content.includeIdentifiers);
  const doc = new Document({
    creator: content.author,
    lastModifiedBy: content.author,
    title: `${draft ? `${DRAFT}: ` : ''}${template.title}: ${content.event.name}${note.titleSuffix}`,
    subject: `Multi-agency case file audit: ${content.event.theme || content.event.frameworkName}`,
    description: `${note.description}Scrutiny-event report for ${content.event.name}. ${marking}.`,
    keywords: ['neglect', 'multi-agency case file audit', 'safeguarding children partnership', ...note.keywords].join('; '),
    features: { updateFields: true },
    styles: documentStyles(template),
    sections: parts.map((part, i) => ({
      properties: part.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
      ...marked,
      children: [
        ...(i === 0
          ? [
              ...cover(content, draft),
              // Not a heading style, so the contents does not list itself.
              para('Contents', { bold: true, size: 32 }),
              new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
            ]
          : []),
        ...part.blocks,
      ],
    })),
  });
  const buffer = await Packer.toBuffer(doc);
  return buffer;
}
