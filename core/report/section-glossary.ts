// The glossary: the words of the field from templates/report/glossary.yaml, in the file's order.
import { Paragraph, TextRun } from 'docx';
import { para } from './docx-kit';
import type { Block, SectionContext } from './sections-context';

export function glossary(ctx: SectionContext): Block[] {
  const terms = ctx.content.template.glossary;
  if (terms.length === 0) return [para('The glossary has no terms.')];
  return terms.map((t) => new Paragraph({ spacing: { after: 100 }, children: [new TextRun({ text: `${t.term}: `, bold: true }), new TextRun(t.definition)] }));
}
