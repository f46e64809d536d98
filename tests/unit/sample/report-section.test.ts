// The report's "How the sample was chosen": the method, seed, cohort size and file hash, and the
// representativeness table per attribute with the small-number rule. The cohort's level-of-need
// counts are worked by hand from the fixture's "Legal Status" column (CIN 56 + Child in Need 55;
// CP Plan 60 + Child Protection 52; CLA 67 + Looked After 50; Early Help 60).
import { createHash } from 'node:crypto';
import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { defaultAppPaths } from '../../../core/paths';
import { gatherReportContent } from '../../../core/report/content';
import { sampleSelection } from '../../../core/report/section-sample';
import { loadReportTemplate } from '../../../core/report/template';
import { readDocx } from '../helpers/office';
import { cohortBytes, sampleCore } from './sample-support';

const template = loadReportTemplate(defaultAppPaths().templatesDir);

async function sectionOf(s: ReturnType<typeof sampleCore>, eventId: number, suppressSmallNumbers = true) {
  const content = gatherReportContent(s.core.store, template, eventId, { suppressSmallNumbers });
  return readDocx(await Packer.toBuffer(new Document({ sections: [{ children: sampleSelection({ content, charts: new Map() }) }] })));
}

describe('How the sample was chosen', () => {
  it('gives the method, seed, cohort and the table of sample against cohort', async () => {
    const s = sampleCore();
    const eventId = s.newEvent();
    await s.draw(eventId, { size: 30, stratify: ['levelOfNeed'], reserve: 1, seed: 4242 });
    const doc = await sectionOf(s, eventId);
    const sha = createHash('sha256').update(cohortBytes()).digest('hex');
    expect(doc.paragraphs[0]).toMatch(/^Stratified random sampling by level of need: each group \(stratum\) was given cases in proportion to its size, rounded by the largest remainder method/);
    expect(doc.paragraphs).toContain(`The cohort: 400 children in the file cohort-400.csv (SHA-256 ${sha}). No cases were left out before the draw.`);
    expect(doc.all).toMatch(/30 cases were drawn on \d+ \w+ \d{4} by Fictional Facilitator with the seed 4242\. 1 reserve case was drawn per group/);
    expect(doc.all).toContain('MT19937 (Mersenne Twister, pure-rand 8)');

    const level = doc.tables.find((t) => t[0]![0] === 'Level of need')!;
    // Proportional quotas of 30: 4.5, 8.325, 8.4, 8.775; whole parts 4, 8, 8, 8; the two seats left go
    // to the largest remainders (0.775 looked after, 0.5 early help): 5, 8, 8, 9.
    expect(level).toEqual([
      ['Level of need', 'Sample', '% of sample', 'Cohort', '% of cohort'],
      ['Early help', '5', '17%', '60', '15%'],
      ['Child in need', '8', '27%', '111', '28%'],
      ['Child protection', '8', '27%', '112', '28%'],
      ['Child looked after', '9', '30%', '117', '29%'],
    ]);
    expect(doc.all).toContain('The sample was stratified by level of need, so its level of need profile follows the cohort');
    expect(doc.all).toMatch(/Counts from 1 to 4 are withheld/);
    // Small counts are withheld on the sample side of some attribute (30 cases over many groups).
    expect(doc.tables.some((t) => t.some((row) => row.includes('withheld')))).toBe(true);
    expect((await sectionOf(s, eventId, false)).tables.some((t) => t.some((row) => row.includes('withheld')))).toBe(false);
  });

  it('says so when the sample was not drawn in Scrutineer', async () => {
    const s = sampleCore();
    const doc = await sectionOf(s, s.newEvent());
    expect(doc.paragraphs).toEqual(['The sample was chosen outside Scrutineer, so no record of how it was drawn is held here.']);
  });
});
