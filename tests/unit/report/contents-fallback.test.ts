// Where docx's layout cannot place every heading (a template font it has no widths for), the
// contents is not left blank or guessed: the field is marked for Word to update on opening (Word
// asks), and the build says so. With Arial it writes the numbers, clean, and asks nothing.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../core/demo/demo';
import { defaultAppPaths } from '../../../core/paths';
import { buildReportFile } from '../../../core/report/build-report';
import { loadReportTemplate } from '../../../core/report/template';
import { tempCore } from '../helpers/core';

const partXml = async (docx: Buffer, name: string) => (await JSZip.loadAsync(docx)).file(name)!.async('string');

describe('the contents page numbers', () => {
  it('are written clean with Arial, and left for Word to update (asking) with a font the layout cannot measure', async () => {
    const core = tempCore();
    const { id } = await createDemo(core.store);
    const template = loadReportTemplate(defaultAppPaths().templatesDir);

    const arial = await buildReportFile(core.store, template, id);
    expect(arial.contents.numbers).toBe('written');
    const pages = arial.contents.numbers === 'written' ? arial.contents.pages : [];
    // Document control first, on page 4 (the cover, then two pages of contents for 24 sections and the criteria); the numbers never go back.
    expect(pages[0]).toBe(4);
    expect(pages.every((p, i) => i === 0 || p >= pages[i - 1]!)).toBe(true);
    const written = await partXml(arial.bytes, 'word/document.xml');
    expect(written).not.toContain('w:dirty="true"');
    expect(await partXml(arial.bytes, 'word/settings.xml')).not.toContain('updateFields');
    expect(written).toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">4<\/w:t>/);

    const garamond = await buildReportFile(core.store, { ...template, style: { ...template.style, font: 'Garamond' } }, id);
    expect(garamond.contents).toEqual({ numbers: 'word-updates-on-open' });
    expect(await partXml(garamond.bytes, 'word/settings.xml')).toMatch(/<w:updateFields( w:val="true")?\/>/);
    expect(await partXml(garamond.bytes, 'word/document.xml')).toContain('w:dirty="true"');
  }, 120_000);
});
