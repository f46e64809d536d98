// Who did it: changes inside an audit are stamped with the name it is scored as (its auditor
// unless changed with a reason), not the Settings name; event-level changes keep the Settings name.
import { describe, expect, it } from 'vitest';
import { setScoringAs, startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { setModeratedGrade } from '../../../core/moderation/service';
import { listTrail } from '../../../core/trail/service';
import { auditReadyStore } from '../helpers/audit-ready-store';

describe('scoring as', () => {
  it('stamps grades with the auditor, then with the name chosen with a reason; moderation keeps the facilitator', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore({ userName: 'Sam Facilitator' });
    const caseId = cases[0]!.id;
    const audit = startAudit(db, { caseId, agencyId: agency('Police').id, auditor: 'Pat Officer' });
    updateGrade(db, { auditId: audit.id, criterionKey: 'child-focus', value: 3 });
    expect(() => setScoringAs(db, { auditId: audit.id, name: 'Robin Deputy', reason: '' })).toThrow(/reason/);
    const changed = setScoringAs(db, { auditId: audit.id, name: 'Robin Deputy', reason: 'Pat is on leave; Robin finishes the audit.' });
    expect(changed.scoringAs).toBe('Robin Deputy');
    updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: 2 });
    updateAudit(db, { auditId: audit.id, overallRationale: 'Mixed.' });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 2 });

    const trail = listTrail(db, { eventId, caseId });
    const who = (pred: (e: (typeof trail)[number]) => boolean) => trail.filter(pred).map((e) => e.actor);
    expect(who((e) => e.entity === 'grade' && e.note === 'child-focus')).toEqual(['Pat Officer']);
    expect(who((e) => e.entity === 'grade' && e.note === 'drift')).toEqual(['Robin Deputy']);
    expect(who((e) => e.field === 'overallRationale')).toEqual(['Robin Deputy']);
    expect(trail.find((e) => e.field === 'scoring as')).toMatchObject({ actor: 'Sam Facilitator', oldValue: 'Pat Officer', newValue: 'Robin Deputy', note: 'Pat is on leave; Robin finishes the audit.' });
    expect(who((e) => e.entity === 'moderated-grade')).toEqual(['Sam Facilitator']);
    expect(() => submitAudit(db, audit.id)).toThrow(/not complete/);
  });

  it('back to the auditor clears the override', async () => {
    const { db, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Health').id, auditor: 'Hana Visitor' });
    setScoringAs(db, { auditId: audit.id, name: 'Someone Else', reason: 'Typing for Hana.' });
    expect(setScoringAs(db, { auditId: audit.id, name: 'Hana Visitor', reason: 'Hana is back.' }).scoringAs).toBeNull();
  });
});
