// The scrutiny-event report as a Word document: cover, the classification marking in every
// header and footer, page numbers, contents, then the template's sections in its order.
import { AlignmentType, Document, HeadingLevel, PageOrientation, Footer, Header, Packer, PageNumber, Paragraph, TableOfContents, TextRun, type PageNumberEstimator } from 'docx';
import type { OpenedDatabase } from '../../db/open';
import { reportCharts } from './charts';
import { gatherReportContent, type ReportContent, type ReportOptions } from './content';
import { exportMarking, propertiesNote } from '../disclosure/marking';
import { heading, narrative, para } from './docx-kit';
import { contentsPages } from './contents-pages';
import { withLanguage } from './core-properties';
import { cover, documentStyles } from './report-style';
import type { SectionKey, ReportTemplate } from './template';
import type { Block, SectionContext } from './sections-context';
import { DRAFT, reportReadiness } from './readiness';
import { agreement, appendixFramework, sampleProfile, scopeAndMethod } from './sections-method';
import { sampleSelection } from './section-sample';
import { safeguardingEscalations, themeTally } from './sections-safeguarding';
import { areasForDevelopment, comparison, findingsByAgency, findingsByCriterion, goodPractice, recommendations } from './sections-findings';
import { documentControl } from './section-document-control';
import { differenceMade, overallJudgements } from './sections-outcomes';
import { previousActionPlan } from './section-previous-plan';
import { glossary } from './section-glossary';

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
  'document-control': documentControl,
  'overall-judgements': overallJudgements,
  'difference-made': differenceMade,
  'previous-action-plan': previousActionPlan,
  glossary,
};

function marking(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true, size: 20 })] });
}

export { documentStyles } from './report-style';

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

function identifiersAppendix(content: ReportContent): Block[] {
  if (!content.includeIdentifiers) return [];
  return [heading('Appendix: cases in the sample'), para(content.caseReferences.join(', ') || 'No cases.')];
}

export interface ReportOptionsWithDraft extends ReportOptions {
  /** Whether it is a draft; worked out by the pre-export check when not given. */
  draft?: boolean;
  /** The contents' page numbers from another layout (LibreOffice's, for a PDF copy); Word's layout from docx/layout by default. */
  contentsPages?: readonly number[];
}

export interface BuiltReport {
  bytes: Buffer;
  /** How the contents shows its page numbers: written from a layout, or (the layout could not place every heading) left for Word to update, which it asks to do. */
  contents: { numbers: 'written'; pages: number[] } | { numbers: 'word-updates-on-open' };
}

export async function buildReport(store: OpenedDatabase, template: ReportTemplate, eventId: number, options: ReportOptionsWithDraft = {}): Promise<Buffer> {
  return (await buildReportFile(store, template, eventId, options)).bytes;
}

export async function buildReportFile(store: OpenedDatabase, template: ReportTemplate, eventId: number, options: ReportOptionsWithDraft = {}): Promise<BuiltReport> {
  const content = gatherReportContent(store, template, eventId, options);
  const draft = options.draft ?? reportReadiness(store, template, eventId, options).draft;
  const ctx: SectionContext = { content, charts: await reportCharts(content), draft };
  const pages = contentsPages(options.contentsPages);
  const laidOut = await packReport(ctx, draft, pages.estimator);
  const written = pages.written();
  if (written.length > 0 && written.every((p): p is number => p !== null)) return { bytes: laidOut, contents: { numbers: 'written', pages: written } };
  // The layout stopped short (a font or drawing it cannot measure): rather than blank or wrong numbers, Word fills them in on opening, after asking.
  return { bytes: await packReport(ctx, draft, null), contents: { numbers: 'word-updates-on-open' } };
}

function reportParts(ctx: SectionContext): { landscape: boolean; blocks: Block[] }[] {
  const { content } = ctx;
  // Consecutive sections on the same orientation share one Word section; a landscape section gets its own.
  const parts: { landscape: boolean; blocks: Block[] }[] = [{ landscape: false, blocks: [] }];
  for (const [i, section] of content.template.sections.entries()) {
    if (parts.at(-1)!.landscape !== section.landscape) parts.push({ landscape: section.landscape, blocks: [] });
    const blocks = parts.at(-1)!.blocks;
    // The first section starts a new page after the contents.
    blocks.push(i === 0 ? new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }) : heading(section.heading));
    if (section.kind === 'narrative') blocks.push(...narrative(content.narrative(section.key)));
    else blocks.push(...(generated[section.key]?.(ctx) ?? []));
  }
  parts.at(-1)!.blocks.push(...identifiersAppendix(content));
  return parts;
}

async function packReport(ctx: SectionContext, draft: boolean, pageNumbers: PageNumberEstimator | null): Promise<Buffer> {
  const { content } = ctx;
  const { template } = content;
  const marking = draftMarking(exportMarking(content.event.classification, content.includeIdentifiers), draft);
  const marked = headerAndFooter(marking);
  const note = propertiesNote(content.includeIdentifiers);
  const doc = new Document({
    creator: content.author,
    lastModifiedBy: content.author,
    title: `${draft ? `${DRAFT}: ` : ''}${template.title}: ${content.event.name}${note.titleSuffix}`,
    subject: `Multi-agency case file audit: ${content.event.theme || content.event.frameworkName}`,
    description: `${note.description}Scrutiny-event report for ${content.event.name}. ${marking}.`,
    keywords: reportKeywords(content, note.keywords).join('; '),
    ...(pageNumbers ? { pageNumbers } : { features: { updateFields: true } }),
    styles: documentStyles(template),
    sections: reportParts(ctx).map((part, i) => ({
      properties: part.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
      ...marked,
      children: [
        ...(i === 0
          ? [
              ...cover(content, draft),
              // Not a heading style, so the contents does not list itself.
              new Paragraph({ pageBreakBefore: true, spacing: { after: 120 }, children: [new TextRun({ text: 'Contents', bold: true, size: 32 })] }),
              new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
            ]
          : []),
        ...part.blocks,
      ],
    })),
  });
  return withLanguage(await Packer.toBuffer(doc), 'en-GB');
}

function reportKeywords(content: ReportContent, extra: string[]): string[] {
  const { event } = content;
  return ['neglect', 'multi-agency case file audit', 'safeguarding children partnership', event.frameworkName, event.theme, event.partnership, ...extra].filter((k): k is string => !!k);
}
