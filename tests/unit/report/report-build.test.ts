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

describe('the Word report', () => {
  it('carries the event’s marking in the header and footer of every Word section, the landscape one included, with page numbers', async () => {
    const { doc } = await build();
    // Portrait (cover, contents, purpose), landscape (agency table), portrait (glossary).
    expect(doc.headers).toEqual([marking, marking, marking]);
    expect(doc.footers.filter((f) => f === marking)).toHaveLength(3);
    expect(doc.footers.filter((f) => f.startsWith('Page ') && f.includes(' of '))).toHaveLength(3);
    expect(doc.paragraphs).toContain(`Classification: ${marking}`);
    expect(doc.all).not.toContain('DRAFT');
    expect(doc.all).not.toContain('CONTAINS PERSONAL DATA');
  });

  it('says DRAFT in every header and footer, the title and on the cover of a draft', async () => {
    const { doc } = await build({ draft: true });
    expect(doc.headers).toEqual(Array(3).fill(`DRAFT — ${marking}`));
    expect(doc.footers.filter((f) => f === `DRAFT — ${marking}`)).toHaveLength(3);
    expect(doc.properties).toContain(`<dc:title>DRAFT: Multi-agency case file audit: Threshold audit</dc:title>`);
    expect(doc.paragraphs).toContain('DRAFT: not for circulation. Sections are unwritten or items unresolved; the report page lists them.');
    expect(doc.properties).toContain(`Scrutiny-event report for Threshold audit. DRAFT — ${marking}.`);
  });

  it('an identifiable copy says so on every page and in its properties, and lists the cases in an appendix', async () => {
    const { doc } = await build({ includeIdentifiers: true });
    const identifiable = `${marking} — CONTAINS PERSONAL DATA`;
    expect(doc.headers).toEqual([identifiable, identifiable, identifiable]);
    expect(doc.properties).toContain('<dc:title>Multi-agency case file audit: Threshold audit (identifiable: contains personal data)</dc:title>');
    expect(doc.properties).toContain('CONTAINS PERSONAL DATA: made with identifiers at the author’s request.');
    expect(doc.paragraphs.slice(-2)).toEqual(['Appendix: cases in the sample', 'C-1, C-2, C-3, C-4, C-5, C-6, C-7, C-8, C-9']);
    expect(doc.paragraphs.some((p) => p.startsWith('This version includes case references'))).toBe(true);
  });

  it('has no cases appendix without identifiers', async () => {
    const { doc } = await build();
    expect(doc.paragraphs).not.toContain('Appendix: cases in the sample');
    expect(doc.all).not.toContain('C-1');
  });

  it('names the author, event, framework, theme, partnership and language in the document’s properties', async () => {
    const { doc } = await build();
    const author = `Fictional Facilitator, ${partnership}`;
    expect(doc.properties).toContain(`<dc:creator>${author}</dc:creator>`);
    expect(doc.properties).toContain(`<cp:lastModifiedBy>${author}</cp:lastModifiedBy>`);
    expect(doc.properties).toContain('<dc:title>Multi-agency case file audit: Threshold audit</dc:title>');
    expect(doc.properties).toContain('<dc:subject>Multi-agency case file audit: Neglect of teenagers</dc:subject>');
    expect(doc.properties).toContain(`<dc:description>Scrutiny-event report for Threshold audit. ${marking}.</dc:description>`);
    expect(doc.properties).toContain(`<cp:keywords>neglect; multi-agency case file audit; safeguarding children partnership; Neglect — what works; Neglect of teenagers; ${partnership}</cp:keywords>`);
    expect(doc.properties).toContain('<dc:language>en-GB</dc:language>');
  });

  it('opens on a cover with the title, event, subtitle, partnership, date, theme and author, then the template’s sections in order', async () => {
    const { doc } = await build();
    const at = (text: string) => doc.paragraphs.indexOf(text);
    const cover = ['Multi-agency case file audit', 'Threshold audit', 'Report to the Quality Assurance subgroup', `Partnership: ${partnership}`, 'Event date: 1 March 2026', 'Theme: Neglect of teenagers', `Author: Fictional Facilitator, ${partnership}`];
    expect(cover.map(at).every((i, n, all) => i >= 0 && (n === 0 || i > all[n - 1]!))).toBe(true);
    expect(doc.paragraphs.some((p) => /^Produced: \d{1,2} [A-Z][a-z]+ \d{4}$/.test(p))).toBe(true);
    const headings = ['Contents', 'Purpose of the audit', 'Findings by agency', 'Glossary'].map(at);
    expect(headings.every((i, n) => i > at('Multi-agency case file audit') && (n === 0 || i > headings[n - 1]!))).toBe(true);
    // The narrative as written, trimmed, under its heading.
    expect(doc.paragraphs[at('Purpose of the audit') + 1]).toBe('The partnership wanted to learn how neglect is seen.');
  });

  it('writes the contents’ page numbers from Word’s layout: cover, contents, then the first section on page 3', async () => {
    const { contents } = await build();
    expect(contents.numbers).toBe('written');
    if (contents.numbers !== 'written') return;
    expect(contents.pages).toHaveLength(3);
    expect(contents.pages[0]).toBe(3);
    // Each section starts on or after the page of the one before (the landscape one on a page of its own).
    expect(contents.pages[1]).toBeGreaterThan(contents.pages[0]!);
    expect(contents.pages[2]).toBeGreaterThan(contents.pages[1]!);
  });

  it('writes the pages it is given (LibreOffice’s, for the PDF copy) into the contents, and refuses a list of the wrong length', async () => {
    const { contents, bytes } = await build({ contentsPages: [4, 6, 9] });
    expect(contents).toEqual({ numbers: 'written', pages: [4, 6, 9] });
    const doc = await readDocx(bytes);
    const entries = doc.paragraphs.filter((p) => /^(Purpose of the audit|Findings by agency|Glossary)\s*\d+$/.test(p));
    expect(entries.map((e) => e.replace(/^\D+/, ''))).toEqual(['4', '6', '9']);
    await expect(build({ contentsPages: [4, 6] })).rejects.toThrow('The contents has 3 entries but 2 page numbers were given.');
  });
});
