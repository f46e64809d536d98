// The 7-minute briefing: two A4 pages from the same figures, in the familiar shape team leaders
// share with practitioners. It circulates widely: cleared findings only, quotes only when the user
// ticks them in, and the same identifier check and marking as the report. What it says is in
// briefing-content.ts, how it is fitted to two pages in briefing-fit.ts; this file draws it.
import { Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { OpenedDatabase } from '../../db/open';
import { exportMarking, propertiesNote } from '../disclosure/marking';
import { gatherReportContent, type ReportOptions } from './content';
import { headerAndFooter } from './build-report';
import { withLanguage } from './core-properties';
import { briefingType as type, fitPage, type BriefBlock } from './briefing-fit';
import { briefingPages } from './briefing-content';
import type { ReportTemplate } from './template';

export { briefingHeadings } from './briefing-content';

const half = (pt: number) => Math.round(pt * 2);
const twips = (pt: number) => Math.round(pt * 20);

function styles(template: ReportTemplate) {
  const { font, headingColour } = template.style;
  const heading = (size: number, [before, after]: readonly number[]) => ({
    run: { font, size: half(size), bold: true, color: headingColour },
    paragraph: { spacing: { before: twips(before!), after: twips(after!) } },
  });
  return {
    default: {
      document: { run: { font, size: half(type.body), language: { value: 'en-GB' } } },
      title: { run: { font, size: half(type.title), bold: true, color: headingColour }, paragraph: { spacing: { after: 0 } } },
      heading1: heading(type.heading1, type.spacing.heading1),
      heading2: heading(type.heading2, type.spacing.heading2),
    },
  };
}

function table(template: ReportTemplate, block: Extract<BriefBlock, { kind: 'table' }>): Table {
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  const cell = (text: string, width: number, header: boolean) =>
    new TableCell({
      width: { size: Math.round((width / total) * 100), type: WidthType.PERCENTAGE },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: template.style.tableHeaderFill } } : {}),
      children: [new Paragraph({ children: [new TextRun({ text: text.trim() || '–', size: half(type.table), bold: header, color: header ? template.style.tableHeaderText : undefined })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c) => cell(c.header, c.width, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: block.columns.map((c, i) => cell(row[i] ?? '', c.width, false)) })),
    ],
  });
}

function draw(template: ReportTemplate, block: BriefBlock): Paragraph | Table {
  const after = (kind: keyof typeof type.spacing) => ({ after: twips(type.spacing[kind][1]) });
  switch (block.kind) {
    case 'title':
      return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE });
    case 'heading':
      return new Paragraph({ text: block.text, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true, pageBreakBefore: block.pageBreakBefore });
    case 'text':
      return new Paragraph({ spacing: after('text'), children: [new TextRun({ text: block.text, italics: block.italics, size: block.size ? half(block.size) : undefined })] });
    case 'bullet':
      return new Paragraph({ text: block.text, bullet: { level: 0 }, spacing: after('bullet') });
    case 'table':
      return table(template, block);
  }
}

export async function buildBriefing(store: OpenedDatabase, template: ReportTemplate, eventId: number, options: ReportOptions = {}): Promise<Buffer> {
  const content = gatherReportContent(store, template, eventId, options, 'briefing');
  const includeIdentifiers = options.includeIdentifiers ?? false;
  const { event } = content;
  const marking = exportMarking(event.classification, includeIdentifiers);
  const [first, second] = briefingPages(content, options).map(fitPage) as [ReturnType<typeof fitPage>, ReturnType<typeof fitPage>];
  const note = propertiesNote(includeIdentifiers);
  const doc = new Document({
    creator: content.author,
    lastModifiedBy: content.author,
    title: `7-minute briefing: ${event.name}${note.titleSuffix}`,
    subject: `Multi-agency case file audit: 7-minute briefing${event.theme ? ` on ${event.theme}` : ''}`,
    description: `${note.description}A 7-minute briefing on the findings of ${event.name}${event.partnership ? ` for ${event.partnership}` : ''}. ${marking}.`,
    keywords: ['neglect', '7-minute briefing', 'multi-agency case file audit', ...note.keywords].join('; '),
    styles: styles(template),
    sections: [
      {
        ...headerAndFooter(marking),
        children: [
          ...[...first.blocks, ...second.blocks].map((b) => draw(template, b)),
        ],
      },
    ],
  });
  return withLanguage(await Packer.toBuffer(doc), 'en-GB');
}
