// The Word report as a whole, built in-process from a short template (a narrative section, the
// landscape agency table, the glossary) and read back by unzipping: the event's non-default
// marking in the header and footer of every Word section (the landscape one included), DRAFT on
// every page of a draft, the personal-data warning and the cases appendix of an identifiable copy,
// the document's properties, the cover, and the contents' page numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { defaultAppPaths } from '../../../core/paths';
import { buildReportFile } from '../../../core/report/build-report';
import { loadReportTemplate, type ReportTemplate } from '../../../core/report/template';
import type { Api } from '../../support/api';
import { seedThresholdEvent } from '../../support/threshold-event';
import { readDocx } from '../helpers/office';
import { seededStore } from '../helpers/seeded-store';

const marking = 'OFFICIAL — Northshire & Eastvale only';
const partnership = 'Northshire Safeguarding Children Partnership (fictional)';
const shipped = loadReportTemplate(defaultAppPaths().templatesDir);
const keep = ['purpose', 'findings-by-agency', 'glossary'];
const template: ReportTemplate = { ...shipped, sections: keep.map((key) => shipped.sections.find((s) => s.key === key)!) };

let store: OpenedDatabase;
let eventId = 0;

async function seed(call: Api) {
  const { eventId } = await seedThresholdEvent(call, { classification: marking });
  await call('events.update', { id: eventId, partnership, theme: 'Neglect of teenagers' });
  await call('report.saveNarrative', { eventId, sectionKey: 'purpose', text: '  The partnership wanted to learn how neglect is seen.  ' });
  return { eventId };
}

beforeAll(async () => {
  ({ store, seeded: { eventId } } = await seededStore('report-build', seed));
}, 60_000);

afterAll(() => store.close());

const build = async (options: Parameters<typeof buildReportFile>[3] = {}) => {
  const built = await buildReportFile(store, template, eventId, { draft: false, ...options });
  return { ...built, doc: await readDocx(built.bytes) };
};

// Two builds only (each takes a second or two, and every mutant of the code they reach runs them):
// the default one, and a draft with identifiers and the contents' pages given.
describe('the Word report', () => {
  it('carries the event’s marking on every page, names it all in its properties, opens on the cover, and writes Word’s contents pages', async () => {
    const { doc, contents } = await build();
    // Portrait (cover, contents, purpose), landscape (agency table), portrait (glossary): the marking
    // in the header and footer of every Word section, the landscape one included, with page numbers.
    expect(doc.headers).toEqual([marking, marking, marking]);
    expect(doc.footers.filter((f) => f === marking)).toHaveLength(3);
    expect(doc.footers.filter((f) => f.startsWith('Page ') && f.includes(' of '))).toHaveLength(3);
    expect(doc.paragraphs).toContain(`Classification: ${marking}`);
    expect(doc.all).not.toContain('DRAFT');
    expect(doc.all).not.toContain('CONTAINS PERSONAL DATA');
    // No cases appendix without identifiers.
    expect(doc.paragraphs).not.toContain('Appendix: cases in the sample');
    expect(doc.all).not.toContain('C-1');

    const author = `Fictional Facilitator, ${partnership}`;
    expect(doc.properties).toContain(`<dc:creator>${author}</dc:creator>`);
    expect(doc.properties).toContain(`<cp:lastModifiedBy>${author}</cp:lastModifiedBy>`);
    expect(doc.properties).toContain('<dc:title>Multi-agency case file audit: Threshold audit</dc:title>');
    expect(doc.properties).toContain('<dc:subject>Multi-agency case file audit: Neglect of teenagers</dc:subject>');
    expect(doc.properties).toContain(`<dc:description>Scrutiny-event report for Threshold audit. ${marking}.</dc:description>`);
    expect(doc.properties).toContain(`<cp:keywords>neglect; multi-agency case file audit; safeguarding children partnership; Neglect — what works; Neglect of teenagers; ${partnership}</cp:keywords>`);
    expect(doc.properties).toContain('<dc:language>en-GB</dc:language>');

    // The cover: title, event, subtitle, partnership, date, theme and author, in order; then the sections.
    const at = (text: string) => doc.paragraphs.indexOf(text);
    const cover = ['Multi-agency case file audit', 'Threshold audit', 'Report to the Quality Assurance subgroup', `Partnership: ${partnership}`, 'Event date: 1 March 2026', 'Theme: Neglect of teenagers', `Author: ${author}`];
    expect(cover.map(at).every((i, n, all) => i >= 0 && (n === 0 || i > all[n - 1]!))).toBe(true);
    expect(doc.paragraphs.some((p) => /^Produced: \d{1,2} [A-Z][a-z]+ \d{4}$/.test(p))).toBe(true);
    const headings = ['Contents', 'Purpose of the audit', 'Findings by agency', 'Glossary'].map(at);
    expect(headings.every((i, n) => i > at('Multi-agency case file audit') && (n === 0 || i > headings[n - 1]!))).toBe(true);
    // The narrative as written, trimmed, under its heading.
    expect(doc.paragraphs[at('Purpose of the audit') + 1]).toBe('The partnership wanted to learn how neglect is seen.');

    // Word's layout: cover, contents, the purpose on page 3, then each section on a later page
    // (the landscape one on pages of its own).
    expect(contents.numbers).toBe('written');
    const pages = contents.numbers === 'written' ? contents.pages : [];
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBe(3);
    expect(pages[1]).toBeGreaterThan(pages[0]!);
    expect(pages[2]).toBeGreaterThan(pages[1]!);
  });

  it('a draft with identifiers says DRAFT and CONTAINS PERSONAL DATA on every page and in its title, lists the cases, and writes the contents pages it is given', async () => {
    const { doc, contents } = await build({ draft: true, includeIdentifiers: true, contentsPages: [4, 6, 9, 10] });
    const marked = `DRAFT — ${marking} — CONTAINS PERSONAL DATA`;
    expect(doc.headers).toEqual([marked, marked, marked]);
    expect(doc.footers.filter((f) => f === marked)).toHaveLength(3);
    expect(doc.properties).toContain('<dc:title>DRAFT: Multi-agency case file audit: Threshold audit (identifiable: contains personal data)</dc:title>');
    expect(doc.properties).toContain(`CONTAINS PERSONAL DATA: made with identifiers at the author’s request. Scrutiny-event report for Threshold audit. ${marked}.`);
    expect(doc.properties).toContain('; CONTAINS PERSONAL DATA</cp:keywords>');
    expect(doc.paragraphs).toContain('DRAFT: not for circulation. Sections are unwritten or items unresolved; the report page lists them.');
    expect(doc.paragraphs.some((p) => p.startsWith('This version includes case references'))).toBe(true);
    expect(doc.paragraphs.slice(-2)).toEqual(['Appendix: cases in the sample', 'C-1, C-2, C-3, C-4, C-5, C-6, C-7, C-8, C-9']);
    // The pages given (LibreOffice's, for the PDF copy) are the contents' numbers, the appendix a
    // fourth entry; a list of the wrong length is refused.
    expect(contents).toEqual({ numbers: 'written', pages: [4, 6, 9, 10] });
    const entries = doc.paragraphs.filter((p) => /^(Purpose of the audit|Findings by agency|Glossary|Appendix: cases in the sample)\s*\d+$/.test(p));
    expect(entries.map((e) => e.replace(/^\D+/, ''))).toEqual(['4', '6', '9', '10']);
    await expect(build({ contentsPages: [4, 6] })).rejects.toThrow('The contents has 3 entries but 2 page numbers were given.');
  });
});
