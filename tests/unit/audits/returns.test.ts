// Audit returns from spreadsheets: validated row by row, all or nothing, double audits, and an
// export in the same columns that imports back.
import { describe, expect, it } from 'vitest';
import { exportReturns, importReturns } from '../../../core/audits/returns';
import { getWorkspace, startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { auditsOfEvent } from '../../../db/queries/audits';
import { listTrail } from '../../../core/trail/service';
import { allCriteria } from '../../../model/framework';
import { csv } from '../helpers/store';
import { auditReadyStore } from '../helpers/audit-ready-store';

const header = 'reference,agency,auditor,criterion,grade,evidence';

describe('audit returns', () => {
  it('imports grades by key or title, label (any case), value or N/A, with double audits kept apart', async () => {
    const { db, eventId } = await auditReadyStore();
    const file = [
      header,
      'C-1,Police,Auditor One,child-focus,good,Seen at home',
      'C-1,police,Auditor One,Triangulation of information,2,',
      'C-1,Police,Auditor Two,child-focus,INADEQUATE,Not seen',
      'C-2,Health,Auditor Three,drift,N/A,',
      'C-2,Health,Auditor Three,measurable-goals,4,"Goals, with dates"',
    ].join('\n');
    const outcome = await importReturns(db, { eventId, fileName: 'returns.csv', bytes: csv(file) });
    expect(outcome).toEqual({ imported: 5, errors: [], audits: 3 });
    const audits = auditsOfEvent(db, eventId);
    expect(audits.map((a) => [a.reference, a.agencyName, a.auditor, a.status])).toEqual([
      ['C-1', 'Police', 'Auditor One', 'in-progress'],
      ['C-1', 'Police', 'Auditor Two', 'in-progress'],
      ['C-2', 'Health', 'Auditor Three', 'in-progress'],
    ]);
    const one = getWorkspace(db, audits[0]!.id).grades;
    expect(one['child-focus']).toMatchObject({ value: 3, evidence: 'Seen at home' });
    expect(one.triangulation).toMatchObject({ value: 2 });
    expect(getWorkspace(db, audits[1]!.id).grades['child-focus']!.value).toBe(1);
    expect(getWorkspace(db, audits[2]!.id).grades.drift).toMatchObject({ value: null, notApplicable: true });
    expect(listTrail(db, { eventId }).at(-1)).toMatchObject({ entity: 'import', note: 'returns.csv', newValue: '5 grades in 3 audits' });
  });

  it('refuses the whole file when any row is bad, naming row, column and reason', async () => {
    const { db, eventId } = await auditReadyStore();
    const file = [
      header,
      'C-1,Police,A,child-focus,Good,',
      'C-404,Police,A,child-focus,Good,',
      'C-1,Fire Service,A,child-focus,Good,',
      'C-1,Police,A,no-such-criterion,Good,',
      'C-1,Police,A,drift,Brilliant,',
      'C-1,Police,,drift,Good,',
      'C-1,Police,A,child-focus,Outstanding,',
    ].join('\n');
    const outcome = await importReturns(db, { eventId, fileName: 'bad.csv', bytes: csv(file) });
    expect(outcome.imported).toBe(0);
    expect(outcome.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'reference'],
      [3, 'agency'],
      [4, 'criterion'],
      [5, 'grade'],
      [6, 'auditor'],
      [7, 'criterion'],
    ]);
    expect(outcome.errors[3]!.message).toMatch(/"Brilliant" is not on the scale\. Use Outstanding \(4\), Good \(3\)/);
    expect(auditsOfEvent(db, eventId)).toEqual([]);
  });

  it('refuses a file without the return columns', async () => {
    const { db, eventId } = await auditReadyStore();
    await expect(importReturns(db, { eventId, fileName: 'x.csv', bytes: csv('reference,grade\nC-1,Good') })).rejects.toThrow(/missing column\(s\) agency, auditor, criterion/);
  });

  it('refuses rows for an audit that has been submitted', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id, auditor: 'Auditor One' });
    for (const c of allCriteria(getWorkspace(db, audit.id).framework)) updateGrade(db, { auditId: audit.id, criterionKey: c.key, value: 3 });
    updateAudit(db, { auditId: audit.id, overallValue: 3 });
    submitAudit(db, audit.id);
    const outcome = await importReturns(db, { eventId, fileName: 'late.csv', bytes: csv(`${header}\nC-1,Police,Auditor One,drift,Good,`) });
    expect(outcome.errors[0]).toMatchObject({ row: 1, column: 'auditor', message: expect.stringMatching(/already submitted/) });
  });

  it('exports one row per grade in the import columns, and the export imports back unchanged', async () => {
    const { db, eventId } = await auditReadyStore();
    const file = [header, 'C-1,Police,Auditor One,child-focus,Good,"Said ""fine"", twice"', 'C-2,Health,Auditor Two,drift,N/A,', 'C-2,Health,Auditor Two,triangulation,Inadequate,=HYPERLINK("x")'].join('\n');
    await importReturns(db, { eventId, fileName: 'in.csv', bytes: csv(file) });
    const exported = exportReturns(db, eventId);
    const lines = exported.split('\r\n');
    expect(lines[0]).toBe(header);
    expect(lines.slice(1)).toEqual([
      'C-1,Police,Auditor One,child-focus,Good,"Said ""fine"", twice"',
      // In framework order within an audit; a spreadsheet must not run text as a formula.
      `C-2,Health,Auditor Two,triangulation,Inadequate,"'=HYPERLINK(""x"")"`,
      'C-2,Health,Auditor Two,drift,N/A,',
    ]);
    const before = auditsOfEvent(db, eventId).length;
    const again = await importReturns(db, { eventId, fileName: 'out.csv', bytes: csv(exported) });
    expect(again.errors).toEqual([]);
    expect(auditsOfEvent(db, eventId)).toHaveLength(before);
    expect(exportReturns(db, eventId)).toBe(exported);
  });
});
