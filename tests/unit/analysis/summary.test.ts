// The summary against hand-worked figures and against an independent SQL computation.
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../core/analysis/summary';
import { startAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { seedGrades } from '../../../core/demo/grades';
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { createEvent, getEvent } from '../../../core/events/service';
import { setModeratedGrade } from '../../../core/moderation/service';
import { UserError } from '../../../model/errors';
import { auditReadyStore } from '../helpers/audit-ready-store';
import { csv } from '../helpers/store';

describe('findings summary', () => {
  it('counts every recorded grade once and never scores N/A (hand-worked)', async () => {
    const { store, db, eventId, cases, agency } = await auditReadyStore();
    const [c1, c2] = cases;
    const police = startAudit(db, { caseId: c1!.id, agencyId: agency('Police').id, auditor: 'P1' });
    const police2 = startAudit(db, { caseId: c1!.id, agencyId: agency('Police').id, auditor: 'P2' });
    const health = startAudit(db, { caseId: c2!.id, agencyId: agency('Health').id, auditor: 'H1' });
    updateGrade(db, { auditId: police.id, criterionKey: 'child-focus', value: 4 });
    updateGrade(db, { auditId: police2.id, criterionKey: 'child-focus', value: 3 });
    updateGrade(db, { auditId: health.id, criterionKey: 'child-focus', value: 1, rationale: 'Not seen.' });
    updateGrade(db, { auditId: health.id, criterionKey: 'drift', notApplicable: true, notApplicableReason: 'New case.' });
    updateAudit(db, { auditId: police.id, overallValue: 3 });
    setModeratedGrade(db, { caseId: c1!.id, criterionKey: 'child-focus', value: 3 });

    const s = summarise(store, eventId);
    const childFocus = s.criteria.find((c) => c.key === 'child-focus')!;
    expect(childFocus).toMatchObject({ n: 3, notApplicable: 0, distribution: { '1': 1, '2': 0, '3': 1, '4': 1 }, cases: 2 });
    expect(childFocus.goodOrBetter).toBeCloseTo(2 / 3, 10);
    expect(childFocus.mean).toBeCloseTo(8 / 3, 10);
    const drift = s.criteria.find((c) => c.key === 'drift')!;
    expect(drift).toMatchObject({ n: 0, notApplicable: 1, goodOrBetter: null, mean: null });
    expect(s.sample).toMatchObject({ cases: 3, casesAudited: 2, audits: 3, grades: 4, agencies: 3 });
    expect(s.agreement).toMatchObject({ pairs: 1, exact: 0 });
    expect(s.agreementWithModeration).toMatchObject({ pairs: 2, exact: 0.5 });
    expect(s.moderated.find((c) => c.key === 'child-focus')).toMatchObject({ n: 1, distribution: { '3': 1 } });
    expect(s.overall.single).toMatchObject({ n: 1, distribution: { '3': 1 } });
    const policeRow = s.byAgency.find((a) => a.agencyName === 'Police')!;
    expect(policeRow.criteria.find((c) => c.key === 'child-focus')).toMatchObject({ n: 2, goodOrBetter: 1, cases: 1, scoredCases: 1 });
    // Filtering to Health leaves only its grade.
    const healthOnly = summarise(store, eventId, { filters: { agencyIds: [agency('Health').id] } });
    expect(healthOnly.criteria.find((c) => c.key === 'child-focus')).toMatchObject({ n: 1, goodOrBetter: 0 });
  });

  it('agrees with an independent SQL computation on a generated event, and marks small groups', async () => {
    const { store, db, eventId, agencies } = await auditReadyStore();
    const more = Array.from({ length: 40 }, (_, i) => `C-${100 + i},${String((i % 27) + 1).padStart(2, '0')}/0${(i % 9) + 1}/20${10 + (i % 14)},${i % 3 === 0 ? 'CP' : 'CIN'}`);
    const mapping = [{ column: 'Child ID', field: 'reference' as const }, { column: 'DOB', field: 'dateOfBirth' as const }, { column: 'Legal Status', field: 'levelOfNeed' as const }];
    await importCases(db, { eventId, fileName: 'more.csv', bytes: csv(['Child ID,DOB,Legal Status', ...more].join('\n')), mapping });
    const caseIds = listCases(db, eventId).map((c) => c.id);
    seedGrades(store, { eventId, caseIds, agencyIds: agencies.map((a) => a.id), doubleAuditShare: 0.3, moderate: true, seed: 9 });
    const s = summarise(store, eventId);

    const rows = store.sqlite
      .prepare(
        `SELECT g.criterion_key AS key, count(g.value) AS n, sum(g.not_applicable) AS na, avg(g.value) AS mean,
                avg(CASE WHEN g.value IS NULL THEN NULL WHEN g.value >= 3 THEN 1.0 ELSE 0.0 END) AS good
         FROM grades g JOIN audits a ON a.id = g.audit_id WHERE a.event_id = ? GROUP BY g.criterion_key`,
      )
      .all(eventId) as { key: string; n: number; na: number; mean: number; good: number }[];
    expect(rows).toHaveLength(13);
    for (const row of rows) {
      const c = s.criteria.find((x) => x.key === row.key)!;
      expect(c.n, row.key).toBe(row.n);
      expect(c.notApplicable, row.key).toBe(row.na);
      expect(c.mean!, row.key).toBeCloseTo(row.mean, 10);
      expect(c.goodOrBetter!, row.key).toBeCloseTo(row.good, 10);
      expect(Object.values(c.distribution).reduce((a, b) => a + b, 0)).toBe(row.n);
    }
    const levelGroups = s.byAttribute.find((a) => a.attribute === 'levelOfNeed')!.groups;
    expect(levelGroups.map((g) => g.group).sort()).toEqual(['child-in-need', 'child-protection', 'not-recorded']);
    expect(levelGroups.find((g) => g.group === 'not-recorded')).toMatchObject({ cases: 3 });
    const scored = store.sqlite
      .prepare(
        `SELECT count(DISTINCT a.case_id) FROM grades g JOIN audits a ON a.id = g.audit_id JOIN cases c ON c.id = a.case_id
         WHERE a.event_id = ? AND g.value IS NOT NULL AND c.level_of_need = 'child-protection'`,
      )
      .pluck()
      .get(eventId);
    expect(levelGroups.find((g) => g.group === 'child-protection')!.scoredCases).toBe(scored);
    expect(s.agreement.pairs).toBeGreaterThan(0);
    expect(s.agreement.kappaQuadratic).not.toBeNull();
  });

  it('compares with a previous event on the same framework and refuses another framework (hand-worked)', async () => {
    const { store, db, eventId, cases, agency } = await auditReadyStore();
    // Before: child-focus graded 4 and 2 (50% good or better), drift 1; whole-family not graded.
    const before1 = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    const before2 = startAudit(db, { caseId: cases[1]!.id, agencyId: agency('Police').id });
    updateGrade(db, { auditId: before1.id, criterionKey: 'child-focus', value: 4 });
    updateGrade(db, { auditId: before2.id, criterionKey: 'child-focus', value: 2 });
    updateGrade(db, { auditId: before1.id, criterionKey: 'drift', value: 1 });
    // Now: child-focus graded 3, 3 and 1 (2 of 3 good or better); drift not graded; whole-family 4.
    const next = createEvent(db, { name: 'Next', frameworkKey: 'neglect-what-works', auditDate: '2026-09-01', agencies: ['Police'] }).id;
    await importCases(db, { eventId: next, fileName: 'n.csv', bytes: csv('Child ID,DOB\nN-1,01/01/2016\nN-2,02/02/2017') });
    const [n1, n2] = listCases(db, next);
    const police = getEvent(db, next).agencies[0]!.id;
    const now1 = startAudit(db, { caseId: n1!.id, agencyId: police, auditor: 'A' });
    const now1b = startAudit(db, { caseId: n1!.id, agencyId: police, auditor: 'B' });
    const now2 = startAudit(db, { caseId: n2!.id, agencyId: police });
    updateGrade(db, { auditId: now1.id, criterionKey: 'child-focus', value: 3 });
    updateGrade(db, { auditId: now1b.id, criterionKey: 'child-focus', value: 3 });
    updateGrade(db, { auditId: now2.id, criterionKey: 'child-focus', value: 1 });
    updateGrade(db, { auditId: now2.id, criterionKey: 'whole-family', value: 4 });

    const s = summarise(store, next, { compareWith: eventId });
    expect(s.comparison!.previous).toEqual({ id: eventId, name: 'Test audit', auditDate: '2026-03-01' });
    const row = (key: string) => s.comparison!.criteria.find((c) => c.key === key)!;
    expect(row('child-focus')).toMatchObject({ previous: { n: 2, goodOrBetter: 0.5 }, current: { n: 3 } });
    expect(row('child-focus').current.goodOrBetter).toBeCloseTo(2 / 3, 10);
    expect(row('child-focus').change).toBeCloseTo(2 / 3 - 1 / 2, 10);
    expect(row('drift')).toMatchObject({ previous: { n: 1, goodOrBetter: 0 }, current: { n: 0, goodOrBetter: null }, change: null });
    expect(row('whole-family')).toMatchObject({ previous: { n: 0, goodOrBetter: null }, current: { n: 1, goodOrBetter: 1 }, change: null });
    expect(s.comparison!.criteria).toHaveLength(13);
    expect(summarise(store, next).comparison).toBeNull();

    expect(() => summarise(store, next, { compareWith: next })).toThrow(UserError);
    const other = createEvent(db, { name: 'Quick', frameworkKey: 'neglect-quick-check' }).id;
    expect(() => summarise(store, other, { compareWith: eventId })).toThrow(/only events on the same framework can be compared/);
  });
});
