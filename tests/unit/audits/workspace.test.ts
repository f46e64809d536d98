// The audit workspace on a real database: autosaved grades with trail entries, completeness,
// submit and reopen, double audits kept apart.
import { describe, expect, it } from 'vitest';
import { getWorkspace, reopenAudit, startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { progressBoard } from '../../../core/audits/board';
import { listTrail } from '../../../core/trail/service';
import { allCriteria } from '../../../model/framework';
import { auditReadyStore } from '../helpers/audit-ready-store';

describe('audit workspace', () => {
  it('refuses changes until the user has a name, and changes nothing', async () => {
    const { db, cases, agency } = await auditReadyStore({ userName: '' });
    expect(() => startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id })).toThrow(/Enter your name in Settings/);
  });

  it('writes each grade at once, moves the status on, and records old and new values in the trail', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    expect(audit).toMatchObject({ status: 'not-started', auditor: 'Fictional Facilitator' });
    const first = updateGrade(db, { auditId: audit.id, criterionKey: 'child-focus', value: 3 });
    expect(first.status).toBe('in-progress');
    updateGrade(db, { auditId: audit.id, criterionKey: 'child-focus', value: 2, rationale: 'Child not seen alone.' });
    updateGrade(db, { auditId: audit.id, criterionKey: 'drift', notApplicable: true, notApplicableReason: 'Case opened last week.' });
    const ws = getWorkspace(db, audit.id);
    expect(ws.grades['child-focus']).toMatchObject({ value: 2, rationale: 'Child not seen alone.', notApplicable: false });
    expect(ws.grades.drift).toMatchObject({ value: null, notApplicable: true });
    const trail = listTrail(db, { eventId }).filter((e) => e.entity === 'grade');
    // Good, then Requires improvement in one editing session: one entry, the grade that stayed.
    expect(trail.map((e) => [e.field, e.oldValue, e.newValue, e.note, e.actor])).toEqual([
      ['grade', '', 'Requires improvement (2)', 'child-focus', 'Fictional Facilitator'],
      ['rationale', '', 'Child not seen alone.', 'child-focus', 'Fictional Facilitator'],
      ['grade', '', 'Not applicable', 'drift', 'Fictional Facilitator'],
      ['notApplicableReason', '', 'Case opened last week.', 'drift', 'Fictional Facilitator'],
    ]);
  });

  it('refuses grades that are not on the scale and criteria that are not in the framework', async () => {
    const { db, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    expect(() => updateGrade(db, { auditId: audit.id, criterionKey: 'child-focus', value: 7 })).toThrow(/not a value on this framework's scale/);
    expect(() => updateGrade(db, { auditId: audit.id, criterionKey: 'no-such', value: 3 })).toThrow(/not a criterion/);
    expect(getWorkspace(db, audit.id).grades).toEqual({});
  });

  it('submits only a complete audit, then locks it until reopened with a reason', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Health').id });
    const criteria = allCriteria(getWorkspace(db, audit.id).framework);
    for (const c of criteria) updateGrade(db, { auditId: audit.id, criterionKey: c.key, value: 3 });
    updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: 1 });
    expect(() => submitAudit(db, audit.id)).toThrow(/Timeliness and drift: explain the judgement.*Give an overall judgement/);
    updateGrade(db, { auditId: audit.id, criterionKey: 'drift', rationale: 'Plan not reviewed for five months.' });
    updateAudit(db, { auditId: audit.id, overallValue: 2, strengths: 'Regular home visits.' });
    expect(getWorkspace(db, audit.id).gaps).toEqual([]);
    expect(submitAudit(db, audit.id).status).toBe('submitted');
    expect(() => updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: 2 })).toThrow(/Reopen it/);
    expect(() => reopenAudit(db, audit.id, '  ')).toThrow(/reason/);
    expect(reopenAudit(db, audit.id, 'Evidence came in late.').status).toBe('in-progress');
    const reopen = listTrail(db, { eventId }).at(-1)!;
    expect(reopen).toMatchObject({ field: 'status', oldValue: 'submitted', newValue: 'in-progress', note: 'Evidence came in late.' });
  });

  it('keeps a double audit as separate sets of grades, in the order recorded, on the board', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const police = agency('Police').id;
    const a = startAudit(db, { caseId: cases[1]!.id, agencyId: police, auditor: 'Auditor One' });
    const b = startAudit(db, { caseId: cases[1]!.id, agencyId: police, auditor: 'Auditor Two' });
    expect(startAudit(db, { caseId: cases[1]!.id, agencyId: police, auditor: 'auditor one' }).id).toBe(a.id);
    updateGrade(db, { auditId: a.id, criterionKey: 'child-focus', value: 4 });
    updateGrade(db, { auditId: b.id, criterionKey: 'child-focus', value: 1 });
    expect(getWorkspace(db, a.id).grades['child-focus']!.value).toBe(4);
    expect(getWorkspace(db, b.id).grades['child-focus']!.value).toBe(1);
    const board = progressBoard(db, eventId);
    const row = board.rows.find((r) => r.caseId === cases[1]!.id)!;
    const cell = row.cells.find((c) => c.agencyId === police)!;
    expect(cell.audits.map((x) => [x.auditor, x.status, x.graded])).toEqual([
      ['Auditor One', 'in-progress', 1],
      ['Auditor Two', 'in-progress', 1],
    ]);
    expect(board.totals).toMatchObject({ inProgress: 2, missing: 3 * 3 - 1 });
  });

  it('refuses an agency that does not take part in the event', async () => {
    const { db, cases } = await auditReadyStore();
    expect(() => startAudit(db, { caseId: cases[0]!.id, agencyId: 999 })).toThrow(/does not take part/);
  });

  it('the trail cannot be changed or deleted', async () => {
    const { store, db, cases, agency } = await auditReadyStore();
    startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    expect(() => store.sqlite.exec("UPDATE trail SET actor = 'someone else'")).toThrow(/append-only/);
    expect(() => store.sqlite.exec('DELETE FROM trail')).toThrow(/append-only/);
  });
});
