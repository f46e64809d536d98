// The sections issue 16 added, one by one and fast: document control, overall judgements, the
// difference made to the child, progress on the previous action plan and the glossary. Each test
// gathers the content, builds one section, packs it into a Word file and reads it back. Expected
// values are worked by hand from the grades set below (tests/support/threshold-event.ts seeds
// Police on C-1..C-5 and Health on C-6..C-9, one audit each).
import { Document, Packer } from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKey } from '../../support/test-key';
import { openCore, type CoreApp } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { defaultAppPaths } from '../../../core/paths';
import { gatherReportContent, type ReportOptions } from '../../../core/report/content';
import type { Block, SectionContext } from '../../../core/report/sections-context';
import { loadReportTemplate } from '../../../core/report/template';
import { documentControl } from '../../../core/report/section-document-control';
import { differenceMade, overallJudgements } from '../../../core/report/sections-outcomes';
import { previousActionPlan } from '../../../core/report/section-previous-plan';
import { glossary } from '../../../core/report/section-glossary';
import { seedThresholdEvent } from '../../support/threshold-event';
import { dispatchApi } from '../helpers/dispatch-api';
import { readDocx, type DocxContent } from '../helpers/office';
import type { Api } from '../../support/api';
import { seededCopy } from '../helpers/seeded-store';

const { templatesDir } = defaultAppPaths();
const template = loadReportTemplate(templatesDir);

let core: CoreApp;
let call: ReturnType<typeof dispatchApi>;
let eventId = 0;
let previousId = 0;
/** Audit ids by case reference (C-1 … C-9). */
const auditOf = new Map<string, number>();
const caseOf = new Map<string, number>();

/** The earlier audit with its action plan, and the threshold event with overall judgements, moderation and the difference made. */
async function seed(call: Api) {
  await call('settings.update', { userName: 'Fictional Facilitator' });
  // The earlier audit: six cases P-1 … P-6, and an action plan of three.
  const { id: previousId } = await call<{ id: number }>('events.create', { name: 'Autumn audit', frameworkKey: 'neglect-what-works', auditDate: '2025-10-01', agencies: ['Police'] });
  await call('cases.import', { eventId: previousId, fileName: 'p.csv', data: Buffer.from(['Child ID', 'P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6'].join('\n')).toString('base64') });
  const police = (await call<{ agencies: { id: number }[] }>('events.get', { id: previousId })).agencies[0]!.id;
  await call('recommendations.create', {
    eventId: previousId,
    text: 'Review every plan within 12 weeks.',
    ownerAgencyId: police,
    dueDate: '2026-01-31',
    successMeasure: 'Nine in ten plans reviewed on time.',
  });
  await call('recommendations.create', { eventId: previousId, text: 'Share chronologies at every strategy meeting.', status: 'done', progressRating: 'complete' });
  await call('recommendations.create', { eventId: previousId, text: 'Discuss P-3 at the next panel.' });

  const { eventId } = await seedThresholdEvent(call, { classification: 'OFFICIAL' });
  const audits = await call<{ id: number; caseId: number; reference: string }[]>('audits.list', { eventId });
  const auditOf = new Map(audits.map((a) => [a.reference, a.id]));
  const caseOf = new Map(audits.map((a) => [a.reference, a.caseId]));
  // Overall judgements: C-1 4, C-2 3, C-3 3, C-4 2, C-5 2, C-6 1, C-7 3, C-8 2, C-9 2.
  for (const [n, value] of [4, 3, 3, 2, 2, 1, 3, 2, 2].entries()) await call('audits.update', { auditId: auditOf.get(`C-${n + 1}`), overallValue: value });
  // Moderated overall judgements on three cases only: C-1 4, C-2 3, C-3 2.
  for (const [n, value] of [4, 3, 2].entries()) await call('moderation.overall', { caseId: caseOf.get(`C-${n + 1}`), value });
  // The difference made: answered in 8 audits (C-1 … C-8), not in C-9's.
  for (let n = 1; n <= 8; n++) await call('audits.update', { auditId: auditOf.get(`C-${n}`), differenceMade: 'The child attends school most days now.' });

  // Carry the open actions forward, rate the first where it now lives, and drop the copy of the one naming a case.
  await call('recommendations.carryForward', { fromEventId: previousId, toEventId: eventId });
  const carried = await call<{ id: number; text: string }[]>('recommendations.list', { eventId });
  await call('recommendations.update', { id: carried.find((r) => r.text.startsWith('Review'))!.id, status: 'in-progress', progressRating: 'good' });
  await call('recommendations.delete', { id: carried.find((r) => r.text.startsWith('Discuss'))!.id });
  return { eventId, previousId, audits };
}

beforeAll(async () => {
  const { path, seeded } = await seededCopy('report-sections-added', seed);
  core = openCore({ databasePath: path, key: testKey(), host: headlessHost('cli') });
  call = dispatchApi(core);
  ({ eventId, previousId } = seeded);
  for (const a of seeded.audits) {
    auditOf.set(a.reference, a.id);
    caseOf.set(a.reference, a.caseId);
  }
}, 60_000);

afterAll(() => core.close());

async function section(build: (ctx: SectionContext) => Block[], options: ReportOptions & { draft?: boolean } = {}): Promise<DocxContent> {
  const content = gatherReportContent(core.store, template, eventId, { compareWith: previousId, ...options });
  const blocks = build({ content, charts: new Map(), draft: options.draft ?? false });
  return readDocx(await Packer.toBuffer(new Document({ sections: [{ children: blocks }] })));
}

describe('document control', () => {
  it('says Draft and "Not recorded" until the version and distribution are written', async () => {
    const doc = await section(documentControl, { draft: true });
    expect(doc.tables[0]).toEqual([
      ['Item', 'Detail'],
      ['Version', 'Draft'],
      ['Status', 'Draft: not for circulation until the items the pre-export check lists are resolved'],
      ['Author', expect.stringContaining('Fictional Facilitator')],
      ['Date', expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/)],
      ['Distribution', 'Not recorded'],
      ['Classification', 'OFFICIAL'],
    ]);
  });

  it('shows the version and distribution written on the report page, and the final state from the check', async () => {
    await call('report.saveDocumentControl', { eventId, version: ' 1.2 ', distribution: 'QA subgroup (fictional)\n\nPartnership executive (fictional)\n' });
    const final = await section(documentControl, { draft: false });
    expect(final.tables[0]![1]).toEqual(['Version', '1.2 (final)']);
    expect(final.tables[0]![2]).toEqual(['Status', 'Final']);
    expect(final.tables[0]![5]).toEqual(['Distribution', 'QA subgroup (fictional); Partnership executive (fictional)']);
    const draft = await section(documentControl, { draft: true });
    expect(draft.tables[0]![1]).toEqual(['Version', '1.2 (draft)']);
    // Leaving a field out keeps it.
    await call('report.saveDocumentControl', { eventId, version: '1.3' });
    expect((await call<{ documentControl: unknown }>('report.outline', { eventId })).documentControl).toEqual({
      version: '1.3',
      distribution: 'QA subgroup (fictional)\n\nPartnership executive (fictional)\n',
    });
  });
});

describe('overall judgements', () => {
  it('counts single-agency judgements across the scale in its order and withholds moderated ones from 3 cases', async () => {
    // Single-agency: 9 judgements: Outstanding 1 (11%), Good 3 (33%), Requires improvement 4 (44%), Inadequate 1 (11%); good or better 4 of 9 = 44%.
    const doc = await section(overallJudgements);
    expect(doc.tables[0]).toEqual([
      ['Overall judgement', 'Single-agency', 'Share', 'Moderated', 'Share'],
      ['Outstanding (4)', '1', '11%', 'fewer than 5', 'fewer than 5'],
      ['Good (3)', '3', '33%', 'fewer than 5', 'fewer than 5'],
      ['Requires improvement (2)', '4', '44%', 'fewer than 5', 'fewer than 5'],
      ['Inadequate (1)', '1', '11%', 'fewer than 5', 'fewer than 5'],
      ['All judgements; good or better', '9', '44%', 'fewer than 5', 'fewer than 5'],
    ]);
    expect(doc.paragraphs.at(-1)).toBe('Judgements drawn from fewer than 5 cases are not shown, so that no child can be recognised from them.');
  });

  it('shows the moderated ones when the user turns suppression off', async () => {
    // Moderated: 3 cases: 4, 3, 2 → a third each, good or better 2 of 3 = 67%.
    const rows = (await section(overallJudgements, { suppressSmallNumbers: false })).tables[0]!;
    expect(rows.map((r) => r.slice(3))).toEqual([
      ['Moderated', 'Share'],
      ['1', '33%'],
      ['1', '33%'],
      ['1', '33%'],
      ['0', '0%'],
      ['3', '67%'],
    ]);
  });
});

describe('the difference made to the child', () => {
  it('withholds the counts while one of them is under 5, then gives them once every audit answers', async () => {
    // 8 cases answered, 1 not: the 1 is small, and with the total published the 8 would give it away.
    const withheld = await section(differenceMade);
    expect(withheld.all).not.toMatch(/\b8\b/);
    expect(withheld.paragraphs).toEqual([
      'Auditors answered “What difference did we make for the child?” for some of the children’s cases; the counts are not shown because one of them is fewer than 5.',
    ]);
    await call('audits.update', { auditId: auditOf.get('C-9'), differenceMade: 'Meals are regular.' });
    const shown = await section(differenceMade);
    expect(shown.paragraphs[0]).toBe('Auditors answered “What difference did we make for the child?” in 9 audits of 9, covering 9 of the 9 children’s cases audited (100%).');
    expect(shown.all).not.toContain('attends school');
  });
});

describe('progress on the previous action plan', () => {
  it('lists each earlier action as it stands now, counts them by status, and withholds a text naming a case', async () => {
    const doc = await section(previousActionPlan);
    expect(doc.paragraphs[0]).toBe(
      'The action plan agreed after Autumn audit (1 October 2025) had 3 actions: 1 open, 1 in progress and 1 done. 1 was carried into this audit’s action plan; its status and rating are as they stand now.',
    );
    expect(doc.tables[0]).toEqual([
      ['Action', 'Owner', 'Due', 'Status', 'Progress'],
      ['Review every plan within 12 weeks. Success measure: Nine in ten plans reviewed on time.', 'Police', '31 January 2026', 'In progress', 'Good progress'],
      ['Share chronologies at every strategy meeting.', 'not assigned', 'not set', 'Done', 'Complete'],
      ['This action’s text was withheld: it contains a case reference.', 'not assigned', 'not set', 'Open', 'Not yet rated'],
    ]);
    expect(doc.all).not.toContain('P-3');
  });

  it('prints the text as written in a report with identifiers', async () => {
    expect((await section(previousActionPlan, { includeIdentifiers: true })).tables[0]![3]![0]).toBe('Discuss P-3 at the next panel.');
  });

  it('says plainly when there was no previous audit', async () => {
    expect((await section(previousActionPlan, { compareWith: null })).paragraphs).toEqual([
      'There was no previous audit on this framework, so there is no earlier action plan to report on.',
    ]);
  });
});

describe('glossary', () => {
  it('lists every term of templates/report/glossary.yaml with its definition, in the file’s order', async () => {
    const file = YAML.parse(readFileSync(join(templatesDir, 'report', 'glossary.yaml'), 'utf8')) as { terms: { term: string; definition: string }[] };
    expect(file.terms.length).toBeGreaterThanOrEqual(15);
    expect(file.terms.length).toBeLessThanOrEqual(25);
    const terms = file.terms.map((t) => t.term);
    for (const word of ['MACFA', 'GCP2', 'CIN', 'CP plan', 'Early help', 'Moderation', 'Kappa', 'Suppression', 'Scrutiny event']) expect(terms).toContain(word);
    expect((await section(glossary)).paragraphs).toEqual(file.terms.map((t) => `${t.term}: ${t.definition}`));
  });
});
