// The pre-export check on small events made here, each test its own database (fast, in-process):
// unwritten narrative and the distribution list, text the identifier guard finds, disagreements
// moderation has not settled (a criterion and the overall grade), withheld figures as a note that
// does not make a draft; and writing the narrative (refusals, and the trail's old and new text).
import { describe, expect, it } from 'vitest';
import { defaultAppPaths } from '../../../core/paths';
import { reportReadiness } from '../../../core/report/readiness';
import { writeNarrative } from '../../../core/report/narratives';
import { writeDocumentControl } from '../../../core/report/document-control';
import { loadReportTemplate, type ReportTemplate } from '../../../core/report/template';
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { getEvent } from '../../../core/events/service';
import { startAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { setModeratedGrade, setModeratedOverall } from '../../../core/moderation/service';
import { updateSettings } from '../../../core/settings/service';
import { listTrail } from '../../../core/trail/service';
import { storeWithEvent } from '../helpers/store';

const shipped = loadReportTemplate(defaultAppPaths().templatesDir);
const only = (...keys: string[]): ReportTemplate => ({ ...shipped, sections: keys.map((key) => shipped.sections.find((s) => s.key === key)!) });
const drift = 'Timeliness and drift';

/** An event with one case, C-77, audited by Police and Health. */
async function oneCase() {
  const { store, db, eventId } = storeWithEvent('2026-03-01', ['Police', 'Health']);
  updateSettings(db, { userName: 'Fictional Facilitator' });
  await importCases(db, { eventId, fileName: 'one.csv', bytes: new TextEncoder().encode('Child ID\nC-77') });
  const caseId = listCases(db, eventId)[0]!.id;
  const [police, health] = getEvent(db, eventId).agencies.map((a) => a.id);
  return { store, db, eventId, caseId, police: startAudit(db, { caseId, agencyId: police! }).id, health: startAudit(db, { caseId, agencyId: health! }).id };
}

describe('the pre-export check', () => {
  it('lists the missing distribution list, each unwritten section and each unwritten conclusion, with where to write it', async () => {
    const { store, db, eventId } = await oneCase();
    const template = only('document-control', 'purpose', 'findings-by-criterion');
    const unwritten = () => reportReadiness(store, template, eventId).items.filter((i) => i.kind === 'unwritten');
    const items = unwritten();
    expect(items.slice(0, 3)).toEqual([
      { kind: 'unwritten', makesDraft: true, text: 'Document control: the distribution list is not recorded.', fix: 'report/document-control' },
      { kind: 'unwritten', makesDraft: true, text: 'Purpose of the audit is not written.', fix: 'report/purpose' },
      { kind: 'unwritten', makesDraft: true, text: 'Findings by criterion: the conclusions for Relentless focus on the child; lived experience and voice are not written.', fix: 'report/findings-by-criterion/child-focus' },
    ]);
    // Every one of the framework's 13 criteria.
    expect(items).toHaveLength(2 + 13);
    // Blank text is not written; the distribution list counts once it has a line.
    writeNarrative(db, template, { eventId, sectionKey: 'purpose', text: '   ' });
    writeNarrative(db, template, { eventId, sectionKey: 'findings-by-criterion', criterionKey: 'drift', text: 'Plans drifted.' });
    writeDocumentControl(db, { eventId, distribution: 'QA subgroup (fictional)' });
    expect(unwritten().map((i) => i.fix)).not.toContain('report/findings-by-criterion/drift');
    expect(unwritten().map((i) => i.fix)).not.toContain('report/document-control');
    expect(unwritten().map((i) => i.fix)).toContain('report/purpose');
    writeNarrative(db, template, { eventId, sectionKey: 'purpose', text: 'Why we audited.' });
    expect(unwritten()).toHaveLength(12);
    expect(reportReadiness(store, template, eventId).draft).toBe(true);
  });

  it('lists text the identifier guard finds, with where to fix it, unless identifiers are included', async () => {
    const { store, db, eventId } = await oneCase();
    const template = only('purpose');
    writeNarrative(db, template, { eventId, sectionKey: 'purpose', text: 'Seen at LS1 4AP by the team.' });
    const hits = reportReadiness(store, template, eventId).items.filter((i) => i.kind === 'identifier');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'identifier', makesDraft: true, fix: 'report/purpose' });
    expect(hits[0]!.text).toMatch(/^Report: Purpose of the audit: .*LS1 4AP.*\. The report cannot be exported without identifiers until it is removed\.$/);
    expect(reportReadiness(store, template, eventId, { includeIdentifiers: true }).items.filter((i) => i.kind === 'identifier')).toEqual([]);
  });

  it('lists a disagreement moderation has not settled, on a criterion and on the overall grade, until each is agreed', async () => {
    const { store, db, eventId, caseId, police, health } = await oneCase();
    const template = only('scope-and-method');
    updateGrade(db, { auditId: police, criterionKey: 'drift', value: 4 });
    updateGrade(db, { auditId: health, criterionKey: 'drift', value: 1 });
    // One level apart on the same side of the good line: nothing to settle.
    updateGrade(db, { auditId: police, criterionKey: 'child-focus', value: 4 });
    updateGrade(db, { auditId: health, criterionKey: 'child-focus', value: 3 });
    updateAudit(db, { auditId: police, overallValue: 4 });
    updateAudit(db, { auditId: health, overallValue: 1 });
    const conflicts = () => reportReadiness(store, template, eventId).items.filter((i) => i.kind === 'conflict');
    expect(conflicts()).toEqual([{ kind: 'conflict', makesDraft: true, text: `Case C-77: agencies’ grades disagree with no agreed grade on ${drift}; the overall grade.`, fix: `moderation/${caseId}` }]);
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 2, rationale: 'Agreed at the meeting.' });
    expect(conflicts().map((c) => c.text)).toEqual(['Case C-77: agencies’ grades disagree with no agreed grade on the overall grade.']);
    setModeratedOverall(db, { caseId, value: 2, rationale: 'Agreed at the meeting.' });
    expect(conflicts()).toEqual([]);
  });

  it('notes withheld figures without making a draft, and nothing when suppression is off', async () => {
    const { store, db, eventId, police } = await oneCase();
    updateGrade(db, { auditId: police, criterionKey: 'drift', value: 3 });
    const template = only('scope-and-method');
    // One case: the one criterion graded has its figure withheld (those nobody graded are not figures).
    expect(reportReadiness(store, template, eventId)).toEqual({
      draft: false,
      items: [{ kind: 'suppressed', makesDraft: false, text: 'The figures for 1 criterion come from fewer than 5 cases and are withheld; the report says so where they would be.', fix: null }],
    });
    expect(reportReadiness(store, template, eventId, { suppressSmallNumbers: false })).toEqual({ draft: false, items: [] });
  });
});

describe('writing the narrative', () => {
  it('refuses a section the report does not have, a generated one, and a criterion that is not the framework’s', async () => {
    const { db, eventId } = await oneCase();
    expect(() => writeNarrative(db, shipped, { eventId, sectionKey: 'nonsense', text: 'x' })).toThrow('The report has no section "nonsense".');
    expect(() => writeNarrative(db, shipped, { eventId, sectionKey: 'scope-and-method', text: 'x' })).toThrow('"Scope and method" is generated from the audit, not written.');
    expect(() => writeNarrative(db, shipped, { eventId, sectionKey: 'findings-by-criterion', criterionKey: 'nonsense', text: 'x' })).toThrow('"nonsense" is not a criterion whose conclusions this section holds.');
    expect(() => writeNarrative(db, shipped, { eventId, sectionKey: 'purpose', criterionKey: 'drift', text: 'x' })).toThrow('"drift" is not a criterion whose conclusions this section holds.');
  });

  it('records each change in the trail with the old and new text, and nothing when the text is the same', async () => {
    const { db, eventId } = await oneCase();
    const edits = () => listTrail(db, { eventId }).filter((e) => e.entity === 'report');
    writeNarrative(db, shipped, { eventId, sectionKey: 'purpose', text: 'First.' });
    writeNarrative(db, shipped, { eventId, sectionKey: 'findings-by-criterion', criterionKey: 'drift', text: 'Drifted.' });
    writeNarrative(db, shipped, { eventId, sectionKey: 'findings-by-criterion', criterionKey: 'drift', text: 'Drifted.' });
    expect(edits().map((e) => [e.field, e.oldValue, e.newValue, e.actor])).toEqual(
      expect.arrayContaining([
        ['purpose', '', 'First.', 'Fictional Facilitator'],
        ['findings-by-criterion: drift', '', 'Drifted.', 'Fictional Facilitator'],
      ]),
    );
    expect(edits()).toHaveLength(2);
  });
});
