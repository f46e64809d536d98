// The event's task list on a real database: each step's state and what is left follow the work,
// and the status shown follows it too (never stuck at Planning).
import { describe, expect, it } from 'vitest';
import { startAudit, submitAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { frameworkForEvent } from '../../../core/audits/event-framework';
import { createDemo } from '../../../core/demo/demo';
import { eventTasks, withWorkStatus } from '../../../core/events/tasks';
import { getEvent } from '../../../core/events/service';
import { createFinding } from '../../../core/findings/service';
import { setModeratedGrade, setModeratedOverall, signOffModeration } from '../../../core/moderation/service';
import { coreWithEvent } from '../helpers/core';
import { auditReadyEvent } from '../helpers/audit-setup';
import { taskKeys } from '../../../model/event-tasks';

const states = (eventTasksResult: ReturnType<typeof eventTasks>) => Object.fromEntries(eventTasksResult.tasks.map((t) => [t.key, t.state]));

describe('the event task list', () => {
  it('starts with planning and sampling, everything after it waiting', () => {
    const { db, eventId } = coreWithEvent('2026-03-01', []);
    const list = eventTasks(db, eventId);
    expect(list.tasks.map((t) => t.key)).toEqual([...taskKeys]);
    expect(states(list)).toEqual({
      plan: 'in-progress',
      sample: 'not-started',
      allocate: 'cannot-start',
      audit: 'cannot-start',
      moderate: 'cannot-start',
      present: 'cannot-start',
      report: 'cannot-start',
      act: 'not-started',
    });
    expect(list.tasks[0]!.left).toEqual(['Choose the agencies taking part.']);
    expect(list.status).toBe('planning');
  });

  it('follows the audits through to moderation: the status moves with the work', async () => {
    const { db, eventId, cases, agencies } = await auditReadyEvent();
    // Three cases listing no agencies go to all three agencies: 9 audits allocated.
    let list = eventTasks(db, eventId);
    expect(states(list)).toMatchObject({ plan: 'completed', sample: 'completed', allocate: 'completed', audit: 'not-started', moderate: 'cannot-start' });
    expect(list.tasks[3]!.left).toEqual(['9 audits still to return.']);
    expect(list.status).toBe('planning');

    const audit = startAudit(db, { caseId: cases[0]!.id, agencyId: agencies[0]!.id, auditor: 'Pat Example' });
    updateGrade(db, { auditId: audit.id, criterionKey: 'drift', value: 3 });
    list = eventTasks(db, eventId);
    expect(list.tasks[3]!).toMatchObject({ state: 'in-progress', done: '0 of 9 audits returned.', left: ['9 audits still to return (1 in progress).'] });
    expect(list.status).toBe('auditing');
    expect(withWorkStatus(db, getEvent(db, eventId)).status).toBe('auditing');

    for (const c of frameworkForEvent(db, eventId).criteria) updateGrade(db, { auditId: audit.id, criterionKey: c.key, value: 3 });
    updateAudit(db, { auditId: audit.id, overallValue: 3 });
    submitAudit(db, audit.id);
    list = eventTasks(db, eventId);
    expect(states(list)).toMatchObject({ audit: 'in-progress', moderate: 'not-started', present: 'not-started', report: 'not-started' });
    expect(list.tasks[4]!.left).toEqual(['1 case to moderate and sign off.', 'More audits are still to come in.']);

    setModeratedGrade(db, { caseId: cases[0]!.id, criterionKey: 'drift', value: 3, rationale: 'One agency graded it.' });
    expect(eventTasks(db, eventId).tasks[4]!.state).toBe('in-progress');
    expect(eventTasks(db, eventId).status).toBe('moderation');
    for (const c of frameworkForEvent(db, eventId).criteria) setModeratedGrade(db, { caseId: cases[0]!.id, criterionKey: c.key, value: 3, rationale: 'Agreed.' });
    setModeratedOverall(db, { caseId: cases[0]!.id, value: 3, rationale: 'Agreed.' });
    signOffModeration(db, { caseId: cases[0]!.id, name: 'Fran Facilitator', date: '2026-03-10' });
    list = eventTasks(db, eventId);
    expect(list.tasks[4]!).toMatchObject({ state: 'in-progress', done: '1 of 1 case signed off.', left: ['More audits are still to come in.'] });
    expect(list.status).toBe('moderation');

    createFinding(db, eventId, { kind: 'theme', text: 'Fathers were rarely seen (fictional).', criterionKeys: [], quoteForReport: false, caseIds: [] });
    list = eventTasks(db, eventId);
    expect(list.tasks[5]).toMatchObject({ state: 'completed', done: '1 finding recorded.', left: [] });
    expect(list.status).toBe('reporting');
  });

  it('keeps a status recorded further on, such as Closed', async () => {
    const { db, eventId } = await auditReadyEvent();
    const { updateEvent } = await import('../../../core/events/service');
    updateEvent(db, { id: eventId, status: 'closed' });
    expect(eventTasks(db, eventId).status).toBe('closed');
  });

  it('shows the demo well into the cycle', async () => {
    const { tempCore } = await import('../helpers/core');
    const core = tempCore();
    const { id } = await createDemo(core.store);
    const list = eventTasks(core.store.db, id);
    expect(states(list)).toMatchObject({ plan: 'completed', sample: 'completed', allocate: 'completed', present: 'completed', act: 'in-progress' });
    expect(list.status).toBe('reporting');
  }, 60_000);
});
