// Moderation from disagreement flag to agreed grade and sign-off, with agencies' grades intact.
import { describe, expect, it } from 'vitest';
import { getWorkspace, startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { allCriteria } from '../../../model/framework';
import { getModeration, setModeratedGrade, setModeratedOverall, signOffModeration, unlockModeration } from '../../../core/moderation/service';
import { listTrail } from '../../../core/trail/service';
import { auditReadyStore } from '../helpers/audit-ready-store';

describe('moderation', () => {
  it('goes from a disagreement to an agreed grade and sign-off without touching the originals', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const caseId = cases[0]!.id;
    const police = startAudit(db, { caseId, agencyId: agency('Police').id, auditor: 'Police Auditor' });
    const health = startAudit(db, { caseId, agencyId: agency('Health').id, auditor: 'Health Auditor' });
    updateGrade(db, { auditId: police.id, criterionKey: 'child-focus', value: 4, evidence: 'Seen weekly.' });
    updateGrade(db, { auditId: health.id, criterionKey: 'child-focus', value: 1, rationale: 'Missed health appointments.' });
    updateGrade(db, { auditId: health.id, criterionKey: 'drift', value: 3 });

    let view = getModeration(db, caseId);
    const childFocus = view.criteria.find((c) => c.key === 'child-focus')!;
    expect(childFocus.differences).toEqual(['two-levels', 'crosses-good-line']);
    expect(childFocus.grades.map((g) => [g.agencyName, g.auditor, g.value])).toEqual([
      ['Health', 'Health Auditor', 1],
      ['Police', 'Police Auditor', 4],
    ]);
    // Drift is graded by Health alone: no difference yet.
    expect(view.criteria.find((c) => c.key === 'drift')!.differences).toEqual([]);

    setModeratedGrade(db, { caseId, criterionKey: 'child-focus', value: 2, rationale: 'Seen, but health needs were missed.' });
    view = getModeration(db, caseId);
    expect(view.criteria.find((c) => c.key === 'child-focus')!.agreed).toMatchObject({ value: 2, rationale: 'Seen, but health needs were missed.' });
    expect(getWorkspace(db, police.id).grades['child-focus']!.value).toBe(4);
    expect(getWorkspace(db, health.id).grades['child-focus']!.value).toBe(1);

    expect(() => signOffModeration(db, { caseId, name: 'Chair', date: '2026-04-01' })).toThrow(/Agree a grade for every criterion/);
    for (const c of allCriteria(getWorkspace(db, police.id).framework)) {
      if (c.key !== 'child-focus') setModeratedGrade(db, { caseId, criterionKey: c.key, value: 3 });
    }
    expect(() => signOffModeration(db, { caseId, name: 'Chair', date: '2026-04-01' })).toThrow(/overall grade/);
    setModeratedOverall(db, { caseId, value: 2, rationale: 'Requires improvement overall.' });
    expect(() => signOffModeration(db, { caseId, name: 'Chair', date: '01/04/2026' })).toThrow(/YYYY-MM-DD/);
    view = signOffModeration(db, { caseId, name: 'Fictional Chair', date: '2026-04-01' });
    expect(view).toMatchObject({ locked: true, signedOffBy: 'Fictional Chair', signedOffOn: '2026-04-01' });
    expect(() => setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 1 })).toThrow(/locked/);

    const trail = listTrail(db, { eventId, caseId }).filter((e) => e.entity === 'moderated-grade' || e.entity === 'moderation');
    expect(trail[0]).toMatchObject({ field: 'agreed grade', oldValue: '', newValue: 'Requires improvement (2)', note: 'child-focus' });
    expect(trail.at(-1)).toMatchObject({ field: 'signed off', newValue: 'Fictional Chair, 2026-04-01' });

    expect(() => unlockModeration(db, { caseId, reason: '' })).toThrow(/reason/);
    expect(unlockModeration(db, { caseId, reason: 'New evidence from school.' }).locked).toBe(false);
  });

  it('marks submitted audits as moderated on sign-off', async () => {
    const { db, cases, agency } = await auditReadyStore();
    const caseId = cases[2]!.id;
    const audit = startAudit(db, { caseId, agencyId: agency('Police').id });
    const criteria = allCriteria(getWorkspace(db, audit.id).framework);
    for (const c of criteria) {
      updateGrade(db, { auditId: audit.id, criterionKey: c.key, value: 3 });
      setModeratedGrade(db, { caseId, criterionKey: c.key, value: 3 });
    }
    updateAudit(db, { auditId: audit.id, overallValue: 3 });
    submitAudit(db, audit.id);
    setModeratedOverall(db, { caseId, value: 3 });
    signOffModeration(db, { caseId, name: 'Chair', date: '2026-04-02' });
    expect(getWorkspace(db, audit.id).audit.status).toBe('moderated');
    unlockModeration(db, { caseId, reason: 'Correction.' });
    expect(getWorkspace(db, audit.id).audit.status).toBe('submitted');
  });
});
