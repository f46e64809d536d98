// The report's sections one by one, fast: each test gathers the content and builds one section
// (without charts), packs it into a Word file and reads it back by unzipping it. Expected text is
// worked by hand from the seeded events (tests/support/threshold-event.ts and the grades below).
import { Document, Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAppPaths } from '../../../core/paths';
import { gatherReportContent, type ReportOptions } from '../../../core/report/content';
import { agreement, appendixFramework, sampleProfile, scopeAndMethod } from '../../../core/report/sections-method';
import { listFindings } from '../../../core/findings/service';
import { areasForDevelopment, comparison, findingsByAgency, findingsByCriterion, goodPractice, recommendations } from '../../../core/report/sections-findings';
import type { Block, SectionContext } from '../../../core/report/sections-context';
import { loadReportTemplate } from '../../../core/report/template';
import { buildBriefing } from '../../../core/report/briefing';
import { seedThresholdEvent } from '../../support/threshold-event';
import { seedAgreementEvent } from '../../support/agreement-event';
import type { Api } from '../../support/api';
import type { OpenedDatabase } from '../../../db/open';
import { seededStore } from '../helpers/seeded-store';
import { readDocx, type DocxContent } from '../helpers/office';

const childFocus = 'Relentless focus on the child; lived experience and voice';
const wholeFamily = 'Whole-family, ecological assessment';
const drift = 'Timeliness and drift';
const template = loadReportTemplate(defaultAppPaths().templatesDir);

let store: OpenedDatabase;
let eventId = 0;
let previousId = 0;
let agreementEventId = 0;

/** The earlier audit, the threshold event with findings and actions, and the agreement event. */
async function seed(call: Api) {
  await call('settings.update', { userName: 'Fictional Facilitator' });
  // The earlier audit: six cases, Police only. child-focus 3 3 3 2 2 1 (50% of 6); whole-family
  // 4 4 4 4 4 2 (83% of 6); drift not graded.
  const { id: previousId } = await call<{ id: number }>('events.create', { name: 'Autumn audit', frameworkKey: 'neglect-what-works', auditDate: '2025-10-01', agencies: ['Police'] });
  await call('cases.import', { eventId: previousId, fileName: 'p.csv', data: Buffer.from(['Child ID', 'P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6'].join('\n')).toString('base64') });
  const previousCases = await call<{ id: number }[]>('cases.list', { eventId: previousId });
  const police = (await call<{ agencies: { id: number }[] }>('events.get', { id: previousId })).agencies[0]!.id;
  for (const [i, c] of previousCases.entries()) {
    const { id: auditId } = await call<{ id: number }>('audits.start', { caseId: c.id, agencyId: police });
    await call('audits.grade', { auditId, criterionKey: 'child-focus', value: [3, 3, 3, 2, 2, 1][i] });
    await call('audits.grade', { auditId, criterionKey: 'whole-family', value: [4, 4, 4, 4, 4, 2][i] });
  }
  await call('recommendations.create', { eventId: previousId, text: 'Carried action.', status: 'open' });

  const { eventId } = await seedThresholdEvent(call, { classification: 'OFFICIAL' });
  const agencies = (await call<{ agencies: { id: number; name: string }[] }>('events.get', { id: eventId })).agencies;
  const agencyId = (name: string) => agencies.find((a) => a.name === name)!.id;
  await call('findings.create', { eventId, kind: 'good-practice', text: 'Children’s words were recorded.', quoteForReport: true, criterionKeys: ['child-focus', 'drift'] });
  await call('findings.create', { eventId, kind: 'area-for-development', text: 'Chronologies were rarely shared.', quoteForReport: true });
  await call('findings.create', { eventId, kind: 'theme', text: 'Not chosen for the report.', quoteForReport: false });
  await call('recommendations.create', {
    eventId,
    text: 'Review plans within 12 weeks.',
    ownerAgencyId: agencyId('Police'),
    dueDate: '2020-01-15',
    criterionKeys: ['drift'],
    successMeasure: 'Nine in ten plans reviewed on time.',
    progressRating: 'limited',
  });
  await call('recommendations.create', { eventId, text: 'Finished work.', status: 'done', dueDate: '2099-12-31' });
  await call('recommendations.carryForward', { fromEventId: previousId, toEventId: eventId });

  const { eventId: agreementEventId } = await seedAgreementEvent(call);
  return { eventId, previousId, agreementEventId };
}

beforeAll(async () => {
  let seeded: Awaited<ReturnType<typeof seed>>;
  ({ store, seeded } = await seededStore('report-sections', seed));
  ({ eventId, previousId, agreementEventId } = seeded);
}, 60_000);

afterAll(() => store.close());

async function section(build: (ctx: SectionContext) => Block[], options: ReportOptions & { event?: number } = {}): Promise<DocxContent> {
  const content = gatherReportContent(store, template, options.event ?? eventId, { compareWith: previousId, ...options });
  const blocks = build({ content, charts: new Map() });
  return readDocx(await Packer.toBuffer(new Document({ sections: [{ children: blocks }] })));
}

describe('scope and method', () => {
  it('states the sample, agencies, tool, scale, date and the suppression rule', async () => {
    const doc = await section(scopeAndMethod);
    expect(doc.paragraphs).toEqual([
      '9 children’s cases were sampled for this audit. 9 cases were audited by 2 agencies in 9 audits, giving 18 criterion grades.',
      'Agencies taking part: Health; Police.',
      'Audit tool: Neglect — what works, version 1, with 13 criteria.',
      'Grading scale: Outstanding (4), Good (3), Requires improvement (2), Inadequate (1). "Not applicable" is recorded where a criterion does not apply and is never counted as a score. "Good or better" means Outstanding or Good.',
      'Audit date: 1 March 2026. Records were read for the 12 months before the audit date.',
      expect.stringMatching(/^Each agency graded its own involvement/),
      'Figures drawn from fewer than 5 cases are suppressed.',
      // Where the data is kept, its encryption, last backup and retention (tests/unit/data/report-method.test.ts).
      expect.stringMatching(/^The audit data is kept in Scrutineer's data folder .*, in a database encrypted with AES-256 \(SQLCipher 4\)/),
    ]);
    expect((await section(scopeAndMethod, { suppressSmallNumbers: false })).paragraphs.at(-2)).toBe('Figures drawn from fewer than 5 cases are shown but should be read with care.');
  });
});

describe('sample profile', () => {
  it('has a table per attribute; a group of 4 cases says "fewer than 5" in every cell', async () => {
    const doc = await section(sampleProfile);
    expect(doc.paragraphs[0]).toBe('The 9 cases in the sample, by the groups the neglect strategy looks at.');
    const levels = doc.tables.find((t) => t[0]![0] === 'Level of need')!;
    expect(levels).toEqual([
      ['Level of need', 'Cases', 'Grades', '% good or better'],
      ['Child in need', 'fewer than 5', 'fewer than 5', 'fewer than 5'],
      ['Child protection', '5', '14', '71%'],
    ]);
    expect(doc.tables.find((t) => t[0]![0] === 'Age stage')).toEqual([['Age stage', 'Cases', 'Grades', '% good or better'], ['Not recorded', '9', '18', '67%']]);
  });
});

describe('findings by criterion', () => {
  it('tabulates a criterion from 5 cases and withholds one from 4, with the quotes chosen for it', async () => {
    const doc = await section(findingsByCriterion);
    // Criteria in the framework's order: child-focus first.
    expect(doc.tables[0]).toEqual([
      ['Grade', 'Grades', 'Share of graded'],
      ['Outstanding (4)', '1', '11%'],
      ['Good (3)', '4', '44%'],
      ['Requires improvement (2)', '2', '22%'],
      ['Inadequate (1)', '2', '22%'],
      ['Not applicable (not scored)', '0', '–'],
      ['All graded; good or better', '9', '56%'],
    ]);
    const at = (title: string) => doc.paragraphs.indexOf(title);
    const between = (from: string, to: string) => doc.paragraphs.slice(at(from) + 1, at(to));
    // (The table's cells are paragraphs too; the ones after it are the conclusions and the quote.)
    // No conclusions are written: nothing stands in for them (the pre-export check lists them instead).
    expect(between(childFocus, 'Purposeful, recorded direct work').slice(-2)).toEqual(['56%', 'Children’s words were recorded.']);
    // A withheld criterion shows no table and no quotes (a quote from so few cases could identify a child).
    expect(between(drift, 'Measurable goals for change')).toEqual([
      'The grades for this criterion come from fewer than 5 cases, so the figures are not shown.',
    ]);
    // Every criterion but the withheld one has its table, graded or not.
    expect(doc.tables).toHaveLength(12);
  });

  it('says how the agreed grades came out where a criterion was moderated', async () => {
    const doc = await section(findingsByCriterion, { event: agreementEventId, compareWith: null });
    // Agreed grades 4 4 3 3 2 2 2 3 2 1 3 3: 7 of 12 good or better.
    expect(doc.paragraphs).toContain('After moderation, 58% of the 12 agreed grades were good or better.');
  });
});

describe('findings by agency', () => {
  it('shows each agency’s share with its number of grades, and "fewer than 5" for a cell from 4 cases', async () => {
    const rows = (await section(findingsByAgency)).tables[0]!;
    expect(rows[0]).toEqual(['Criterion', 'Health', 'Police']);
    expect(rows.find((r) => r[0] === childFocus)).toEqual([childFocus, 'fewer than 5', '60% (5)']);
    expect(rows.find((r) => r[0] === wholeFamily)).toEqual([wholeFamily, 'no grades', '100% (5)']);
    expect(rows.find((r) => r[0] === drift)).toEqual([drift, 'no grades', 'fewer than 5']);
    const off = (await section(findingsByAgency, { suppressSmallNumbers: false })).tables[0]!;
    expect(off.find((r) => r[0] === childFocus)).toEqual([childFocus, '50% (4)', '60% (5)']);
  });
});

describe('agreement', () => {
  it('gives the reference figures to two places', async () => {
    const rows = (await section(agreement, { event: agreementEventId, compareWith: null })).tables[0]!;
    expect(rows.slice(1)).toEqual([
      ['Pairs of grades compared', '12', '24'],
      ['Exact agreement', '50%', '67%'],
      ["Cohen's kappa", '0.32', '0.53'],
      ["Cohen's kappa, linear weights", '0.40', '0.67'],
      ["Cohen's kappa, quadratic weights", '0.50', '0.81'],
      ["Krippendorff's alpha (ordinal)", '0.52', '0.81'],
    ]);
  });

  it('says so when there are no pairs to compare', async () => {
    const rows = (await section(agreement)).tables[0]!;
    expect(rows.slice(1).map((r) => r.slice(1))).toEqual([['0', '0'], ['no grades', 'no grades'], ...Array.from({ length: 4 }, () => ['not enough data', 'not enough data'])]);
  });
});

describe('good practice, areas for development and themes', () => {
  it('lists the findings chosen for the report with their criteria, and says so when there are none', async () => {
    expect((await section(goodPractice)).paragraphs).toEqual([`Children’s words were recorded. (${childFocus}; ${drift})`]);
    expect((await section(areasForDevelopment)).paragraphs).toEqual(['Chronologies were rarely shared.', 'No theme was chosen for this report.']);
    // With identifiers the report holds only the findings the user chose: the flag adds none of its own.
    expect((await section(areasForDevelopment, { includeIdentifiers: true })).paragraphs).toEqual(['Chronologies were rarely shared.', 'No theme was chosen for this report.']);
    const unchosen = listFindings(store.db, eventId).find((f) => f.text === 'Not chosen for the report.')!.id;
    expect((await section(areasForDevelopment, { includeIdentifiers: true, findingIds: [unchosen] })).paragraphs).toEqual(['Chronologies were rarely shared.', 'Not chosen for the report.']);
    expect((await section(areasForDevelopment, { findingIds: [unchosen] })).paragraphs).toEqual(['Chronologies were rarely shared.', 'No theme was chosen for this report.']);
    expect((await section(goodPractice, { event: agreementEventId, compareWith: null })).paragraphs).toEqual(['No example of good practice was chosen for this report.']);
    expect((await section(areasForDevelopment, { event: agreementEventId, compareWith: null })).paragraphs).toEqual([
      'No area for development was chosen for this report.',
      'No theme was chosen for this report.',
    ]);
  });
});

describe('recommendations and action plan', () => {
  it('lists success measure, owner, due date, status and progress rating, overdue and carried-forward actions', async () => {
    expect((await section(recommendations)).tables[0]).toEqual([
      ['Recommendation', 'Success measure', 'Owner', 'Due', 'Status', 'Progress'],
      ['Review plans within 12 weeks.', 'Nine in ten plans reviewed on time.', 'Police', '15 January 2020', 'Open (overdue)', 'Limited progress'],
      ['Finished work.', 'not yet agreed', 'not assigned', '31 December 2099', 'Done', 'Not yet rated'],
      ['Carried action. (carried forward from Autumn audit)', 'not yet agreed', 'not assigned', 'not set', 'Open', 'Not yet rated'],
    ]);
    expect((await section(recommendations, { event: agreementEventId, compareWith: null })).paragraphs).toEqual(['The audit made no recommendations.']);
  });
});

describe('comparison with the previous audit', () => {
  it('gives both shares, their bases and the change in points; withholds a side from fewer than 5 cases', async () => {
    const doc = await section(comparison);
    expect(doc.paragraphs[0]).toBe('Compared with Autumn audit (1 October 2025).');
    const rows = doc.tables[0]!;
    expect(rows[0]).toEqual(['Criterion', 'Previous', 'This audit', 'Change']);
    // child-focus 3/6 = 50% then 5/9 = 56%: +5.6 points; whole-family 5/6 = 83% then 100%: +16.7.
    expect(rows.find((r) => r[0] === childFocus)).toEqual([childFocus, '50% of 6', '56% of 9', '+6 points']);
    expect(rows.find((r) => r[0] === wholeFamily)).toEqual([wholeFamily, '83% of 6', '100% of 5', '+17 points']);
    expect(rows.find((r) => r[0] === drift)).toEqual([drift, 'not shown', 'not shown', 'not shown: fewer than 5 cases']);
    expect(rows.find((r) => r[0] === 'Early identification and use of tools')).toEqual(['Early identification and use of tools', 'no grades of 0', 'no grades of 0', 'not comparable']);
    expect((await section(comparison, { compareWith: null })).paragraphs).toEqual(['There is no earlier audit on the same framework to compare with.']);
  });

  it('finds the previous event by itself: the latest earlier one on the same framework', async () => {
    const doc = await section(comparison, { compareWith: undefined });
    expect(doc.paragraphs[0]).toBe('Compared with Autumn audit (1 October 2025).');
  });

  it('shows a fall as a minus', async () => {
    const doc = await section(comparison, { event: previousId, compareWith: eventId });
    expect(doc.tables[0]!.find((r) => r[0] === childFocus)).toEqual([childFocus, '56% of 9', '50% of 6', '−6 points']);
  });
});

describe('appendix: the framework', () => {
  it('lists every domain and criterion with what good looks like and its prompts', async () => {
    const doc = await section(appendixFramework);
    expect(doc.paragraphs[0]).toMatch(/^Neglect — what works \(version 1\)\. /);
    expect(doc.paragraphs).toContain(childFocus);
    expect(doc.paragraphs).toContain('What good looks like: The child is seen and spoken to; their words, behaviour and daily life are recorded and shape the plan.');
    expect(doc.paragraphs).toContain('Was the child seen, and seen alone where appropriate?');
  });
});

describe('the 7-minute briefing', () => {
  it('ranks only shown criteria, splits strongest from weakest, tabulates actions with owner, date and status, and carries the marking', async () => {
    const doc = await readDocx(await buildBriefing(store, template, eventId));
    const after = (heading: string) => doc.paragraphs.slice(doc.paragraphs.indexOf(heading) + 1);
    expect(doc.paragraphs.filter((p) => /^\d\. /.test(p))).toEqual([
      '1. What we did',
      '2. What we found',
      '3. What good looks like',
      '4. What must change',
      '5. Questions for practitioners',
      '6. Actions',
      '7. Where to learn more',
    ]);
    expect(after('1. What we did')[0]).toBe(
      'On 1 March 2026, 2 agencies audited 9 children’s case files together against "Neglect — what works" (13 criteria), then met at a scrutiny event to agree what the findings mean.',
    );
    // All grades: 12 of 18 good or better. Drift (4 cases) is withheld, so it is ranked nowhere;
    // with two criteria shown, one is the stronger and the other the weaker, never both.
    expect(after('2. What we found').slice(0, 3)).toEqual(['67% of all grades were good or better.', `Stronger: ${wholeFamily} (100% good or better).`, `Weaker: ${childFocus} (56% good or better).`]);
    // Quotes only when the user ticks them in: the briefing circulates widely.
    expect(doc.all).not.toContain('Children’s words were recorded.');
    expect(doc.all).not.toContain('Chronologies were rarely shared.');
    const quoted = await readDocx(await buildBriefing(store, template, eventId, { includeQuotes: true }));
    const words = quoted.paragraphs.indexOf('In their words');
    expect(quoted.paragraphs.slice(words + 1, words + 3)).toEqual(['“Children’s words were recorded.”', '“Chronologies were rarely shared.”']);
    // Drift appears once: its comparison row, withheld, after those shown (criteria nobody graded are left out).
    const since = doc.tables.find((t) => t[0]![0] === 'Criterion')!;
    expect(since.slice(1)).toEqual([
      // Whole family was 5 of 6 good (83%) before, 100% now: the biggest movement comes first.
      [wholeFamily, '83%', '100%', '+17 points'],
      [childFocus, '50%', '56%', '+6 points'],
      [drift, 'not shown', 'not shown', 'not shown: fewer than 5 cases'],
    ]);
    expect(doc.all.split(drift)).toHaveLength(2);
    // What must change is the partnership's words from the figures: child focus was 3 of 6 good (50%) before, 56% now.
    expect(after('4. What must change')[0]).toBe(`${childFocus} must improve: 56% of grades were good or better, up 6 points since the last audit.`);
    expect(after('6. Actions').slice(0, 16)).toEqual([
      ...['Action', 'Owner', 'Due', 'Status'],
      ...['Review plans within 12 weeks.', 'Police', '15 January 2020', 'Open (overdue)'],
      ...['Carried action.', 'Not yet assigned', 'No date set', 'Open'],
      ...['Finished work.', 'Not yet assigned', '31 December 2099', 'Done'],
    ]);
    expect(doc.all).not.toContain('()');
    expect(doc.headers).toEqual(['OFFICIAL']);
    expect(doc.footers[0]).toBe('OFFICIAL');
  });
});
