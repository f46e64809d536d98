// The report's paragraph styles and its cover: body text at the template's size (12 pt), real
// Title and Heading styles (with outline levels, so LibreOffice's PDF has bookmarks and its
// navigator the headings), and compact contents entries so the contents fits on its page.
import { AlignmentType, HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import { exportMarking } from '../disclosure/marking';
import { formatDate, type ReportContent } from './content';
import { para } from './docx-kit';
import { DRAFT } from './readiness';
import type { ReportTemplate } from './template';

export function documentStyles(template: ReportTemplate) {
  const s = template.style;
  const headingRun = (size: number) => ({ font: s.font, size, bold: true, color: s.headingColour });
  return {
    default: {
      document: { run: { font: s.font, size: s.bodySize * 2, language: { value: 'en-GB' } } },
      title: { run: headingRun(52), paragraph: { spacing: { before: 2400, after: 200 } } },
      heading1: { run: headingRun(32), paragraph: { spacing: { before: 360, after: 160 }, outlineLevel: 0 } },
      heading2: { run: headingRun(26), paragraph: { spacing: { before: 240, after: 120 }, outlineLevel: 1 } },
      heading3: { run: headingRun(23), paragraph: { spacing: { before: 200, after: 80 }, outlineLevel: 2 } },
    },
    // Word's own contents styles ("toc 1", "toc 2"), a size smaller and closer set than the body.
    paragraphStyles: [1, 2].map((level) => ({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: (s.bodySize - 1) * 2 },
      paragraph: { spacing: { after: 40 }, indent: { left: (level - 1) * 240 } },
    })),
  };
}

export function cover(content: ReportContent, draft: boolean): Paragraph[] {
  const { template, event } = content;
  const draftNote = draft
    ? [new Paragraph({ spacing: { before: 400 }, children: [new TextRun({ text: `${DRAFT}: not for circulation. Sections are unwritten or items unresolved; the report page lists them.`, bold: true, size: 28 })] })]
    : [];
  const logo = template.logoPng
    ? [new Paragraph({ alignment: AlignmentType.LEFT, children: [new ImageRun({ type: 'png', data: template.logoPng, transformation: { width: 160, height: 80 }, altText: { name: 'Logo', title: 'Partnership logo', description: `Logo of ${event.partnership || 'the partnership'}` } })] })]
    : [];
  return [
    ...logo,
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(template.title)] }),
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: event.name, size: 36 })] }),
    ...(template.subtitle ? [para(template.subtitle, { size: 26 })] : []),
    new Paragraph({ spacing: { before: 600 } }),
    para(`Partnership: ${event.partnership || 'not recorded'}`),
    para(`Event date: ${formatDate(event.auditDate)}`),
    ...(event.theme ? [para(`Theme: ${event.theme}`)] : []),
    ...(content.author ? [para(`Author: ${content.author}`)] : []),
    para(`Produced: ${formatDate(content.generatedOn)}`),
    new Paragraph({ spacing: { before: 600 }, children: [new TextRun({ text: `Classification: ${exportMarking(event.classification, content.includeIdentifiers)}`, bold: true })] }),
    ...draftNote,
    ...(content.includeIdentifiers
      ? [para('This version includes case references, and any findings the author chose beyond the cleared quotes, at the author’s request. It contains personal data: handle it accordingly.', { bold: true })]
      : []),
  ];
}
