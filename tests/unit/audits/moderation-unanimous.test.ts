// "Agree where unanimous" and the moderation queue, through the real migrations.
import { describe, expect, it } from 'vitest';
import { startAudit, updateGrade } from '../../../core/audits/service';
import { agreeWhereUnanimous, getModeration, moderationQueue, setModeratedGrade, setModeratedOverall, signOffModeration } from '../../../core/moderation/service';
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { csv } from '../helpers/store';
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

/** The message and code a refused call gives, or 'accepted'. */
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return { message: (error as Error).message, code: (error as { code?: string }).code };
  }
  return 'accepted';
};

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
    expect(refusal(() => agreeWhereUnanimous(db, { caseId }))).toEqual({ message: 'No criterion is left that every audit graded alike: nothing to agree.', code: 'NOTHING_TO_AGREE' });
    expect(getModeration(db, caseId).criteria.find((c) => c.key === 'child-focus')!.agreed?.value).toBe(3);
  });

  it('with a single audit, names the agency and says it was the only audit, and records each agreed grade against its row', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const caseId = cases[0]!.id;
    const police = startAudit(db, { caseId, agencyId: agency('Police').id, auditor: 'P' });
    updateGrade(db, { auditId: police.id, criterionKey: 'child-focus', value: 3 });
    updateGrade(db, { auditId: police.id, criterionKey: 'drift', notApplicable: true, notApplicableReason: 'Closed before the period.' });

    const view = agreeWhereUnanimous(db, { caseId });
    const agreed = (key: string) => view.criteria.find((c) => c.key === key)!.agreed!;
    expect(agreed('child-focus')).toMatchObject({ value: 3, notApplicable: false, rationale: 'Police graded Good (3) (the only audit of this case).' });
    expect(agreed('drift')).toMatchObject({ value: null, notApplicable: true, rationale: 'Police graded Not applicable (the only audit of this case).' });

    const trail = listTrail(db, { eventId, caseId }).filter((e) => e.note.endsWith('agreed where unanimous'));
    expect(trail.map((e) => [e.entity, e.entityId, e.note, e.field, e.oldValue, e.newValue])).toEqual([
      ['moderated-grade', agreed('child-focus').id, 'child-focus; agreed where unanimous', 'agreed grade', '', 'Good (3)'],
      ['moderated-grade', agreed('child-focus').id, 'child-focus; agreed where unanimous', 'rationale', '', 'Police graded Good (3) (the only audit of this case).'],
      ['moderated-grade', agreed('drift').id, 'drift; agreed where unanimous', 'agreed grade', '', 'Not applicable'],
      ['moderated-grade', agreed('drift').id, 'drift; agreed where unanimous', 'rationale', '', 'Police graded Not applicable (the only audit of this case).'],
    ]);
  });

  it('agrees a criterion that has only a rationale so far, keeping a written rationale and filling a blank one', async () => {
    const { db, eventId, caseId, both } = await twoAgencies();
    both('child-focus', 3, 3);
    both('drift', 2, 2);
    setModeratedGrade(db, { caseId, criterionKey: 'child-focus', rationale: 'Both saw the child weekly.' });
    setModeratedGrade(db, { caseId, criterionKey: 'drift', rationale: '   ' });
    const before = listTrail(db, { eventId, caseId }).length;

    const view = agreeWhereUnanimous(db, { caseId });
    const agreed = (key: string) => view.criteria.find((c) => c.key === key)!.agreed!;
    expect(agreed('child-focus')).toMatchObject({ value: 3, notApplicable: false, rationale: 'Both saw the child weekly.' });
    expect(agreed('drift')).toMatchObject({ value: 2, notApplicable: false, rationale: 'All agencies graded Requires improvement (2).' });

    // The written rationale is unchanged, so only its grade is recorded; the blank one is replaced.
    const trail = listTrail(db, { eventId, caseId }).slice(before);
    expect(trail.map((e) => [e.note, e.field, e.oldValue, e.newValue])).toEqual([
      ['child-focus; agreed where unanimous', 'agreed grade', '', 'Good (3)'],
      ['drift; agreed where unanimous', 'agreed grade', '', 'Requires improvement (2)'],
      ['drift; agreed where unanimous', 'rationale', '   ', 'All agencies graded Requires improvement (2).'],
    ]);
  });

  it('refuses a locked case, saying it is locked, and changes nothing', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const caseId = cases[0]!.id;
    const police = startAudit(db, { caseId, agencyId: agency('Police').id, auditor: 'P' });
    const health = startAudit(db, { caseId, agencyId: agency('Health').id, auditor: 'H' });
    const criteria = getModeration(db, caseId).criteria.map((c) => c.key);
    for (const key of criteria) setModeratedGrade(db, { caseId, criterionKey: key, value: 2, rationale: 'Panel view.' });
    setModeratedOverall(db, { caseId, value: 2 });
    signOffModeration(db, { caseId, name: 'Fictional Chair', date: '2026-04-01' });
    // Both agencies now grade child-focus alike; the locked agreement must still not move.
    for (const audit of [police, health]) updateGrade(db, { auditId: audit.id, criterionKey: 'child-focus', value: 4 });
    const trail = listTrail(db, { eventId, caseId }).length;

    expect(refusal(() => agreeWhereUnanimous(db, { caseId }))).toEqual({
      message: 'Moderation of this case is locked and signed off. Unlock it, giving a reason, to change it.',
      code: 'MODERATION_LOCKED',
    });
    expect(getModeration(db, caseId).criteria.find((c) => c.key === 'child-focus')!.agreed).toMatchObject({ value: 2, rationale: 'Panel view.' });
    expect(listTrail(db, { eventId, caseId })).toHaveLength(trail);
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

  it('puts cases with as many differences in reference order, numbers by value, whatever order they were imported in, an audit with no grades included', async () => {
    const { db, eventId, agency } = await auditReadyStore();
    // Imported after C-1..C-3, so their ids do not follow their references.
    await importCases(db, { eventId, fileName: 'later.csv', bytes: csv('Child ID,DOB\nC-10,04/04/2016\nB-7,05/05/2017') });
    const id = (reference: string) => listCases(db, eventId).find((c) => c.reference === reference)!.id;
    const audit = (reference: string, agencyName: string) => startAudit(db, { caseId: id(reference), agencyId: agency(agencyName).id, auditor: agencyName });
    // No differences anywhere: C-2 one grade, C-10 two audits alike, B-7 an audit with nothing graded yet.
    updateGrade(db, { auditId: audit('C-2', 'Police').id, criterionKey: 'child-focus', value: 2 });
    for (const name of ['Police', 'Health']) updateGrade(db, { auditId: audit('C-10', name).id, criterionKey: 'drift', value: 4 });
    audit('B-7', 'Health');

    const queue = moderationQueue(db, eventId);
    // B before C; then C-2 before C-10 (2 < 10, though "C-10" sorts first letter by letter).
    expect(queue.map((r) => [r.reference, r.audits, r.differences, r.unanimousToAgree])).toEqual([
      ['B-7', 1, 0, 0],
      ['C-2', 1, 0, 1],
      ['C-10', 2, 0, 1],
    ]);
  });
});
