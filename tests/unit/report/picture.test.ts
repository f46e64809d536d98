// How a chart is placed in the Word report: at the width asked for, narrower when it would be taller
// than 600 pt, but never below 9/11 of that width (charts draw text at 11 pt; print never under 9),
// in docx's pixels (96 dpi, 4/3 of a point), with its alt text. Sizes worked by hand; the PNG here
// is only its header (the width and height docx-kit reads), never drawn.
import JSZip from 'jszip';
import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { picture } from '../../../core/report/docx-kit';

/** The PNG signature and an IHDR chunk giving the size: all the placement reads. */
function pngHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

/** The placed size in docx pixels (EMU / 9525), and the alt text, read back from the packed file. */
async function placed(width: number, height: number, widthPt: number) {
  const doc = new Document({ sections: [{ children: [picture(pngHeader(width, height), widthPt, { title: 'Chart title', description: 'What the chart shows.' })] }] });
  const xml = await (await JSZip.loadAsync(await Packer.toBuffer(doc))).file('word/document.xml')!.async('string');
  const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)!;
  const docPr = /<wp:docPr [^>]*>/.exec(xml)![0];
  return { width: Number(cx) / 9525, height: Number(cy) / 9525, docPr, centred: xml.includes('<w:jc w:val="center"/>') };
}

describe('a chart placed in the report', () => {
  it('takes the width asked for when it is not too tall: 451 pt is 601 px, the height in proportion', async () => {
    // 1353 × 900 px drawn at 3×: 451 pt wide would be 300 pt tall. 451 × 4/3 = 601.3 → 601; 601 × 900/1353 = 399.8 → 400.
    expect(await placed(1353, 900, 451)).toMatchObject({ width: 601, height: 400, centred: true });
  });

  it('is narrowed to stay within 600 pt of height', async () => {
    // 1353 × 2000: at 451 pt wide it would be 667 pt tall; 600 pt tall is 405.9 pt wide → 541 px, 541 × 2000/1353 = 799.7 → 800.
    expect(await placed(1353, 2000, 451)).toMatchObject({ width: 541, height: 800 });
  });

  it('is never narrowed below 9/11 of its width, however tall', async () => {
    // 1353 × 3000: 600 pt tall would be 270.6 pt wide, under 451 × 9/11 = 369 pt, so 369 pt: 492 px, 492 × 3000/1353 = 1090.9 → 1091.
    expect(await placed(1353, 3000, 451)).toMatchObject({ width: 492, height: 1091 });
  });

  it('carries its title and description as alt text', async () => {
    const { docPr } = await placed(300, 200, 200);
    expect(docPr).toContain('descr="What the chart shows."');
    expect(docPr).toContain('title="Chart title"');
    expect(docPr).toContain('name="Chart title"');
  });
});
