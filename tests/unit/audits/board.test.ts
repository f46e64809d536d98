// The facilitator's progress board with one audit in each state: the totals count each state once,
// allocated cells without an audit are "missing", an archived agency is labelled and owed nothing,
// and a signed-off case shows as moderated. Counts worked out by hand from the set-up below.
import { describe, expect, it } from 'vitest';
import { progressBoard } from '../../../core/audits/board';
import { startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { setAgencyArchived } from '../../../core/events/service';
import { setModeratedGrade, setModeratedOverall, signOffModeration } from '../../../core/moderation/service';
import { allCriteria } from '../../../model/framework';
import type { Db } from '../../../db/open';
import { frameworkForEvent } from '../../../core/audits/event-framework';
import { auditReadyStore } from '../helpers/audit-ready-store';

function submitComplete(db: Db, eventId: number, auditId: number) {
  for (const c of allCriteria(frameworkForEvent(db, eventId).framework)) updateGrade(db, { auditId, criterionKey: c.key, value: 3 });
  updateAudit(db, { auditId, overallValue: 3 });
  submitAudit(db, auditId);
}

describe('progress board', () => {
  it('counts each audit state once, missing cells, an archived agency and a moderated case', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const [c1, c2, c3] = cases.map((c) => c.id) as [number, number, number];
    const police = agency('Police').id;
    const health = agency('Health').id;
    const social = agency("Children's Social Care").id;
    startAudit(db, { caseId: c1, agencyId: police, auditor: 'Pat Officer' }); // not started
    const inProgress = startAudit(db, { caseId: c1, agencyId: health, auditor: 'Hana Visitor' });
    updateGrade(db, { auditId: inProgress.id, criterionKey: 'drift', value: 2 });
    updateGrade(db, { auditId: inProgress.id, criterionKey: 'child-focus', notApplicable: true });
    submitComplete(db, eventId, startAudit(db, { caseId: c2, agencyId: police, auditor: 'Pat Officer' }).id);
    submitComplete(db, eventId, startAudit(db, { caseId: c2, agencyId: health, auditor: 'Hana Visitor' }).id);
    const moderated = startAudit(db, { caseId: c3, agencyId: health, auditor: 'Hana Visitor' });
    submitComplete(db, eventId, moderated.id);
    for (const c of allCriteria(frameworkForEvent(db, eventId).framework)) setModeratedGrade(db, { caseId: c3, criterionKey: c.key, value: 3 });
    setModeratedOverall(db, { caseId: c3, value: 3 });
    signOffModeration(db, { caseId: c3, name: 'Panel Chair', date: '2026-03-02' });
    // Children's social care recorded one audit, then was archived for the event.
    startAudit(db, { caseId: c2, agencyId: social, auditor: 'Sol Worker' });
    setAgencyArchived(db, { eventId, agencyId: social, archived: true });

    const board = progressBoard(db, eventId);
    expect(board.criteriaCount).toBe(13);
    expect(board.agencies.map((a) => a.name)).toEqual(["Children's Social Care (archived for this event)", 'Health', 'Police']);
    // Allocated: 3 cases x 2 agencies still taking part = 6 cells; 5 have an audit.
    expect(board.totals).toEqual({ notStarted: 1, inProgress: 1, submitted: 2, moderated: 1, missing: 1 });
    expect(board.rows.map((r) => [r.reference, r.ageStage, r.levelOfNeed, r.moderated])).toEqual([
      ['C-1', '5-11', null, false],
      ['C-2', '5-11', null, false],
      ['C-3', '12-17', null, true],
    ]);
    const cell = (caseIndex: number, agencyId: number) => board.rows[caseIndex]!.cells.find((c) => c.agencyId === agencyId)!;
    expect(cell(0, police)).toMatchObject({ allocated: true, audits: [{ auditor: 'Pat Officer', status: 'not-started', graded: 0 }] });
    expect(cell(0, health)).toMatchObject({ allocated: true, audits: [{ auditor: 'Hana Visitor', status: 'in-progress', graded: 2 }] });
    expect(cell(1, social)).toMatchObject({ allocated: false, audits: [{ auditor: 'Sol Worker', status: 'not-started' }] });
    expect(cell(2, health)).toMatchObject({ allocated: true, audits: [{ status: 'moderated', graded: 13 }] });
    expect(cell(2, police)).toMatchObject({ allocated: true, audits: [] });
  });
});
