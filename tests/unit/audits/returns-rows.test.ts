// Audit returns row by row, as the user reads them: the exact message for each refused cell under
// the file's own column name, every spelling of "not applicable", the trail an import leaves (old
// and new grades, the audits it created), the preview's new / changed / unchanged per audit, and
// the export's rows. Expected texts are written out from the scale and the event, not from the code.
import { describe, expect, it } from 'vitest';
import { exportReturns, importReturns, previewSpreadsheetReturns } from '../../../core/audits/returns';
import { getWorkspace, startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { setModeratedGrade, setModeratedOverall, signOffModeration } from '../../../core/moderation/service';
import { listTrail } from '../../../core/trail/service';
import { auditsOfEvent } from '../../../db/queries/audits';
import { allCriteria } from '../../../model/framework';
import { csv, storeWithEvent } from '../helpers/store';
import { auditReadyStore, makeAuditReady } from '../helpers/audit-ready-store';

const header = 'reference,agency,auditor,criterion,grade,evidence';
const scale = 'Use Outstanding (4), Good (3), Requires improvement (2), Inadequate (1) or N/A.';

describe('audit returns: refused rows', () => {
  it('names each problem with its message, under the column as the file spells it', async () => {
    const { db, eventId } = await auditReadyStore();
    const file = [
      'Reference,Agency,Auditor,Criterion,Grade,Evidence',
      ',Police,A,child-focus,Good,',
      'C-1,,A,child-focus,Good,',
      'C-1,Fire Service,A,child-focus,Good,',
      'C-1,Police,A,no-such,Good,',
      'C-1,Police,A,drift,,',
      'C-1,Police,A,drift,7,',
      '',
      'C-404,Police,,drift,Brilliant,',
    ].join('\n');
    const outcome = await importReturns(db, { eventId, fileName: 'bad.csv', bytes: csv(file) });
    expect(outcome).toEqual({
      imported: 0,
      audits: 0,
      errors: [
        { row: 1, column: 'Reference', message: 'A case reference is required.' },
        { row: 2, column: 'Agency', message: 'An agency is required.' },
        { row: 3, column: 'Agency', message: `"Fire Service" does not take part in this event (Children's Social Care, Health, Police).` },
        { row: 4, column: 'Criterion', message: '"no-such" is not a criterion of Neglect — what works (use its key, e.g. child-focus, or its title).' },
        { row: 5, column: 'Grade', message: 'A grade is required.' },
        { row: 6, column: 'Grade', message: `"7" is not on the scale. ${scale}` },
        // An empty line is skipped but still counted: the next row is 8.
        { row: 8, column: 'Reference', message: 'No case with the reference "C-404" is in this event.' },
        { row: 8, column: 'Auditor', message: "The auditor's name is required." },
        { row: 8, column: 'Grade', message: `"Brilliant" is not on the scale. ${scale}` },
      ],
    });
    expect(auditsOfEvent(db, eventId)).toEqual([]);
    expect(listTrail(db, { eventId }).filter((e) => e.entity !== 'case' && e.entity !== 'event')).toEqual([]);
  });

  it('a second row for the same case, agency, auditor and criterion, however spelt, names the first', async () => {
    const { db, eventId } = await auditReadyStore();
    const file = [header, 'C-1,Police,Auditor One,drift,Good,', 'C-2,Police,Auditor One,drift,Good,', 'c-1,POLICE,AUDITOR ONE,Timeliness and drift,Inadequate,'].join('\n');
    const outcome = await importReturns(db, { eventId, fileName: 'twice.csv', bytes: csv(file) });
    expect(outcome.errors).toEqual([{ row: 3, column: 'criterion', message: 'Row 1 already grades this criterion for the same case, agency and auditor.' }]);
    expect(outcome.imported).toBe(0);
  });

  it('a row with its own error is not also counted as a second grade; numbers must be plain digits on the scale', async () => {
    const { db, eventId } = await auditReadyStore();
    const file = [header, 'C-1,Police,Auditor One,drift,Good,', 'C-1,Police,Auditor One,drift,Brilliant,', 'C-1,Police,Auditor One,child-focus,+3,', 'C-1,Police,Auditor One,whole-family,3.0,', 'C-1,Police,Auditor One,triangulation,0x3,'].join('\n');
    const outcome = await importReturns(db, { eventId, fileName: 'r.csv', bytes: csv(file) });
    expect(outcome.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'grade', `"Brilliant" is not on the scale. ${scale}`],
      [3, 'grade', `"+3" is not on the scale. ${scale}`],
      [4, 'grade', `"3.0" is not on the scale. ${scale}`],
      [5, 'grade', `"0x3" is not on the scale. ${scale}`],
    ]);
  });

  it('names every missing column and the columns a return has', async () => {
    const { db, eventId } = await auditReadyStore();
    await expect(importReturns(db, { eventId, fileName: 'x.csv', bytes: csv('reference,grade\nC-1,Good') })).rejects.toThrow(
      'x.csv: missing column(s) agency, auditor, criterion. A return has the columns reference, agency, auditor, criterion, grade, evidence.',
    );
  });

  it('reads cells without their surrounding spaces, and a file without an evidence column', async () => {
    const { db, eventId } = await auditReadyStore();
    const file = ['reference,agency,auditor,criterion,grade', ' C-1 , Police , Auditor One , drift , Good '].join('\n');
    expect(await importReturns(db, { eventId, fileName: 'r.csv', bytes: csv(file) })).toEqual({ imported: 1, errors: [], audits: 1 });
    const [audit] = auditsOfEvent(db, eventId);
    expect(audit!.auditor).toBe('Auditor One');
    expect(getWorkspace(db, audit!.id).grades.drift).toMatchObject({ value: 3, evidence: '' });
  });

  it('an event without agencies says so', async () => {
    const { db, eventId } = storeWithEvent('2026-03-01', []);
    await makeAuditReady(db, eventId, {});
    const outcome = await importReturns(db, { eventId, fileName: 'r.csv', bytes: csv(`${header}\nC-1,Police,A,drift,Good,`) });
    expect(outcome.errors).toEqual([{ row: 1, column: 'agency', message: '"Police" does not take part in this event (no agencies yet).' }]);
  });

  it('refuses rows for an audit whose case has been moderated and signed off', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id, auditor: 'Auditor One' });
    const criteria = allCriteria(getWorkspace(db, audit.id).framework);
    for (const c of criteria) updateGrade(db, { auditId: audit.id, criterionKey: c.key, value: 3 });
    updateAudit(db, { auditId: audit.id, overallValue: 3 });
    submitAudit(db, audit.id);
    for (const c of criteria) setModeratedGrade(db, { caseId: cases[0]!.id, criterionKey: c.key, value: 3 });
    setModeratedOverall(db, { caseId: cases[0]!.id, value: 3 });
    signOffModeration(db, { caseId: cases[0]!.id, name: 'Panel Chair', date: '2026-03-02' });
    const outcome = await importReturns(db, { eventId, fileName: 'late.csv', bytes: csv(`${header}\nC-1,Police,auditor one,drift,Inadequate,`) });
    expect(outcome.errors).toEqual([{ row: 1, column: 'auditor', message: "auditor one's audit of C-1 for Police is already moderated; reopen it first." }]);
    expect(getWorkspace(db, audit.id).grades.drift!.value).toBe(3);
  });
});

describe('audit returns: what is imported', () => {
  it('takes every spelling of not applicable, and records why in the grade', async () => {
    const { db, eventId } = await auditReadyStore();
    const words = ['n/a', 'NA', 'Not Applicable', 'N.A.', ' n/a '];
    const keys = ['child-focus', 'direct-work', 'drift', 'triangulation', 'whole-family'];
    const file = [header, ...words.map((w, i) => `C-3,Health,Hana Visitor,${keys[i]},${w},`), 'C-3,Health,Hana Visitor,measurable-goals, 3 ,'].join('\n');
    const outcome = await importReturns(db, { eventId, fileName: 'na.csv', bytes: csv(file) });
    expect(outcome).toEqual({ imported: 6, errors: [], audits: 1 });
    const grades = getWorkspace(db, auditsOfEvent(db, eventId)[0]!.id).grades;
    for (const key of keys) expect(grades[key], key).toMatchObject({ value: null, notApplicable: true, notApplicableReason: 'Recorded as not applicable in the return na.csv.' });
    expect(grades['measurable-goals']).toMatchObject({ value: 3, notApplicable: false, notApplicableReason: '' });
  });

  it('writes the trail: each audit it creates, each grade old → new, and one line for the file', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    // An audit started by hand and not yet graded: the return moves it on to in progress.
    const started = startAudit(db, { caseId: cases[1]!.id, agencyId: agency('Health').id, auditor: 'Hana Visitor' });
    const first = [header, 'C-1,Police,Auditor One,child-focus,Good,', 'C-1,Police,Auditor One,drift,n/a,', 'C-2,Health,hana visitor,drift,Inadequate,'].join('\n');
    expect(await importReturns(db, { eventId, fileName: 'first.csv', bytes: csv(first) })).toEqual({ imported: 3, errors: [], audits: 2 });
    const [created] = auditsOfEvent(db, eventId).filter((a) => a.auditor === 'Auditor One');
    expect(auditsOfEvent(db, eventId).map((a) => [a.auditor, a.status])).toEqual([
      ['Auditor One', 'in-progress'],
      ['Hana Visitor', 'in-progress'],
    ]);
    const trailOf = (since: number) =>
      listTrail(db, { eventId })
        .slice(since)
        .map((e) => [e.actor, e.entity, e.field, e.oldValue, e.newValue, e.note]);
    const afterStart = listTrail(db, { eventId }).findIndex((e) => e.entity === 'audit' && e.entityId === started.id) + 1;
    expect(trailOf(afterStart)).toEqual([
      ['Fictional Facilitator', 'audit', 'created', null, 'Auditor One (from first.csv)', ''],
      ['Fictional Facilitator', 'grade', 'grade', '', 'Good (3)', 'child-focus'],
      ['Fictional Facilitator', 'grade', 'grade', '', 'Not applicable', 'drift'],
      ['Fictional Facilitator', 'grade', 'grade', '', 'Inadequate (1)', 'drift'],
      ['Fictional Facilitator', 'import', 'audit returns', null, '3 grades in 2 audits', 'first.csv'],
    ]);
    expect(created).toBeTruthy();

    const before = listTrail(db, { eventId }).length;
    const second = [header, 'C-1,Police,Auditor One,child-focus,Good,', 'C-1,Police,Auditor One,drift,Requires improvement,', 'C-1,Police,Auditor One,whole-family,4,'].join('\n');
    expect(await importReturns(db, { eventId, fileName: 'second.csv', bytes: csv(second) })).toEqual({ imported: 3, errors: [], audits: 1 });
    expect(trailOf(before)).toEqual([
      ['Fictional Facilitator', 'grade', 'grade', 'Not applicable', 'Requires improvement (2)', 'drift'],
      ['Fictional Facilitator', 'grade', 'grade', '', 'Outstanding (4)', 'whole-family'],
      ['Fictional Facilitator', 'import', 'audit returns', null, '3 grades in 1 audits', 'second.csv'],
    ]);
  });
});

describe('audit returns: the preview', () => {
  it('says per audit what an import would do, and writes nothing', async () => {
    const { db, eventId } = await auditReadyStore();
    const base = [header, 'C-1,Police,Auditor One,child-focus,Good,Seen', 'C-1,Police,Auditor One,drift,N/A,', 'C-2,Health,Auditor Two,drift,Inadequate,', 'C-3,Police,Auditor Three,drift,Good,'];
    const fresh = await previewSpreadsheetReturns(db, { eventId, fileName: 'r.csv', bytes: csv([...base, 'c-2,health,Auditor Two,triangulation,2,'].join('\n')) });
    expect(fresh).toEqual({
      errors: [],
      audits: [
        { reference: 'C-1', agency: 'Police', auditor: 'Auditor One', change: 'new', grades: 2 },
        { reference: 'C-2', agency: 'Health', auditor: 'Auditor Two', change: 'new', grades: 2 },
        { reference: 'C-3', agency: 'Police', auditor: 'Auditor Three', change: 'new', grades: 1 },
      ],
    });
    expect(auditsOfEvent(db, eventId)).toEqual([]);

    await importReturns(db, { eventId, fileName: 'r.csv', bytes: csv(base.join('\n')) });
    const trailLength = listTrail(db, { eventId }).length;
    const again = [
      header,
      'C-1,Police,Auditor One,child-focus,Good,Seen at home', // evidence changed
      'C-1,Police,Auditor One,drift,N/A,',
      'C-2,Health,auditor two,drift,Inadequate,', // the same grade
      'C-3,Police,Auditor Three,drift,N/A,', // a grade becomes not applicable
      'C-3,Health,Auditor Three,drift,Good,', // another agency: a new audit
    ].join('\n');
    const preview = await previewSpreadsheetReturns(db, { eventId, fileName: 'again.csv', bytes: csv(again) });
    expect(preview.audits.map((a) => [a.reference, a.agency, a.auditor, a.change, a.grades])).toEqual([
      ['C-1', 'Police', 'Auditor One', 'changed', 2],
      ['C-2', 'Health', 'auditor two', 'unchanged', 1],
      ['C-3', 'Police', 'Auditor Three', 'changed', 1],
      ['C-3', 'Health', 'Auditor Three', 'new', 1],
    ]);
    const valueOnly = await previewSpreadsheetReturns(db, { eventId, fileName: 'v.csv', bytes: csv(`${header}\nC-2,Health,Auditor Two,drift,Good,`) });
    const addsOne = await previewSpreadsheetReturns(db, { eventId, fileName: 'a.csv', bytes: csv(`${header}\nC-2,Health,Auditor Two,drift,Inadequate,\nC-2,Health,Auditor Two,whole-family,Good,`) });
    const naToValue = await previewSpreadsheetReturns(db, { eventId, fileName: 'n.csv', bytes: csv(`${header}\nC-1,Police,Auditor One,drift,Good,`) });
    // A criterion with only a rationale so far (no grade) that the return marks not applicable.
    const [one] = auditsOfEvent(db, eventId);
    updateGrade(db, { auditId: one!.id, criterionKey: 'whole-family', rationale: 'Still reading.' });
    const rationaleToNa = await previewSpreadsheetReturns(db, { eventId, fileName: 'w.csv', bytes: csv(`${header}\nC-1,Police,Auditor One,whole-family,N/A,`) });
    const sameAsBefore = await previewSpreadsheetReturns(db, { eventId, fileName: 's.csv', bytes: csv(`${header}\nC-1,Police,Auditor One,drift,N/A,`) });
    expect([valueOnly, addsOne, naToValue, rationaleToNa, sameAsBefore].map((p) => p.audits.map((a) => a.change))).toEqual([['changed'], ['changed'], ['changed'], ['changed'], ['unchanged']]);
    expect(listTrail(db, { eventId }).filter((e) => e.field !== 'rationale')).toHaveLength(trailLength);
  });

  it('lists the refused rows and no audits when any row is bad', async () => {
    const { db, eventId } = await auditReadyStore();
    const preview = await previewSpreadsheetReturns(db, { eventId, fileName: 'r.csv', bytes: csv(`${header}\nC-1,Police,A,drift,Good,\nC-9,Police,A,drift,Good,`) });
    expect(preview).toEqual({ errors: [{ row: 2, column: 'reference', message: 'No case with the reference "C-9" is in this event.' }], audits: [] });
  });
});

describe('audit returns: the export', () => {
  it('is the header alone before anything is graded, and leaves out criteria with only a rationale', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    expect(exportReturns(db, eventId)).toBe(`${header}\r\n`);
    const second = startAudit(db, { caseId: cases[1]!.id, agencyId: agency('Health').id, auditor: 'Hana Visitor' });
    const first = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id, auditor: 'Pat Officer' });
    updateGrade(db, { auditId: first.id, criterionKey: 'whole-family', rationale: 'Not yet decided.' });
    // Graded out of framework order: triangulation, drift, then child focus.
    updateGrade(db, { auditId: first.id, criterionKey: 'triangulation', value: 1 });
    updateGrade(db, { auditId: first.id, criterionKey: 'drift', value: 2 });
    updateGrade(db, { auditId: first.id, criterionKey: 'child-focus', value: 3 });
    updateGrade(db, { auditId: second.id, criterionKey: 'drift', notApplicable: true, notApplicableReason: 'Closed.' });
    updateGrade(db, { auditId: second.id, criterionKey: 'child-focus', value: 4, evidence: 'Home visit' });
    // By audit (in the order they were started), then in framework order.
    expect(exportReturns(db, eventId).split('\r\n')).toEqual([
      header,
      'C-2,Health,Hana Visitor,child-focus,Outstanding,Home visit',
      'C-2,Health,Hana Visitor,drift,N/A,',
      'C-1,Police,Pat Officer,child-focus,Good,',
      'C-1,Police,Pat Officer,triangulation,Inadequate,',
      'C-1,Police,Pat Officer,drift,Requires improvement,',
    ]);
  });
});
