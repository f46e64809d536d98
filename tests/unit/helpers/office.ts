// Reads Word and Excel files back by unzipping them, as the checks on what leaves the app need:
// every paragraph, every table cell, every picture's alt text, headers, footers and properties.
import JSZip from 'jszip';
import ExcelJS from 'exceljs';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join('');
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));

export interface DocxContent {
  paragraphs: string[];
  tables: string[][][];
  altTexts: string[];
  headers: string[];
  footers: string[];
  /** docProps/core.xml as text: title, subject, keywords, description. */
  properties: string;
  /** Everything a reader could see, joined: paragraphs, cells, alt texts, headers, footers. */
  all: string;
}

export async function readDocx(bytes: Buffer | Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const parts = async (pattern: RegExp) =>
    (await Promise.all(zip.file(pattern).map((f) => f.async('string')))).flatMap(paragraphsOf).filter((p) => p.trim() !== '');
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]))),
  );
  const altTexts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => decode(m[1]!));
  const headers = await parts(/^word\/header\d*\.xml$/);
  const footers = await parts(/^word\/footer\d*\.xml$/);
  const properties = decode((await zip.file('docProps/core.xml')?.async('string')) ?? '');
  const paragraphs = paragraphsOf(xml);
  return { paragraphs, tables, altTexts, headers, footers, properties, all: [...paragraphs, ...altTexts, ...headers, ...footers].join('\n') };
}

export async function readXlsx(bytes: Buffer | Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets.set(sheet.name, rows);
  });
  const headerFooter = book.worksheets.map((s) => ({ name: s.name, ...s.headerFooter }));
  return { sheets, headerFooter, properties: { title: book.title, subject: book.subject, keywords: book.keywords, description: book.description } };
}
