// What a PDF of the report says about itself: the page each heading starts on (from the bookmarks
// LibreOffice writes for headings, read with pdf.js through unpdf) and the text of each page.
import { extractText, getDocumentProxy } from 'unpdf';

export interface PdfHeading {
  title: string;
  /** 1 for a Heading 1, 2 for a Heading 2… */
  level: number;
  /** Counted from 1 for the first page of the file. */
  page: number;
}

interface OutlineItem {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineItem[];
}

export async function pdfHeadings(pdf: Uint8Array): Promise<PdfHeading[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const found: PdfHeading[] = [];
  const walk = async (items: OutlineItem[] | null, level: number): Promise<void> => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      if (ref && typeof ref === 'object') found.push({ title: item.title, level, page: (await doc.getPageIndex(ref as Parameters<typeof doc.getPageIndex>[0])) + 1 });
      await walk(item.items, level + 1);
    }
  };
  await walk((await doc.getOutline()) as OutlineItem[] | null, 1);
  return found;
}

/** Each page's text, in order. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  return text;
}
