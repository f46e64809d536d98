// Allocation over a real database: defaults from "agencies involved", overrides, reset, the
// progress board counting allocated audits only, and what each agency still owes.
import { describe, expect, it } from 'vitest';
import { allocationView, changeAllocation, updateAllocationSettings } from '../../../core/allocation/service';
import { outstandingByAgency } from '../../../core/allocation/outstanding';
import { progressBoard } from '../../../core/audits/board';
import { startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { getEvent } from '../../../core/events/service';
import { updateSettings } from '../../../core/settings/service';
import { listTrail } from '../../../core/trail/service';
import { csv, storeWithEvent } from '../helpers/store';
import { frameworkForEvent } from '../../../core/audits/event-framework';

async function allocationEvent() {
  const setup = storeWithEvent('2026-03-01', ['Police', 'Health', 'School']);
  const sample = ['Child ID,DOB,Agencies involved', 'C-1,01/01/2015,Police; Health', 'C-2,02/02/2018,Health; GP', 'C-3,03/03/2012,', 'C-4,04/04/2016,GP'].join('\n');
  const imported = await importCases(setup.db, { eventId: setup.eventId, fileName: 'c.csv', bytes: csv(sample) });
  expect(imported.errors ?? []).toEqual([]);
  updateSettings(setup.db, { userName: 'Fictional Facilitator' });
  const agencies = getEvent(setup.db, setup.eventId).agencies;
  const id = (name: string) => agencies.find((a) => a.name === name)!.id;
  const caseId = (ref: string) => listCases(setup.db, setup.eventId).find((c) => c.reference === ref)!.id;
  const names = (ids: number[]) => ids.map((i) => agencies.find((a) => a.id === i)!.name).sort();
  return { ...setup, id, caseId, names };
}

describe('allocation', () => {
  it('defaults to the event agencies a case lists; a case listing none goes to every agency; one listing only others to none', async () => {
    const { db, eventId, names } = await allocationEvent();
    const view = allocationView(db, eventId);
    const byRef = Object.fromEntries(view.cases.map((c) => [c.reference, names(c.allocated)]));
    expect(byRef).toEqual({ 'C-1': ['Health', 'Police'], 'C-2': ['Health'], 'C-3': ['Health', 'Police', 'School'], 'C-4': [] });
    expect(Object.fromEntries(view.agencies.map((a) => [a.name, a.allocated]))).toEqual({ Health: 3, Police: 2, School: 1 });
  });

  it('keeps per-case and bulk changes, resets one agency to its defaults, and records each change in the trail', async () => {
    const { db, eventId, id, caseId, names } = await allocationEvent();
    changeAllocation(db, { eventId, changes: [{ caseId: caseId('C-4'), agencyId: id('School'), allocated: true }, { caseId: caseId('C-1'), agencyId: id('Police'), allocated: false }] });
    let view = allocationView(db, eventId);
    expect(names(view.cases.find((c) => c.reference === 'C-4')!.allocated)).toEqual(['School']);
    expect(names(view.cases.find((c) => c.reference === 'C-1')!.allocated)).toEqual(['Health']);
    view = changeAllocation(db, { eventId, changes: [], reset: true, resetAgencyIds: [id('Police')] });
    expect(names(view.cases.find((c) => c.reference === 'C-1')!.allocated)).toEqual(['Health', 'Police']);
    expect(names(view.cases.find((c) => c.reference === 'C-4')!.allocated)).toEqual(['School']);
    const trail = listTrail(db, { eventId }).filter((e) => e.entity === 'allocation');
    expect(trail.map((e) => [e.actor, e.newValue])).toEqual([
      ['Fictional Facilitator', '1 allocated, 1 removed'],
      ['Fictional Facilitator', 'reset to the defaults for Police'],
    ]);
    expect(() => changeAllocation(db, { eventId, changes: [{ caseId: 9999, agencyId: id('Police'), allocated: true }] })).toThrow(/not in this event/);
  });

  it('the progress board counts allocated cells only, and still shows an audit in a cell that is not allocated', async () => {
    const { db, eventId, id, caseId } = await allocationEvent();
    startAudit(db, { caseId: caseId('C-4'), agencyId: id('Police'), auditor: 'Pat Police' });
    const board = progressBoard(db, eventId);
    // Allocated: C-1 Police+Health, C-2 Health, C-3 all three = 6 cells, none started.
    expect(board.totals).toEqual({ missing: 6, notStarted: 0, inProgress: 0, submitted: 0, moderated: 0 });
    const c4 = board.rows.find((r) => r.reference === 'C-4')!.cells.find((c) => c.agencyId === id('Police'))!;
    expect(c4).toMatchObject({ allocated: false, audits: [{ auditor: 'Pat Police' }] });
  });

  it('outstanding by agency: overdue first, counts and own references only in the chaser', async () => {
    const { db, eventId, id, caseId } = await allocationEvent();
    updateAllocationSettings(db, { eventId, deadline: '2026-03-20', auditors: [{ agencyId: id('Police'), auditor: 'Pat Police' }] });
    // Health finishes C-1; Police has C-1 in progress.
    const fw = frameworkForEvent(db, eventId);
    const done = startAudit(db, { caseId: caseId('C-1'), agencyId: id('Health'), auditor: 'Hana Health' });
    for (const c of fw.criteria) updateGrade(db, { auditId: done.id, criterionKey: c.key, value: 3 });
    updateAudit(db, { auditId: done.id, overallValue: 3 });
    submitAudit(db, done.id);
    const started = startAudit(db, { caseId: caseId('C-1'), agencyId: id('Police'), auditor: 'Pat Police' });
    updateGrade(db, { auditId: started.id, criterionKey: fw.criteria[0]!.key, value: 2 });

    const before = outstandingByAgency(db, eventId, new Date(2026, 2, 10));
    expect(before.agencies.map((a) => [a.name, a.allocated, a.submitted, a.inProgress, a.outstanding, a.overdue])).toEqual([
      ['Health', 3, 1, 0, 2, false],
      ['Police', 2, 0, 1, 2, false],
      ['School', 1, 0, 0, 1, false],
    ]);
    const after = outstandingByAgency(db, eventId, new Date(2026, 2, 21));
    expect(after.agencies.every((a) => a.overdue)).toBe(true);
    const police = after.agencies.find((a) => a.name === 'Police')!;
    expect(police.outstandingReferences).toEqual(['C-1', 'C-3']);
    expect(police.chaser).toContain('Dear Pat Police,');
    expect(police.chaser).toContain('Police has returned 0 of the 2 case audits');
    expect(police.chaser).toContain('due on 20 March 2026');
    expect(police.chaser).toContain('C-1, C-3');
    expect(police.chaser).not.toContain('C-2');
    expect(police.chaser.split('\n')[0]).toBe('OFFICIAL-SENSITIVE');
    // Health's chaser names only Health's outstanding cases.
    const health = after.agencies.find((a) => a.name === 'Health')!;
    expect(health.outstandingReferences).toEqual(['C-2', 'C-3']);
  });
});
