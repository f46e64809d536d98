// The 7-minute briefing of a first audit (nothing earlier to compare with) and of an audit too small
// to show any figure, read back by unzipping: the line under the title, the theme, every criterion's
// figure in place of the comparison, the closing lines, the properties, and what it says when no
// criterion can be ranked and no action was agreed. Expected text is worked by hand from
// tests/support/threshold-event.ts (child-focus 9 grades, 5 good: 56%; whole-family 5 grades, all
// good: 100%; drift from 4 cases, withheld).
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { defaultAppPaths } from '../../../core/paths';
import { buildBriefing } from '../../../core/report/briefing';
import { loadReportTemplate } from '../../../core/report/template';
import type { Api } from '../../support/api';
import { seedThresholdEvent } from '../../support/threshold-event';
import { readDocx, type DocxContent } from '../helpers/office';
import { seededStore } from '../helpers/seeded-store';

const template = loadReportTemplate(defaultAppPaths().templatesDir);
const partnership = 'Northshire Safeguarding Children Partnership (fictional)';
const childFocus = 'Relentless focus on the child; lived experience and voice';
const wholeFamily = 'Whole-family, ecological assessment';
const drift = 'Timeliness and drift';

let first: OpenedDatabase;
let small: OpenedDatabase;
const ids = { first: 0, small: 0 };

async function seedFirst(call: Api) {
  const { eventId } = await seedThresholdEvent(call);
  await call('events.update', { id: eventId, partnership, theme: 'Neglect of teenagers' });
  return { eventId };
}

/** One case, audited by one agency, no facilitator's name, no partnership, no date. */
async function seedSmall(call: Api) {
  await call('settings.update', { userName: 'Fictional Auditor' });
  const { id: eventId } = await call<{ id: number }>('events.create', { name: 'Tiny audit', frameworkKey: 'neglect-what-works', agencies: ['Police'] });
  await call('cases.import', { eventId, fileName: 'one.csv', data: Buffer.from('Child ID\nT-1').toString('base64') });
  const [only] = await call<{ id: number }[]>('cases.list', { eventId });
  const { agencies } = await call<{ agencies: { id: number }[] }>('events.get', { id: eventId });
  const { id: auditId } = await call<{ id: number }>('audits.start', { caseId: only!.id, agencyId: agencies[0]!.id });
  await call('audits.grade', { auditId, criterionKey: 'child-focus', value: 2 });
  await call('settings.update', { userName: '' });
  return { eventId };
}

beforeAll(async () => {
  ({ store: first, seeded: { eventId: ids.first } } = await seededStore('report-briefing-first', seedFirst));
  ({ store: small, seeded: { eventId: ids.small } } = await seededStore('report-briefing-small', seedSmall));
}, 60_000);

afterAll(() => {
  first?.close();
  small?.close();
});

const after = (doc: DocxContent, heading: string) => doc.paragraphs.slice(doc.paragraphs.indexOf(heading) + 1);

describe('the briefing of a first audit', () => {
  it('names the event, partnership and date under the title, and the theme after what was done', async () => {
    const doc = await readDocx(await buildBriefing(first, template, ids.first));
    expect(doc.paragraphs.slice(0, 2)).toEqual(['7-minute briefing', `Threshold audit · ${partnership} · 1 March 2026`]);
    expect(after(doc, '1. What we did').slice(0, 2)).toEqual([
      'On 1 March 2026, 2 agencies audited 9 children’s case files together against "Neglect — what works" (13 criteria), then met at a scrutiny event to agree what the findings mean.',
      'The audit’s theme: Neglect of teenagers.',
    ]);
  });

  it('has every criterion graded in place of a comparison, in the framework’s order, withheld ones as a note', async () => {
    const doc = await readDocx(await buildBriefing(first, template, ids.first));
    expect(doc.paragraphs).toContain('Every criterion in this audit');
    expect(doc.paragraphs).toContain('There is no earlier audit on this framework to compare with, so this audit is the baseline for the next.');
    const every = doc.tables.find((t) => t[0]![0] === 'Criterion')!;
    expect(every).toEqual([
      ['Criterion', 'Grades', '% good or better'],
      [childFocus, '9', '56%'],
      [wholeFamily, '5', '100%'],
      [drift, 'not shown', 'not shown: fewer than 5 cases'],
    ]);
  });

  it('says the audit agreed no action, points to the partnership, and names who prepared it', async () => {
    const doc = await readDocx(await buildBriefing(first, template, ids.first));
    expect(after(doc, '6. Actions')[0]).toBe('The audit made no recommendations.');
    const closing = after(doc, '7. Where to learn more');
    expect(closing[0]).toBe(`Read the full audit report from ${partnership}, the neglect strategy and its toolkit (including the Graded Care Profile 2), or contact the partnership business unit.`);
    expect(closing[1]).toMatch(new RegExp(`^Prepared by Fictional Facilitator, ${partnership.replace(/[()]/g, '\\$&')} on \\d{1,2} [A-Z][a-z]+ \\d{4}\\.$`));
  });

  it('puts the event, theme, partnership and marking in the document’s properties', async () => {
    const doc = await readDocx(await buildBriefing(first, template, ids.first));
    expect(doc.properties).toContain('<dc:title>7-minute briefing: Threshold audit</dc:title>');
    expect(doc.properties).toContain('<dc:subject>Multi-agency case file audit: 7-minute briefing on Neglect of teenagers</dc:subject>');
    expect(doc.properties).toContain(`<dc:description>A 7-minute briefing on the findings of Threshold audit for ${partnership}. OFFICIAL-SENSITIVE.</dc:description>`);
    expect(doc.properties).toContain('<cp:keywords>neglect; 7-minute briefing; multi-agency case file audit</cp:keywords>');
    expect(doc.properties).toContain(`<dc:creator>Fictional Facilitator, ${partnership}</dc:creator>`);
    expect(doc.properties).toContain('<dc:language>en-GB</dc:language>');
    const identifiable = await readDocx(await buildBriefing(first, template, ids.first, { includeIdentifiers: true }));
    expect(identifiable.headers).toEqual(['OFFICIAL-SENSITIVE — CONTAINS PERSONAL DATA']);
    expect(identifiable.properties).toContain('<dc:title>7-minute briefing: Threshold audit (identifiable: contains personal data)</dc:title>');
  });
});

describe('the briefing of an audit too small to show a figure', () => {
  it('says one child’s case file, shows no figure, and ranks nothing', async () => {
    const doc = await readDocx(await buildBriefing(small, template, ids.small));
    expect(doc.paragraphs[1]).toBe('Tiny audit');
    expect(after(doc, '1. What we did')[0]).toBe('1 agency audited 1 child’s case file together against "Neglect — what works" (13 criteria), then met at a scrutiny event to agree what the findings mean.');
    expect(after(doc, '2. What we found')[0]).toBe('The figures come from fewer than 5 cases, so they are not shown.');
    const none = 'No criterion can be ranked: the figures of each come from fewer than 5 cases.';
    expect(after(doc, '3. What good looks like')[0]).toBe(none);
    expect(after(doc, '4. What must change')[0]).toBe(none);
    expect(after(doc, '5. Questions for practitioners')[0]).toBe(none);
    expect(doc.all).not.toContain('Stronger:');
    expect(doc.all).not.toContain('Weaker:');
    expect(doc.tables.find((t) => t[0]![0] === 'Criterion')).toEqual([['Criterion', 'Grades', '% good or better'], [childFocus, 'not shown', 'not shown: fewer than 5 cases']]);
  });

  it('falls back to the partnership in general words and no author when neither is recorded', async () => {
    const doc = await readDocx(await buildBriefing(small, template, ids.small));
    const closing = after(doc, '7. Where to learn more');
    expect(closing[0]).toMatch(/^Read the full audit report from the safeguarding children partnership, /);
    expect(closing[1]).toMatch(/^Prepared on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    expect(doc.properties).toContain('<dc:subject>Multi-agency case file audit: 7-minute briefing</dc:subject>');
    expect(doc.properties).toContain('<dc:description>A 7-minute briefing on the findings of Tiny audit. OFFICIAL-SENSITIVE.</dc:description>');
  });
});

describe('the briefing’s type', () => {
  // The sizes the page fitter measures with (briefing-fit.ts: body 11 pt, table 10, title 22,
  // headings 14 and 11.5; space before/after headings 9/3 and 6/2 pt, after text 4, bullets 2,
  // tables 6): the drawn file must use the same, or a page measured to fit could overflow.
  it('draws in the sizes and spacing the page fitter measured, in half-points and twentieths of a point', async () => {
    const zip = await JSZip.loadAsync(await buildBriefing(first, template, ids.first));
    const styles = await zip.file('word/styles.xml')!.async('string');
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0];
    expect(style('Title')).toContain('<w:sz w:val="44"/>');
    expect(style('Heading1')).toContain('<w:sz w:val="28"/>');
    expect(style('Heading1')).toContain('<w:spacing w:after="60" w:before="180"/>');
    expect(style('Heading2')).toContain('<w:sz w:val="23"/>');
    expect(style('Heading2')).toContain('<w:spacing w:after="40" w:before="120"/>');
    for (const id of ['Title', 'Heading1', 'Heading2']) {
      expect(style(id)).toContain('<w:b/>');
      expect(style(id)).toContain('w:ascii="Arial"');
      expect(style(id)).toContain('<w:color w:val="1D3F6E"/>');
    }
    expect(style('Title')).toContain('<w:spacing w:after="0"/>');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="22"\/>[\s\S]*<\/w:docDefaults>/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    const xml = await zip.file('word/document.xml')!.async('string');
    // Text paragraphs 4 pt after, bullets 2 pt; table text 10 pt, its header row white on the template's blue, repeated on a new page.
    expect(xml).toContain('<w:spacing w:after="80"/>');
    expect(xml).toContain('<w:spacing w:after="40"/>');
    const every = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    expect(every).toContain('<w:sz w:val="20"/>');
    expect(every).toContain('w:fill="1D3F6E"');
    expect(every).toContain('<w:color w:val="FFFFFF"/>');
    expect(every).toContain('<w:tblHeader/>');
    expect(every).toContain('<w:cantSplit/>');
    // Column widths in proportion: Criterion 5, Grades 1.5, % good or better 2.5 of 9 → 56%, 17%, 28%
    // (Word counts percentages in fiftieths).
    expect([...every.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].slice(0, 3).map((m) => Number(m[1]) / 50)).toEqual([56, 17, 28]);
  });
});
