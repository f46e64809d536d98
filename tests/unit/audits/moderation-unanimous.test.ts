// "Agree where unanimous" and the moderation queue, through the real migrations.
import { describe, expect, it } from 'vitest';
import { startAudit, updateGrade } from '../../../core/audits/service';
import { agreeWhereUnanimous, getModeration, moderationQueue, setModeratedGrade, setModeratedOverall } from '../../../core/moderation/service';
import { listTrail } from '../../../core/trail/service';
import { auditReadyStore } from '../helpers/audit-ready-store';

async function twoAgencies() {
  const setup = await auditReadyStore();
  const caseId = setup.cases[0]!.id;
  const police = startAudit(setup.db, { caseId, agencyId: setup.agency('Police').id, auditor: 'P' });
  const health = startAudit(setup.db, { caseId, agencyId: setup.agency('Health').id, auditor: 'H' });
  const both = (criterionKey: string, p: number | 'na', h: number | 'na' | null) => {
    updateGrade(setup.db, { auditId: police.id, criterionKey, ...(p === 'na' ? { notApplicable: true, notApplicableReason: 'n/a' } : { value: p }) });
    if (h !== null) updateGrade(setup.db, { auditId: health.id, criterionKey, ...(h === 'na' ? { notApplicable: true, notApplicableReason: 'n/a' } : { value: h }) });
  };
  return { ...setup, caseId, both };
}

describe('agree where unanimous', () => {
  it('agrees only the criteria every audit graded alike, with "All agencies graded X", and leaves agreed ones alone', async () => {
    const { db, eventId, caseId, both } = await twoAgencies();
    both('child-focus', 3, 3); // unanimous
    both('drift', 'na', 'na'); // unanimous N/A
    both('early-help-tools', 3, 2); // differs
    both('whole-family', 4, null); // Health has not graded it
    both('direct-work', 2, 2); // unanimous but already agreed otherwise
    setModeratedGrade(db, { caseId, criterionKey: 'direct-work', value: 1, rationale: 'Panel view.' });

    const view = agreeWhereUnanimous(db, { caseId });
    const agreed = (key: string) => view.criteria.find((c) => c.key === key)!.agreed;
    expect(agreed('child-focus')).toMatchObject({ value: 3, notApplicable: false, rationale: 'All agencies graded Good (3).' });
    expect(agreed('drift')).toMatchObject({ value: null, notApplicable: true, rationale: 'All agencies graded Not applicable.' });
    expect(agreed('early-help-tools')).toBeNull();
    expect(agreed('whole-family')).toBeNull();
    expect(agreed('direct-work')).toMatchObject({ value: 1, rationale: 'Panel view.' });
    expect(view.criteria.filter((c) => c.agreed).map((c) => c.key).sort()).toEqual(['child-focus', 'direct-work', 'drift']);

    const trail = listTrail(db, { eventId, caseId }).filter((e) => e.note.endsWith('agreed where unanimous'));
    expect(trail.map((e) => [e.note.split('; ')[0], e.field, e.newValue])).toEqual([
      ['child-focus', 'agreed grade', 'Good (3)'],
      ['child-focus', 'rationale', 'All agencies graded Good (3).'],
      ['drift', 'agreed grade', 'Not applicable'],
      ['drift', 'rationale', 'All agencies graded Not applicable.'],
    ]);
    expect(() => agreeWhereUnanimous(db, { caseId })).toThrow(/nothing to agree/);
    expect(getModeration(db, caseId).criteria.find((c) => c.key === 'child-focus')!.agreed?.value).toBe(3);
  });
});

describe('the moderation queue', () => {
  it('lists cases with audits, most differences first, counting each kind', async () => {
    const { db, eventId, caseId, cases, agency, both } = await twoAgencies();
    both('child-focus', 3, 2); // crosses the line
    both('drift', 'na', 3); // N/A against a grade
    both('early-help-tools', 4, 2); // two levels (and crosses)
    both('direct-work', 4, 3); // other
    both('whole-family', 3, 3); // unanimous
    const other = cases[1]!.id;
    const a = startAudit(db, { caseId: other, agencyId: agency('Police').id, auditor: 'P' });
    const b = startAudit(db, { caseId: other, agencyId: agency('Health').id, auditor: 'H' });
    updateGrade(db, { auditId: a.id, criterionKey: 'child-focus', value: 1 });
    updateGrade(db, { auditId: b.id, criterionKey: 'child-focus', value: 4 });

    const queue = moderationQueue(db, eventId);
    expect(queue.map((r) => r.caseId)).toEqual([caseId, other]);
    expect(queue[0]).toMatchObject({
      audits: 2,
      criteria: 13,
      differences: 4,
      byKind: { 'two-levels': 1, 'crosses-good-line': 2, 'na-against-grade': 1, other: 1 },
      unanimousToAgree: 1,
      agreed: 0,
      locked: false,
    });
    expect(queue[1]).toMatchObject({ differences: 1, byKind: { 'two-levels': 1, 'crosses-good-line': 1 } });
    // The third case has no audits: nothing to moderate.
    expect(queue.some((r) => r.caseId === cases[2]!.id)).toBe(false);
  });

  it('counts agreed criteria (a value or N/A, never a rationale alone) and the agreed overall, and orders by differences', async () => {
    const { db, eventId, caseId, cases, agency, both } = await twoAgencies();
    both('child-focus', 3, 2); // one difference
    both('whole-family', 3, 3); // unanimous, not yet agreed
    both('drift', 2, 2); // unanimous, agreed below
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 2 });
    setModeratedGrade(db, { caseId, criterionKey: 'early-help-tools', notApplicable: true });
    setModeratedGrade(db, { caseId, criterionKey: 'direct-work', rationale: 'Still to discuss.' });
    setModeratedOverall(db, { caseId, value: 2 });
    // C-2: one audit, one grade (so unanimous), an overall rationale but no agreed overall grade.
    const second = cases[1]!.id;
    const lone = startAudit(db, { caseId: second, agencyId: agency('Police').id, auditor: 'P' });
    updateGrade(db, { auditId: lone.id, criterionKey: 'child-focus', value: 3 });
    setModeratedOverall(db, { caseId: second, rationale: 'Waiting for the school.' });
    // C-3: two differences, so first in the queue.
    const third = cases[2]!.id;
    const [x, y] = ['Police', 'Health'].map((name) => startAudit(db, { caseId: third, agencyId: agency(name).id, auditor: name }));
    for (const key of ['child-focus', 'drift']) {
      updateGrade(db, { auditId: x!.id, criterionKey: key, value: 4 });
      updateGrade(db, { auditId: y!.id, criterionKey: key, value: 1 });
    }
    const queue = moderationQueue(db, eventId);
    expect(queue.map((r) => [r.caseId, r.audits, r.differences, r.agreed, r.unanimousToAgree, r.overallAgreed, r.locked])).toEqual([
      [third, 2, 2, 0, 0, false, false],
      [caseId, 2, 1, 2, 1, true, false],
      [second, 1, 0, 0, 1, false, false],
    ]);
  });
});
