// Every cell of the summary, worked by hand on one small event: the all-criteria tally, each
// agency's row, each group of each case attribute (with its label), the overall judgements
// (single-agency and moderated), both agreement tables, the sample line, and the filters.
// The event (neglect-what-works: scale 1-4, good or better from 3), audit date 1 March 2026:
//   K-1 born 2024 (0 to 2), child protection, physical and emotional neglect, disability yes
//   K-2 born 2020 (5 to 11), child in need, emotional neglect, disability no
//   K-3 born 2012 (12 to 17), nothing else recorded
//   K-4 born 2023 (0 to 2), child protection, medical neglect
// Grades (criterion: value), overall judgement in brackets:
//   Police P1 on K-1: child-focus 4, drift 1 (4)     Police P2 on K-1: child-focus 3, drift 1 (3)
//   Police P3 on K-1: child-focus 1                   Health H1 on K-2: child-focus 2, drift N/A (3)
//   Health H2 on K-4: child-focus 4                   Health H3 on K-4: child-focus 4
//   Education E1 on K-3: child-focus 3 (1)            Education E2 on K-3: child-focus 3, drift 2
// Moderated: K-1 child-focus 3, drift 1, overall 3; K-2 child-focus N/A, drift 2, overall 4;
// K-3 child-focus 3; K-4 child-focus 4.
import { describe, expect, it } from 'vitest';
import { summarise, type Summary } from '../../../core/analysis/summary';
import type { SummaryFilters } from '../../../core/contract/types';
import { startAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { createEvent, getEvent, setAgencyArchived } from '../../../core/events/service';
import { setModeratedGrade, setModeratedOverall } from '../../../core/moderation/service';
import { updateSettings } from '../../../core/settings/service';
import { UserError } from '../../../model/errors';
import { csv, storeWithEvent } from '../helpers/store';

async function handWorkedEvent() {
  const { store, db, eventId } = storeWithEvent('2026-03-01', ['Police', 'Health', 'Education']);
  const file = ['Child ID,DOB,Legal Status,Neglect,Disability', 'K-1,01/06/2024,CP,Physical; Emotional,Yes', 'K-2,01/06/2020,CIN,Emotional,No', 'K-3,01/06/2012,,,', 'K-4,01/06/2023,CP,Medical,'];
  const mapping = [
    { column: 'Child ID', field: 'reference' as const },
    { column: 'DOB', field: 'dateOfBirth' as const },
    { column: 'Legal Status', field: 'levelOfNeed' as const },
    { column: 'Neglect', field: 'neglectTypes' as const },
    { column: 'Disability', field: 'disability' as const },
  ];
  updateSettings(db, { userName: 'Fictional Facilitator' });
  await importCases(db, { eventId, fileName: 'k.csv', bytes: csv(file.join('\n')), mapping });
  const byRef = new Map(listCases(db, eventId).map((c) => [c.reference, c.id]));
  const caseId = (ref: string) => byRef.get(ref)!;
  const agencies = getEvent(db, eventId).agencies;
  const agencyId = (name: string) => agencies.find((a) => a.name === name)!.id;
  const audit = (ref: string, agency: string, auditor: string, grades: [string, number | 'n/a'][], overall?: number) => {
    const { id } = startAudit(db, { caseId: caseId(ref), agencyId: agencyId(agency), auditor });
    for (const [criterionKey, value] of grades) {
      if (value === 'n/a') updateGrade(db, { auditId: id, criterionKey, notApplicable: true, notApplicableReason: 'Not open long enough.' });
      else updateGrade(db, { auditId: id, criterionKey, value, rationale: 'Fictional rationale.' });
    }
    if (overall !== undefined) updateAudit(db, { auditId: id, overallValue: overall });
  };
  audit('K-1', 'Police', 'P1', [['child-focus', 4], ['drift', 1]], 4);
  audit('K-1', 'Police', 'P2', [['child-focus', 3], ['drift', 1]], 3);
  audit('K-1', 'Police', 'P3', [['child-focus', 1]]);
  audit('K-2', 'Health', 'H1', [['child-focus', 2], ['drift', 'n/a']], 3);
  audit('K-4', 'Health', 'H2', [['child-focus', 4]]);
  audit('K-4', 'Health', 'H3', [['child-focus', 4]]);
  audit('K-3', 'Education', 'E1', [['child-focus', 3]], 1);
  audit('K-3', 'Education', 'E2', [['child-focus', 3], ['drift', 2]]);
  setModeratedGrade(db, { caseId: caseId('K-1'), criterionKey: 'child-focus', value: 3 });
  setModeratedGrade(db, { caseId: caseId('K-1'), criterionKey: 'drift', value: 1 });
  setModeratedGrade(db, { caseId: caseId('K-2'), criterionKey: 'child-focus', notApplicable: true });
  setModeratedGrade(db, { caseId: caseId('K-2'), criterionKey: 'drift', value: 2 });
  setModeratedGrade(db, { caseId: caseId('K-3'), criterionKey: 'child-focus', value: 3 });
  setModeratedGrade(db, { caseId: caseId('K-4'), criterionKey: 'child-focus', value: 4 });
  setModeratedOverall(db, { caseId: caseId('K-1'), value: 3 });
  setModeratedOverall(db, { caseId: caseId('K-2'), value: 4 });
  return { store, db, eventId, agencyId };
}

const criterion = (s: Summary, key: string) => s.criteria.find((c) => c.key === key)!;
const dist = (one: number, two: number, three: number, four: number) => ({ '1': one, '2': two, '3': three, '4': four });

describe('the summary, cell by cell (hand-worked)', () => {
  it('tallies each criterion, all criteria together, and each agency', async () => {
    const { store, eventId } = await handWorkedEvent();
    const s = summarise(store, eventId);
    expect(s.event).toMatchObject({ id: eventId, name: 'Test audit', frameworkKey: 'neglect-what-works', frameworkName: 'Neglect — what works', frameworkVersion: 1, auditDate: '2026-03-01' });
    // child-focus: 4, 3, 1 (K-1), 2 (K-2), 4, 4 (K-4), 3, 3 (K-3).
    expect(criterion(s, 'child-focus')).toEqual({
      key: 'child-focus',
      title: 'Relentless focus on the child; lived experience and voice',
      domain: 'The child at the centre',
      n: 8, notApplicable: 0, distribution: dist(1, 1, 3, 3), goodOrBetter: 6 / 8, mean: 24 / 8, cases: 4, scoredCases: 4,
    });
    // drift: 1 and 1 (K-1), N/A (K-2), 2 (K-3).
    expect(criterion(s, 'drift')).toMatchObject({ domain: 'Plans and progress', n: 3, notApplicable: 1, distribution: dist(2, 1, 0, 0), goodOrBetter: 0, mean: 4 / 3, cases: 3, scoredCases: 2 });
    expect(s.allCriteria).toEqual({ n: 11, notApplicable: 1, distribution: dist(3, 2, 3, 3), goodOrBetter: 6 / 11, mean: 28 / 11, cases: 4, scoredCases: 4 });

    const agency = (name: string) => s.byAgency.find((a) => a.agencyName === name)!;
    expect(agency('Police').overall).toEqual({ n: 5, notApplicable: 0, distribution: dist(3, 0, 1, 1), goodOrBetter: 2 / 5, mean: 2, cases: 1, scoredCases: 1 });
    expect(agency('Health').overall).toEqual({ n: 3, notApplicable: 1, distribution: dist(0, 1, 0, 2), goodOrBetter: 2 / 3, mean: 10 / 3, cases: 2, scoredCases: 2 });
    expect(agency('Education').overall).toEqual({ n: 3, notApplicable: 0, distribution: dist(0, 1, 2, 0), goodOrBetter: 2 / 3, mean: 8 / 3, cases: 1, scoredCases: 1 });
    const agencyCriterion = (name: string, key: string) => agency(name).criteria.find((c) => c.key === key)!;
    expect(agencyCriterion('Police', 'drift')).toMatchObject({ n: 2, distribution: dist(2, 0, 0, 0) });
    expect(agencyCriterion('Health', 'child-focus')).toMatchObject({ n: 3, goodOrBetter: 2 / 3, mean: 10 / 3, cases: 2 });
    expect(agencyCriterion('Health', 'drift')).toMatchObject({ n: 0, notApplicable: 1, goodOrBetter: null, mean: null });
    expect(agencyCriterion('Education', 'child-focus')).toMatchObject({ n: 2, distribution: dist(0, 0, 2, 0), cases: 1 });
    expect(agencyCriterion('Education', 'drift')).toMatchObject({ n: 1, distribution: dist(0, 1, 0, 0), cases: 1 });

    // Eight started audits, twelve grades (N/A counted), all four cases audited.
    expect(s.sample).toEqual({ cases: 4, casesAudited: 4, audits: 8, grades: 12, agencies: 3 });
  });

  it('lists each group of each case attribute once, with its tally and label', async () => {
    const { store, eventId } = await handWorkedEvent();
    const s = summarise(store, eventId);
    const groupsOf = (attribute: string) => s.byAttribute.find((a) => a.attribute === attribute)!.groups;
    const groups = (attribute: string) => Object.fromEntries(groupsOf(attribute).map(({ group, ...rest }) => [group, rest]));

    const need = groups('levelOfNeed');
    // In the natural order: levels of need from early help, then "not recorded".
    expect(groupsOf('levelOfNeed').map((g) => g.group)).toEqual(['child-in-need', 'child-protection', 'not-recorded']);
    expect(need['child-protection']).toMatchObject({ label: 'Child protection', n: 7, goodOrBetter: 4 / 7, cases: 2 });
    expect(need['child-in-need']).toMatchObject({ label: 'Child in need', n: 1, notApplicable: 1, cases: 1 });
    expect(need['not-recorded']).toMatchObject({ label: 'Not recorded', n: 3, mean: 8 / 3, cases: 1 });

    // A case counts in each of its neglect types; a case with none is "not recorded".
    const neglect = groups('neglectType');
    expect(groupsOf('neglectType').map((g) => g.group)).toEqual(['emotional', 'medical', 'not-recorded', 'physical']);
    expect(neglect.emotional).toMatchObject({ label: 'Emotional', n: 6, notApplicable: 1, cases: 2, scoredCases: 2 });
    expect(neglect.physical).toMatchObject({ label: 'Physical', n: 5, cases: 1 });
    expect(neglect.medical).toMatchObject({ label: 'Medical or dental', n: 2, goodOrBetter: 1, cases: 1 });
    expect(neglect['not-recorded']).toMatchObject({ label: 'Not recorded', n: 3, cases: 1 });

    const ages = groups('ageStage');
    // Youngest first, not in text order (where 12-17 comes before 5-11).
    expect(groupsOf('ageStage').map((g) => g.group)).toEqual(['0-2', '5-11', '12-17']);
    expect(ages['0-2']).toMatchObject({ label: '0 to 2', n: 7, cases: 2 });
    expect(ages['5-11']).toMatchObject({ label: '5 to 11', n: 1, cases: 1 });
    expect(ages['12-17']).toMatchObject({ label: '12 to 17', n: 3, cases: 1 });

    const disability = groups('disability');
    expect(disability.yes).toMatchObject({ label: 'Yes', n: 5, cases: 1 });
    expect(disability.no).toMatchObject({ label: 'No', n: 1, cases: 1 });
    expect(disability['not-recorded']).toMatchObject({ label: 'Not recorded', n: 5, cases: 2 });
    // No ethnicity was imported: every case is "not recorded".
    expect(groups('ethnicityGroup')).toEqual({ 'not-recorded': expect.objectContaining({ label: 'Not recorded', n: 11, cases: 4 }) });
  });

  it('tallies the overall judgements, single-agency and moderated, and the moderated grades', async () => {
    const { store, eventId, agencyId } = await handWorkedEvent();
    const s = summarise(store, eventId);
    // Single-agency overall: 4 and 3 on K-1, 3 on K-2, 1 on K-3. Moderated: 3 on K-1, 4 on K-2.
    expect(s.overall.single).toEqual({ n: 4, notApplicable: 0, distribution: dist(1, 0, 2, 1), goodOrBetter: 3 / 4, mean: 11 / 4, cases: 3, scoredCases: 3 });
    expect(s.overall.moderated).toEqual({ n: 2, notApplicable: 0, distribution: dist(0, 0, 1, 1), goodOrBetter: 1, mean: 7 / 2, cases: 2, scoredCases: 2 });
    expect(s.moderated.find((c) => c.key === 'child-focus')).toMatchObject({ n: 3, notApplicable: 1, distribution: dist(0, 0, 2, 1), cases: 4, scoredCases: 3 });
    expect(s.moderated.find((c) => c.key === 'drift')).toMatchObject({ n: 2, distribution: dist(1, 1, 0, 0), goodOrBetter: 0 });
    // Filtered to Police, only its two overall judgements count.
    const police = summarise(store, eventId, { filters: { agencyIds: [agencyId('Police')] } });
    expect(police.overall.single).toMatchObject({ n: 2, distribution: dist(0, 0, 1, 1), cases: 1 });
    expect(police.sample).toEqual({ cases: 4, casesAudited: 1, audits: 3, grades: 5, agencies: 1 });
    // Filtered to K-2 (the one child aged 5 to 11), only its moderation counts.
    const k2 = summarise(store, eventId, { filters: { ageStages: ['5-11'] } });
    expect(k2.overall.moderated).toMatchObject({ n: 1, distribution: dist(0, 0, 0, 1), cases: 1 });
    expect(k2.moderated.find((c) => c.key === 'child-focus')).toMatchObject({ n: 0, notApplicable: 1, cases: 1 });
    expect(k2.moderated.find((c) => c.key === 'drift')).toMatchObject({ n: 1, distribution: dist(0, 1, 0, 0) });
  });

  it('pairs the first two auditors of each case, agency and criterion, and each grade with the agreed one', async () => {
    const { store, eventId } = await handWorkedEvent();
    const s = summarise(store, eventId);
    // Pairs: child-focus (4, 3) and drift (1, 1) on K-1 (the third auditor's 1 makes no pair),
    // child-focus (3, 3) on K-3 (its drift was graded once), child-focus (4, 4) on K-4.
    expect(s.agreement).toMatchObject({ pairs: 4, exact: 3 / 4, cases: 3 });
    // Against the agreed grade: K-1 child-focus 4, 3, 1 against 3 and drift 1, 1 against 1; K-3
    // child-focus 3, 3 against 3; K-4 child-focus 4, 4 against 4. K-2's agreed N/A pairs nothing,
    // nor does its N/A drift grade.
    expect(s.agreementWithModeration).toMatchObject({ pairs: 9, exact: 7 / 9, cases: 3 });
  });

  it('pairs a double audit of the first case by the first agency on any criterion', async () => {
    const { store, db, eventId } = storeWithEvent('2026-03-01', ['Police']);
    updateSettings(db, { userName: 'Fictional Facilitator' });
    await importCases(db, { eventId, fileName: 'one.csv', bytes: csv('Child ID\nK-9') });
    const [only] = listCases(db, eventId);
    const police = getEvent(db, eventId).agencies[0]!.id;
    for (const [auditor, value] of [['A', 2], ['B', 3]] as const) {
      const { id } = startAudit(db, { caseId: only!.id, agencyId: police, auditor });
      updateGrade(db, { auditId: id, criterionKey: 'drift', value, rationale: 'Fictional rationale.' });
    }
    expect(summarise(store, eventId).agreement).toMatchObject({ pairs: 1, exact: 0, cases: 1 });
  });

  it('filters by age stage, level of need (not recorded included) and any of the neglect types', async () => {
    const { store, eventId } = await handWorkedEvent();
    const n = (filters: SummaryFilters) => {
      const s = summarise(store, eventId, { filters });
      return { cases: s.sample.cases, childFocus: criterion(s, 'child-focus').n };
    };
    expect(n({ ageStages: ['0-2'] })).toEqual({ cases: 2, childFocus: 5 });
    expect(n({ levelsOfNeed: ['not-recorded'] })).toEqual({ cases: 1, childFocus: 2 });
    expect(n({ levelsOfNeed: ['child-in-need', 'child-protection'] })).toEqual({ cases: 3, childFocus: 6 });
    // Any of them: K-1 (physical and emotional), K-2 (emotional), K-4 (medical); K-3 has none.
    expect(n({ neglectTypes: ['emotional', 'medical'] })).toEqual({ cases: 3, childFocus: 6 });
    expect(n({ neglectTypes: ['physical'] })).toEqual({ cases: 1, childFocus: 3 });
    expect(n({ ageStages: [], levelsOfNeed: [], neglectTypes: [] })).toEqual({ cases: 4, childFocus: 8 });
  });

  it('names an agency archived for the event, and says why a comparison is refused', async () => {
    const { store, db, eventId, agencyId } = await handWorkedEvent();
    setAgencyArchived(db, { eventId, agencyId: agencyId('Education'), archived: true });
    expect(summarise(store, eventId).byAgency.map((a) => a.agencyName)).toContain('Education (archived for this event)');
    expect(refusal(() => summarise(store, eventId, { compareWith: eventId }))).toEqual({ code: 'INVALID_INPUT', message: 'Compare with a different event.' });
    const quick = createEvent(db, { name: 'Quick', frameworkKey: 'neglect-quick-check' }).id;
    expect(refusal(() => summarise(store, quick, { compareWith: eventId }))).toEqual({
      code: 'NOT_COMPARABLE',
      message: `Event ${eventId} used the framework "neglect-what-works", not "neglect-quick-check"; only events on the same framework can be compared.`,
    });
  });
});

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}
