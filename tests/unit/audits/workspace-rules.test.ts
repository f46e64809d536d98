// The workspace's refusals and what each change leaves behind, message by message: starting an
// audit, the gaps that stop a submission, locked audits, reopening, and who is scoring.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getWorkspace, listAudits, reopenAudit, setScoringAs, startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { frameworkForEvent, describeGrade } from '../../../core/audits/event-framework';
import { setAgencyArchived } from '../../../core/events/service';
import { setModeratedGrade, setModeratedOverall, signOffModeration } from '../../../core/moderation/service';
import { listTrail } from '../../../core/trail/service';
import { UserError } from '../../../model/errors';
import { allCriteria } from '../../../model/framework';
import { auditReadyStore } from '../helpers/audit-ready-store';

const trailRows = (entries: ReturnType<typeof listTrail>) => entries.map((e) => [e.actor, e.entity, e.field, e.oldValue, e.newValue, e.note]);

describe('starting an audit', () => {
  it('records who created it for which agency, with the Settings name as auditor by default', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore({ userName: '  Dee Facilitator  ' });
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    const named = startAudit(db, { caseId: cases[1]!.id, agencyId: agency('Health').id, auditor: '  Hana Visitor ' });
    expect([audit.auditor, audit.status, named.auditor]).toEqual(['Dee Facilitator', 'not-started', 'Hana Visitor']);
    expect(trailRows(listTrail(db, { eventId }).filter((e) => e.entity === 'audit'))).toEqual([
      ['Dee Facilitator', 'audit', 'created', null, 'Police, Dee Facilitator', ''],
      ['Dee Facilitator', 'audit', 'created', null, 'Health, Hana Visitor', ''],
    ]);
    expect(listAudits(db, eventId).map((a) => a.auditor)).toEqual(['Dee Facilitator', 'Hana Visitor']);
    expect(listAudits(db, eventId, cases[1]!.id).map((a) => a.auditor)).toEqual(['Hana Visitor']);
    expect(() => listAudits(db, 9999)).toThrow(UserError);
  });

  it('refuses a blank auditor, an unknown case, and a new audit for an archived agency (an existing one opens)', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const police = agency('Police').id;
    expect(() => startAudit(db, { caseId: cases[0]!.id, agencyId: police, auditor: '   ' })).toThrow("The auditor's name is required.");
    expect(() => startAudit(db, { caseId: 9999, agencyId: police })).toThrow('No case has the id 9999.');
    const existing = startAudit(db, { caseId: cases[0]!.id, agencyId: police, auditor: 'Pat Officer' });
    setAgencyArchived(db, { eventId, agencyId: police, archived: true });
    expect(() => startAudit(db, { caseId: cases[1]!.id, agencyId: police, auditor: 'Pat Officer' })).toThrow('Police is archived for this event: restore it on the event page to start a new audit.');
    expect(startAudit(db, { caseId: cases[0]!.id, agencyId: police, auditor: 'Pat Officer' }).id).toBe(existing.id);
    expect(listAudits(db, eventId)).toHaveLength(1);
  });
});

describe('the workspace', () => {
  it('shows the audit with its agency, event, case and the gaps still to fill, in framework order', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[2]!.id, agencyId: agency('Health').id, auditor: 'Hana Visitor' });
    const criteria = allCriteria(frameworkForEvent(db, eventId).framework);
    for (const c of criteria) updateGrade(db, { auditId: audit.id, criterionKey: c.key, value: 4 });
    updateGrade(db, { auditId: audit.id, criterionKey: 'child-focus', value: 2, rationale: '   ' }); // below good, no rationale
    updateGrade(db, { auditId: audit.id, criterionKey: 'direct-work', value: 3 }); // good: no rationale needed
    updateGrade(db, { auditId: audit.id, criterionKey: 'drift', notApplicable: true, notApplicableReason: '  ' }); // N/A without a reason
    updateGrade(db, { auditId: audit.id, criterionKey: 'triangulation', value: 1, rationale: 'Only one source.' });
    updateGrade(db, { auditId: audit.id, criterionKey: 'whole-family', value: null }); // cleared
    updateGrade(db, { auditId: audit.id, criterionKey: 'measurable-goals', notApplicable: true, notApplicableReason: 'No plan yet.' }); // N/A with a reason: complete
    const ws = getWorkspace(db, audit.id);
    expect([ws.agencyName, ws.event.name, ws.event.id, ws.case.reference, ws.audit.id]).toEqual(['Health', 'Test audit', eventId, 'C-3', audit.id]);
    expect(ws.event.classification).toMatch(/\S/);
    expect(ws.gaps).toEqual([
      { criterionKey: 'child-focus', message: 'Relentless focus on the child; lived experience and voice: explain the judgement ("why this judgement") for a grade below good.' },
      { criterionKey: 'whole-family', message: 'Whole-family, ecological assessment: give a grade or mark it not applicable.' },
      { criterionKey: 'drift', message: 'Timeliness and drift: say why it is not applicable.' },
      { criterionKey: null, message: 'Give an overall judgement.' },
    ]);
    let error: UserError | undefined;
    try {
      submitAudit(db, audit.id);
    } catch (e) {
      error = e as UserError;
    }
    expect(error?.code).toBe('INCOMPLETE');
    expect(error?.message).toBe(`The audit is not complete: ${ws.gaps.map((g) => g.message).join(' ')}`);
    expect(error?.details).toEqual(ws.gaps.map((g) => ({ path: g.criterionKey ?? 'overall', message: g.message })));
    expect(() => getWorkspace(db, 9999)).toThrow('No audit has the id 9999.');
  });

  it('a grade clears not applicable and not applicable clears the grade', async () => {
    const { db, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    expect(updateGrade(db, { auditId: audit.id, criterionKey: 'drift', notApplicable: true, notApplicableReason: 'Closed.' }).grade).toMatchObject({ value: null, notApplicable: true });
    expect(updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: 2 }).grade).toMatchObject({ value: 2, notApplicable: false });
    expect(updateGrade(db, { auditId: audit.id, criterionKey: 'drift', notApplicable: true }).grade).toMatchObject({ value: null, notApplicable: true });
    expect(updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: null }).grade).toMatchObject({ value: null, notApplicable: true });
  });

  it('refuses an overall judgement off the scale, and records the first change as the start of work', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id, auditor: 'Pat Officer' });
    expect(() => updateAudit(db, { auditId: audit.id, overallValue: 9 })).toThrow("9 is not a value on this framework's scale.");
    expect(getWorkspace(db, audit.id).audit.status).toBe('not-started');
    const { audit: after, gaps } = updateAudit(db, { auditId: audit.id, overallValue: 2, strengths: 'Persistent.' });
    expect([after.status, after.overallValue, after.strengths]).toEqual(['in-progress', 2, 'Persistent.']);
    // The overall judgement is given: the gaps are the 13 criteria still ungraded.
    expect(gaps.map((g) => g.criterionKey)).toEqual(allCriteria(frameworkForEvent(db, eventId).framework).map((c) => c.key));
    updateAudit(db, { auditId: audit.id, strengths: 'Persistent.' }); // the same text: no entry
    expect(trailRows(listTrail(db, { eventId }).filter((e) => e.field !== 'created'))).toEqual([
      ['Pat Officer', 'audit', 'status', 'not-started', 'in-progress', ''],
      ['Pat Officer', 'audit', 'overallValue', '', 'Requires improvement (2)', ''],
      ['Pat Officer', 'audit', 'strengths', '', 'Persistent.', ''],
    ]);
  });
});

describe('submitting, moderation and reopening', () => {
  it('submission is recorded; a moderated audit is locked; only a submitted audit reopens', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const caseId = cases[0]!.id;
    const audit = startAudit(db, { caseId, agencyId: agency('Police').id, auditor: 'Pat Officer' });
    expect(() => reopenAudit(db, audit.id, 'Wrong case.')).toThrow('Only a submitted audit can be reopened.');
    const criteria = allCriteria(frameworkForEvent(db, eventId).framework);
    for (const c of criteria) updateGrade(db, { auditId: audit.id, criterionKey: c.key, value: 3 });
    updateAudit(db, { auditId: audit.id, overallValue: 3 });
    const submitted = submitAudit(db, audit.id);
    expect(submitted.status).toBe('submitted');
    expect(submitted.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(trailRows(listTrail(db, { eventId }).slice(-1))).toEqual([['Pat Officer', 'audit', 'status', 'in-progress', 'submitted', '']]);
    expect(() => submitAudit(db, audit.id)).toThrow('This audit has been submitted. Reopen it, giving a reason, to change it.');
    expect(() => updateAudit(db, { auditId: audit.id, strengths: 'Late.' })).toThrow(/has been submitted/);

    const reopened = reopenAudit(db, audit.id, '  Evidence came late.  ');
    expect([reopened.status, reopened.submittedAt]).toEqual(['in-progress', null]);
    expect(trailRows(listTrail(db, { eventId }).slice(-1))).toEqual([['Fictional Facilitator', 'audit', 'status', 'submitted', 'in-progress', 'Evidence came late.']]);
    submitAudit(db, audit.id);
    for (const c of criteria) setModeratedGrade(db, { caseId, criterionKey: c.key, value: 3 });
    setModeratedOverall(db, { caseId, value: 3 });
    signOffModeration(db, { caseId, name: 'Panel Chair', date: '2026-03-02' });
    const locked = 'This audit has been moderated and is locked.';
    expect(() => updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: 1 })).toThrow(locked);
    expect(() => updateAudit(db, { auditId: audit.id, overallValue: 1 })).toThrow(locked);
    expect(() => submitAudit(db, audit.id)).toThrow(locked);
    expect(() => reopenAudit(db, audit.id, 'Try again.')).toThrow('Only a submitted audit can be reopened.');
  });
});

describe('scoring as', () => {
  it('needs a name and a reason, and changes nothing when the name is the one already scoring', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id, auditor: 'Pat Officer' });
    expect(() => setScoringAs(db, { auditId: audit.id, name: '  ', reason: 'Leave.' })).toThrow('Give the name of the person scoring.');
    expect(() => setScoringAs(db, { auditId: audit.id, name: 'Robin Deputy', reason: '  ' })).toThrow('Give a reason for changing who is scoring.');
    const before = listTrail(db, { eventId }).length;
    expect(setScoringAs(db, { auditId: audit.id, name: ' Pat Officer ', reason: 'No change.' }).scoringAs).toBeNull();
    expect(listTrail(db, { eventId })).toHaveLength(before);
    expect(setScoringAs(db, { auditId: audit.id, name: ' Robin Deputy ', reason: ' Pat is on leave. ' }).scoringAs).toBe('Robin Deputy');
    expect(trailRows(listTrail(db, { eventId }).slice(before))).toEqual([['Fictional Facilitator', 'audit', 'scoring as', 'Pat Officer', 'Robin Deputy', 'Pat is on leave.']]);
  });
});

describe('the framework of an event', () => {
  it('describes grades as the trail and exports show them, and refuses an unknown event', async () => {
    const { db, eventId } = await auditReadyStore();
    const fw = frameworkForEvent(db, eventId);
    expect([describeGrade(fw, 4, false), describeGrade(fw, 1, false), describeGrade(fw, null, false), describeGrade(fw, 3, true), describeGrade(fw, 7, false)]).toEqual([
      'Outstanding (4)',
      'Inadequate (1)',
      '',
      'Not applicable',
      '7',
    ]);
    expect(frameworkForEvent(db, eventId)).toBe(fw);
    expect(fw.goodOrBetterFrom).toBe(3);
    expect(fw.criterionByKey.get('drift')?.title).toBe('Timeliness and drift');
    expect(() => frameworkForEvent(db, 9999)).toThrow('No event has the id 9999.');
  });
});

describe('error codes the screens act on', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return (e as UserError).code;
    }
    return 'no error';
  };

  it('each refusal carries its code', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const police = agency('Police').id;
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: police, auditor: 'Pat Officer' });
    expect({
      blankAuditor: codeOf(() => startAudit(db, { caseId: cases[0]!.id, agencyId: police, auditor: ' ' })),
      noCase: codeOf(() => startAudit(db, { caseId: 9999, agencyId: police })),
      notInEvent: codeOf(() => startAudit(db, { caseId: cases[0]!.id, agencyId: 9999 })),
      noAudit: codeOf(() => getWorkspace(db, 9999)),
      unknownCriterion: codeOf(() => updateGrade(db, { auditId: audit.id, criterionKey: 'no-such', value: 3 })),
      gradeOffScale: codeOf(() => updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: 9 })),
      overallOffScale: codeOf(() => updateAudit(db, { auditId: audit.id, overallValue: 9 })),
      reopenNoReason: codeOf(() => reopenAudit(db, audit.id, ' ')),
      reopenNotSubmitted: codeOf(() => reopenAudit(db, audit.id, 'Because.')),
      scoringNoName: codeOf(() => setScoringAs(db, { auditId: audit.id, name: ' ', reason: 'r' })),
      scoringNoReason: codeOf(() => setScoringAs(db, { auditId: audit.id, name: 'Robin Deputy', reason: ' ' })),
      noEvent: codeOf(() => frameworkForEvent(db, 9999)),
    }).toEqual({
      blankAuditor: 'INVALID_INPUT',
      noCase: 'NOT_FOUND',
      notInEvent: 'NOT_IN_EVENT',
      noAudit: 'NOT_FOUND',
      unknownCriterion: 'UNKNOWN_CRITERION',
      gradeOffScale: 'NOT_ON_SCALE',
      overallOffScale: 'NOT_ON_SCALE',
      reopenNoReason: 'INVALID_INPUT',
      reopenNotSubmitted: 'NOT_SUBMITTED',
      scoringNoName: 'INVALID_INPUT',
      scoringNoReason: 'INVALID_INPUT',
      noEvent: 'NOT_FOUND',
    });
    for (const c of allCriteria(frameworkForEvent(db, eventId).framework)) updateGrade(db, { auditId: audit.id, criterionKey: c.key, value: 3 });
    updateAudit(db, { auditId: audit.id, overallValue: 3 });
    submitAudit(db, audit.id);
    expect(codeOf(() => updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: 2 }))).toBe('AUDIT_SUBMITTED');
    for (const c of allCriteria(frameworkForEvent(db, eventId).framework)) setModeratedGrade(db, { caseId: cases[0]!.id, criterionKey: c.key, value: 3 });
    setModeratedOverall(db, { caseId: cases[0]!.id, value: 3 });
    signOffModeration(db, { caseId: cases[0]!.id, name: 'Panel Chair', date: '2026-03-02' });
    expect(codeOf(() => updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: 2 }))).toBe('AUDIT_MODERATED');
    setAgencyArchived(db, { eventId, agencyId: police, archived: true });
    expect(codeOf(() => startAudit(db, { caseId: cases[1]!.id, agencyId: police, auditor: 'Pat Officer' }))).toBe('AGENCY_ARCHIVED');
  });
});

// Autosave sends what changed; a field sent again unchanged must not keep its editing session
// open, or a later change would be folded into the first one and the trail lose a decision.
describe('a field sent again unchanged is no change', () => {
  afterEach(() => vi.useRealTimers());
  const minute = () => vi.advanceTimersByTime(60_000);

  it('for a grade: the grade, its rationale and evidence each keep their own decisions', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { db, eventId, cases, agency } = await auditReadyStore();
    const { id: auditId } = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id, auditor: 'Pat Officer' });
    updateGrade(db, { auditId, criterionKey: 'drift', value: 3, rationale: 'Timely.' });
    minute();
    updateGrade(db, { auditId, criterionKey: 'drift', value: 3, rationale: 'Timely.', evidence: 'Review notes.' });
    minute();
    updateGrade(db, { auditId, criterionKey: 'drift', value: 2, rationale: 'Late once.' });
    expect(trailRows(listTrail(db, { eventId }).filter((e) => e.entity === 'grade'))).toEqual([
      ['Pat Officer', 'grade', 'grade', '', 'Good (3)', 'drift'],
      ['Pat Officer', 'grade', 'rationale', '', 'Timely.', 'drift'],
      ['Pat Officer', 'grade', 'evidence', '', 'Review notes.', 'drift'],
      ['Pat Officer', 'grade', 'grade', 'Good (3)', 'Requires improvement (2)', 'drift'],
      ['Pat Officer', 'grade', 'rationale', 'Timely.', 'Late once.', 'drift'],
    ]);
  });

  it('for the overall judgement and the narrative', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { db, eventId, cases, agency } = await auditReadyStore();
    const { id: auditId } = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id, auditor: 'Pat Officer' });
    updateAudit(db, { auditId, overallValue: 3, strengths: 'Knew the family.' });
    minute();
    updateAudit(db, { auditId, overallValue: 3, strengths: 'Knew the family.', overallRationale: 'Mostly timely.' });
    minute();
    updateAudit(db, { auditId, overallValue: 2, strengths: 'Knew the family well.' });
    expect(trailRows(listTrail(db, { eventId }).filter((e) => e.entity === 'audit' && e.field !== 'created' && e.field !== 'status'))).toEqual([
      ['Pat Officer', 'audit', 'overallValue', '', 'Good (3)', ''],
      ['Pat Officer', 'audit', 'strengths', '', 'Knew the family.', ''],
      ['Pat Officer', 'audit', 'overallRationale', '', 'Mostly timely.', ''],
      ['Pat Officer', 'audit', 'overallValue', 'Good (3)', 'Requires improvement (2)', ''],
      ['Pat Officer', 'audit', 'strengths', 'Knew the family.', 'Knew the family well.', ''],
    ]);
  });
});
