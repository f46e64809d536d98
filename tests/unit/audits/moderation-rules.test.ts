// Moderation's rules in detail: what the side-by-side view carries, what is refused and why, and
// what sign-off and unlocking change (audit statuses and the trail).
import { describe, expect, it } from 'vitest';
import { getWorkspace, startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { getModeration, setModeratedGrade, setModeratedOverall, signOffModeration, unlockModeration } from '../../../core/moderation/service';
import { listTrail } from '../../../core/trail/service';
import { allCriteria } from '../../../model/framework';
import { auditReadyStore } from '../helpers/audit-ready-store';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return { message: (error as Error).message, code: (error as { code?: string }).code };
  }
  return 'accepted';
};

describe('the moderation view', () => {
  it('carries each audit’s N/A, reason, rationale and evidence, the overall grades and the agreed overall', async () => {
    const { db, cases, agency } = await auditReadyStore();
    const caseId = cases[0]!.id;
    const police = startAudit(db, { caseId, agencyId: agency('Police').id, auditor: 'P' });
    const health = startAudit(db, { caseId, agencyId: agency('Health').id, auditor: 'H' });
    updateGrade(db, { auditId: police.id, criterionKey: 'drift', notApplicable: true, notApplicableReason: 'Closed.' });
    updateGrade(db, { auditId: health.id, criterionKey: 'drift', value: 2, rationale: 'Late review.', evidence: 'Minutes.' });
    updateAudit(db, { auditId: police.id, overallValue: 4, overallRationale: 'Strong.' });
    updateAudit(db, { auditId: health.id, overallValue: 2 });
    setModeratedOverall(db, { caseId, value: 3, rationale: 'Agreed at panel.' });
    const view = getModeration(db, caseId);
    expect(view.criteria.find((c) => c.key === 'drift')!.grades.map((g) => [g.agencyName, g.value, g.notApplicable, g.notApplicableReason, g.rationale, g.evidence])).toEqual([
      ['Health', 2, false, '', 'Late review.', 'Minutes.'],
      ['Police', null, true, 'Closed.', '', ''],
    ]);
    expect(view.criteria.find((c) => c.key === 'child-focus')!.grades.map((g) => [g.value, g.notApplicable, g.notApplicableReason, g.rationale, g.evidence])).toEqual([
      [null, false, '', '', ''],
      [null, false, '', '', ''],
    ]);
    expect(view.overall).toEqual({
      grades: [
        { auditId: health.id, agencyName: 'Health', auditor: 'H', value: 2, rationale: '' },
        { auditId: police.id, agencyName: 'Police', auditor: 'P', value: 4, rationale: 'Strong.' },
      ],
      differences: ['two-levels', 'crosses-good-line'],
      agreedValue: 3,
      agreedRationale: 'Agreed at panel.',
    });
    expect(getModeration(db, cases[1]!.id).overall).toMatchObject({ agreedValue: null, agreedRationale: '', differences: [] });
  });

  it('refuses an unknown case, criterion or value with a reason', async () => {
    const { db, cases } = await auditReadyStore();
    const caseId = cases[0]!.id;
    expect(refusal(() => getModeration(db, 9999))).toEqual({ message: 'No case has the id 9999.', code: 'NOT_FOUND' });
    expect(refusal(() => setModeratedGrade(db, { caseId, criterionKey: 'nope', value: 2 }))).toEqual({ message: '"nope" is not a criterion of this event\'s framework.', code: 'UNKNOWN_CRITERION' });
    expect(refusal(() => setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 9 }))).toEqual({ message: "9 is not a value on this framework's scale.", code: 'NOT_ON_SCALE' });
    expect(refusal(() => setModeratedOverall(db, { caseId, value: 0 }))).toEqual({ message: "0 is not a value on this framework's scale.", code: 'NOT_ON_SCALE' });
    expect(refusal(() => setModeratedOverall(db, { caseId, value: null }))).toBe('accepted');
    expect(getModeration(db, caseId).criteria.every((c) => c.agreed === null)).toBe(true);
  });

  it('keeps what is not given: a value switches N/A off, N/A clears the value, a rationale alone keeps the grade', async () => {
    const { db, cases } = await auditReadyStore();
    const caseId = cases[0]!.id;
    const agreed = () => getModeration(db, caseId).criteria.find((c) => c.key === 'drift')!.agreed!;
    setModeratedGrade(db, { caseId, criterionKey: 'drift', notApplicable: true, rationale: 'Not open long enough.' });
    expect(agreed()).toMatchObject({ value: null, notApplicable: true, rationale: 'Not open long enough.' });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 2 });
    expect(agreed()).toMatchObject({ value: 2, notApplicable: false, rationale: 'Not open long enough.' });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', rationale: 'Reviewed late.' });
    expect(agreed()).toMatchObject({ value: 2, notApplicable: false, rationale: 'Reviewed late.' });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', notApplicable: true });
    expect(agreed()).toMatchObject({ value: null, notApplicable: true });
    setModeratedOverall(db, { caseId, value: 2 });
    setModeratedOverall(db, { caseId, rationale: 'Requires improvement.' });
    expect(getModeration(db, caseId).overall).toMatchObject({ agreedValue: 2, agreedRationale: 'Requires improvement.' });
    setModeratedOverall(db, { caseId, value: 2, rationale: 'Requires improvement.' });
    const overallEntries = listTrail(db, { eventId: getModeration(db, caseId).eventId, caseId }).filter((e) => e.entity === 'moderation');
    expect(overallEntries.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ['agreed overall', '', 'Requires improvement (2)'],
      ['overall rationale', '', 'Requires improvement.'],
    ]);
  });
});

describe('sign-off and unlocking', () => {
  async function readyToSignOff() {
    const setup = await auditReadyStore();
    const { db, cases, agency } = setup;
    const caseId = cases[0]!.id;
    const audit = startAudit(db, { caseId, agencyId: agency('Police').id });
    const other = startAudit(db, { caseId, agencyId: agency('Health').id });
    const fw = getWorkspace(db, audit.id).framework;
    for (const c of allCriteria(fw)) updateGrade(db, { auditId: audit.id, criterionKey: c.key, value: 3 });
    updateAudit(db, { auditId: audit.id, overallValue: 3 });
    submitAudit(db, audit.id);
    return { ...setup, caseId, audit, other, criteria: allCriteria(fw) };
  }

  it('says what is missing before sign-off, then locks, moves submitted audits to moderated and records it', async () => {
    const { db, eventId, caseId, audit, other, criteria } = await readyToSignOff();
    expect(refusal(() => signOffModeration(db, { caseId, name: '   ', date: '2026-04-01' }))).toEqual({ message: 'Sign-off needs the name of the person signing off.', code: 'INVALID_INPUT' });
    expect(refusal(() => signOffModeration(db, { caseId, name: 'Chair', date: '2026-02-30' }))).toEqual({ message: 'The sign-off date must be a real date written YYYY-MM-DD.', code: 'INVALID_INPUT' });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', notApplicable: true });
    setModeratedGrade(db, { caseId, criterionKey: 'child-focus', rationale: 'No grade yet.' });
    let missing: unknown;
    try {
      signOffModeration(db, { caseId, name: 'Chair', date: '2026-04-01' });
    } catch (error) {
      missing = error;
    }
    expect(missing).toMatchObject({ code: 'INCOMPLETE', message: `Agree a grade for every criterion before signing off (${criteria.length - 1} still to agree).` });
    const details = (missing as { details: { path: string; message: string }[] }).details;
    expect(details).toHaveLength(criteria.length - 1);
    expect(details).toContainEqual({ path: 'child-focus', message: 'Relentless focus on the child; lived experience and voice' });
    expect(details.map((d) => d.path)).not.toContain('drift');
    for (const c of criteria) if (c.key !== 'drift') setModeratedGrade(db, { caseId, criterionKey: c.key, value: 3 });
    expect(refusal(() => signOffModeration(db, { caseId, name: 'Chair', date: '2026-04-01' }))).toEqual({ message: 'Agree an overall grade before signing off.', code: 'INCOMPLETE' });
    setModeratedOverall(db, { caseId, value: 3 });

    const view = signOffModeration(db, { caseId, name: '  Fictional Chair ', date: '2026-04-01' });
    expect(view).toMatchObject({ locked: true, signedOffBy: 'Fictional Chair', signedOffOn: '2026-04-01' });
    expect(getWorkspace(db, audit.id).audit.status).toBe('moderated');
    expect(getWorkspace(db, other.id).audit.status).toBe('not-started');
    expect(refusal(() => setModeratedOverall(db, { caseId, value: 2 }))).toEqual({ message: 'Moderation of this case is locked and signed off. Unlock it, giving a reason, to change it.', code: 'MODERATION_LOCKED' });
    expect(refusal(() => signOffModeration(db, { caseId, name: 'Chair', date: '2026-04-02' }))).toMatchObject({ code: 'MODERATION_LOCKED' });
    const after = listTrail(db, { eventId, caseId }).filter((e) => e.field === 'signed off' || (e.entity === 'audit' && e.newValue === 'moderated'));
    expect(after.map((e) => [e.entity, e.entityId, e.field, e.oldValue, e.newValue])).toEqual([
      ['moderation', caseId, 'signed off', '', 'Fictional Chair, 2026-04-01'],
      ['audit', audit.id, 'status', 'submitted', 'moderated'],
    ]);
  });

  it('unlocks with a reason, puts moderated audits back to submitted and records both', async () => {
    const { db, eventId, caseId, audit, criteria } = await readyToSignOff();
    expect(refusal(() => unlockModeration(db, { caseId, reason: 'x' }))).toEqual({ message: 'Moderation of this case is not locked.', code: 'NOT_LOCKED' });
    for (const c of criteria) setModeratedGrade(db, { caseId, criterionKey: c.key, value: 3 });
    setModeratedOverall(db, { caseId, value: 3 });
    signOffModeration(db, { caseId, name: 'Chair', date: '2026-04-01' });
    expect(refusal(() => unlockModeration(db, { caseId, reason: '  ' }))).toEqual({ message: 'Give a reason for unlocking the moderation.', code: 'INVALID_INPUT' });
    const view = unlockModeration(db, { caseId, reason: '  New evidence from school.  ' });
    expect(view).toMatchObject({ locked: false, signedOffBy: null, signedOffOn: null });
    expect(getWorkspace(db, audit.id).audit.status).toBe('submitted');
    const entries = listTrail(db, { eventId, caseId }).slice(-2);
    expect(entries.map((e) => [e.entity, e.entityId, e.field, e.oldValue, e.newValue, e.note])).toEqual([
      ['moderation', caseId, 'unlocked', 'Chair, 2026-04-01', '', 'New evidence from school.'],
      ['audit', audit.id, 'status', 'moderated', 'submitted', ''],
    ]);
    expect(refusal(() => setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 1 }))).toBe('accepted');
  });
});

describe('agreed grades in the trail, change by change', () => {
  const rows = (db: Parameters<typeof listTrail>[0], eventId: number, caseId: number) =>
    listTrail(db, { eventId, caseId })
      .filter((e) => e.entity === 'moderated-grade' || e.entity === 'moderation')
      .map((e) => [e.field, e.oldValue, e.newValue]);

  it('clears a value without switching N/A off, and accepts no value at all', async () => {
    const { db, cases } = await auditReadyStore();
    const caseId = cases[0]!.id;
    setModeratedGrade(db, { caseId, criterionKey: 'drift', notApplicable: true });
    expect(setModeratedGrade(db, { caseId, criterionKey: 'drift', value: null })).toMatchObject({ value: null, notApplicable: true });
    expect(setModeratedGrade(db, { caseId, criterionKey: 'child-focus', value: null })).toMatchObject({ value: null, notApplicable: false });
  });

  it('records a grade, then a rationale, then a new grade as three entries with the old values', async () => {
    const { db, eventId, cases } = await auditReadyStore();
    const caseId = cases[0]!.id;
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 3 });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', rationale: 'Reviewed on time.' });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 4 });
    expect(rows(db, eventId, caseId)).toEqual([
      ['agreed grade', '', 'Good (3)'],
      ['rationale', '', 'Reviewed on time.'],
      ['agreed grade', 'Good (3)', 'Outstanding (4)'],
    ]);
  });

  it('records a rationale, a grade, then a new rationale as three entries with the old values', async () => {
    const { db, eventId, cases } = await auditReadyStore();
    const caseId = cases[0]!.id;
    setModeratedGrade(db, { caseId, criterionKey: 'drift', rationale: 'First view.' });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 2 });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', rationale: 'Second view.' });
    expect(rows(db, eventId, caseId)).toEqual([
      ['rationale', '', 'First view.'],
      ['agreed grade', '', 'Requires improvement (2)'],
      ['rationale', 'First view.', 'Second view.'],
    ]);
  });

  it('does the same for the agreed overall grade and its rationale', async () => {
    const { db, eventId, cases } = await auditReadyStore();
    const caseId = cases[0]!.id;
    setModeratedOverall(db, { caseId, rationale: 'First view.' });
    setModeratedOverall(db, { caseId, value: 2 });
    setModeratedOverall(db, { caseId, rationale: 'Second view.' });
    setModeratedOverall(db, { caseId, value: 1 });
    expect(rows(db, eventId, caseId)).toEqual([
      ['overall rationale', '', 'First view.'],
      ['agreed overall', '', 'Requires improvement (2)'],
      ['overall rationale', 'First view.', 'Second view.'],
      ['agreed overall', 'Requires improvement (2)', 'Inadequate (1)'],
    ]);
  });
});
