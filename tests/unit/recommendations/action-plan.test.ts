// The action plan's service on a real database: what a recommendation must have, what an edit
// changes and records in the trail, deleting, and carrying open actions into the next event.
import { describe, expect, it } from 'vitest';
import { createEvent, getEvent } from '../../../core/events/service';
import { createFinding } from '../../../core/findings/service';
import { carryForward, createRecommendation, deleteRecommendation, listRecommendations, updateRecommendation } from '../../../core/recommendations/service';
import { listTrail } from '../../../core/trail/service';
import { auditReadyStore } from '../helpers/audit-ready-store';

const trailOf = (db: Parameters<typeof listTrail>[0], eventId: number) =>
  listTrail(db, { eventId }).filter((e) => e.entity === 'recommendation').map((e) => [e.field, e.oldValue, e.newValue]);

describe('a new recommendation', () => {
  it('is stored trimmed, open by default, with its links, and recorded in the trail', async () => {
    const { db, eventId, agency } = await auditReadyStore();
    const finding = createFinding(db, eventId, { kind: 'theme', text: 'Plans drift after the first review.' });
    const rec = createRecommendation(db, eventId, {
      text: '  Review every neglect plan within 12 weeks.  ',
      ownerAgencyId: agency('Health').id,
      dueDate: '2026-09-30',
      criterionKeys: ['drift', 'drift', 'measurable-goals'],
      findingIds: [finding.id],
    });
    expect(rec).toMatchObject({ eventId, text: 'Review every neglect plan within 12 weeks.', status: 'open', ownerName: 'Health', dueDate: '2026-09-30', criterionKeys: ['drift', 'measurable-goals'], findingIds: [finding.id], createdBy: 'Fictional Facilitator' });
    const other = createRecommendation(db, eventId, { text: 'Second.', status: 'in-progress' });
    expect(other).toMatchObject({ text: 'Second.', status: 'in-progress', ownerAgencyId: null, ownerName: null, dueDate: null, criterionKeys: [], findingIds: [] });
    expect(trailOf(db, eventId)).toEqual([
      ['created', null, 'Review every neglect plan within 12 weeks.'],
      ['created', null, 'Second.'],
    ]);
  });

  it('is refused with a reason when something in it is wrong, and nothing is stored', async () => {
    const { db, eventId } = await auditReadyStore();
    const elsewhere = createEvent(db, { name: 'Elsewhere', frameworkKey: 'neglect-what-works', agencies: ['Probation'] }).id;
    const outsider = getEvent(db, elsewhere).agencies[0]!.id;
    const otherFinding = createFinding(db, elsewhere, { kind: 'theme', text: 'Not this event’s.' });
    const refused = (input: Parameters<typeof createRecommendation>[2]) => {
      try {
        createRecommendation(db, eventId, input);
      } catch (error) {
        return { message: (error as Error).message, code: (error as { code?: string }).code };
      }
      return 'stored';
    };
    expect(refused({ text: '   ' })).toEqual({ message: 'A recommendation needs some text.', code: 'INVALID_INPUT' });
    expect(refused({ text: 'x', dueDate: '2026-02-30' })).toEqual({ message: 'The due date must be a real date written YYYY-MM-DD.', code: 'INVALID_INPUT' });
    expect(refused({ text: 'x', ownerAgencyId: outsider })).toEqual({ message: 'The owner must be an agency taking part in the event.', code: 'NOT_IN_EVENT' });
    expect(refused({ text: 'x', criterionKeys: ['drift', 'nope', 'other'] })).toEqual({ message: "Not criteria of this event's framework: nope, other.", code: 'UNKNOWN_CRITERION' });
    expect(refused({ text: 'x', findingIds: [otherFinding.id] })).toEqual({ message: 'A linked finding is not in this event.', code: 'NOT_IN_EVENT' });
    const ownFinding = createFinding(db, eventId, { kind: 'theme', text: 'This event’s.' });
    expect(refused({ text: 'x', findingIds: [ownFinding.id, otherFinding.id] })).toEqual({ message: 'A linked finding is not in this event.', code: 'NOT_IN_EVENT' });
    expect(listRecommendations(db, eventId)).toEqual([]);
    expect(() => listRecommendations(db, eventId + 100)).toThrow(/event/i);
  });
});

describe('editing a recommendation', () => {
  it('changes only what is given, records each changed field with old and new values, and returns that recommendation', async () => {
    const { db, eventId, agency } = await auditReadyStore();
    const first = createRecommendation(db, eventId, { text: 'First.', criterionKeys: ['drift'] });
    const rec = createRecommendation(db, eventId, { text: 'Share chronologies.', dueDate: '2026-06-30', criterionKeys: ['multi-agency'] });
    const edited = updateRecommendation(db, rec.id, { text: ' Share chronologies at every strategy meeting. ', ownerAgencyId: agency('Police').id, dueDate: '2026-07-31', status: 'in-progress' });
    expect(edited).toMatchObject({ id: rec.id, text: 'Share chronologies at every strategy meeting.', ownerName: 'Police', dueDate: '2026-07-31', status: 'in-progress', criterionKeys: ['multi-agency'] });
    // Only the status: everything else stays, and only the status is recorded.
    expect(updateRecommendation(db, rec.id, { status: 'done' })).toMatchObject({ id: rec.id, text: 'Share chronologies at every strategy meeting.', ownerName: 'Police', dueDate: '2026-07-31', status: 'done' });
    // Given again unchanged: nothing recorded. Links replaced only when given.
    updateRecommendation(db, rec.id, { dueDate: '2026-07-31', criterionKeys: [] });
    expect(listRecommendations(db, eventId).find((r) => r.id === rec.id)!.criterionKeys).toEqual([]);
    updateRecommendation(db, rec.id, { ownerAgencyId: null, dueDate: null });
    expect(listRecommendations(db, eventId).find((r) => r.id === first.id)).toMatchObject({ text: 'First.', criterionKeys: ['drift'] });
    expect(trailOf(db, eventId).slice(2)).toEqual([
      ['text', 'Share chronologies.', 'Share chronologies at every strategy meeting.'],
      ['ownerAgencyId', '', String(agency('Police').id)],
      ['dueDate', '2026-06-30', '2026-07-31'],
      ['status', 'open', 'in-progress'],
      ['status', 'in-progress', 'done'],
      ['ownerAgencyId', String(agency('Police').id), ''],
      ['dueDate', '2026-07-31', ''],
    ]);
  });

  it('is refused for an unknown recommendation or a bad value', async () => {
    const { db, eventId } = await auditReadyStore();
    const rec = createRecommendation(db, eventId, { text: 'Kept.' });
    expect(() => updateRecommendation(db, rec.id + 50, { status: 'done' })).toThrow(expect.objectContaining({ message: `No recommendation has the id ${rec.id + 50}.`, code: 'NOT_FOUND' }));
    expect(() => updateRecommendation(db, rec.id, { text: '' })).toThrow('A recommendation needs some text.');
    expect(() => updateRecommendation(db, rec.id, { criterionKeys: ['nope'] })).toThrow(/Not criteria/);
    expect(listRecommendations(db, eventId)[0]).toMatchObject({ text: 'Kept.', status: 'open', criterionKeys: [] });
  });

  it('deletes one, keeping what it said in the trail', async () => {
    const { db, eventId } = await auditReadyStore();
    const keep = createRecommendation(db, eventId, { text: 'Keep.' });
    const drop = createRecommendation(db, eventId, { text: 'Drop.' });
    deleteRecommendation(db, drop.id);
    expect(listRecommendations(db, eventId).map((r) => r.id)).toEqual([keep.id]);
    expect(trailOf(db, eventId).at(-1)).toEqual(['deleted', 'Drop.', null]);
    expect(() => deleteRecommendation(db, drop.id)).toThrow(expect.objectContaining({ message: `No recommendation has the id ${drop.id}.`, code: 'NOT_FOUND' }));
  });
});

describe('carrying actions forward', () => {
  it('copies what is not done, keeps owners who take part and criteria the framework has, once', async () => {
    const { db, eventId, agency } = await auditReadyStore();
    createRecommendation(db, eventId, { text: 'Police action.', ownerAgencyId: agency('Police').id, dueDate: '2026-05-01', status: 'in-progress', criterionKeys: ['drift'] });
    createRecommendation(db, eventId, { text: 'Health action.', ownerAgencyId: agency('Health').id, criterionKeys: ['child-focus', 'whole-family'] });
    createRecommendation(db, eventId, { text: 'Done already.', status: 'done' });
    const next = createEvent(db, { name: 'Re-audit', frameworkKey: 'neglect-what-works', agencies: ['Police'] }).id;
    expect(() => carryForward(db, { fromEventId: eventId, toEventId: eventId })).toThrow(expect.objectContaining({ message: 'Carry actions from a different event.', code: 'INVALID_INPUT' }));
    expect(carryForward(db, { fromEventId: eventId, toEventId: next })).toEqual({ carried: 2 });
    const carried = listRecommendations(db, next);
    expect(carried.map((r) => [r.text, r.ownerName, r.dueDate, r.status, r.criterionKeys, r.carriedFromEvent])).toEqual([
      ['Police action.', 'Police', '2026-05-01', 'in-progress', ['drift'], 'Test audit'],
      ['Health action.', null, null, 'open', ['child-focus', 'whole-family'], 'Test audit'],
    ]);
    expect(listTrail(db, { eventId: next }).map((e) => [e.entity, e.field, e.newValue])).toEqual([['recommendation', 'carried forward', '2 from Test audit']]);

    // Into an event on another framework: criteria it does not have are dropped.
    const quick = createEvent(db, { name: 'Quick', frameworkKey: 'neglect-quick-check', agencies: ['Health'] }).id;
    carryForward(db, { fromEventId: eventId, toEventId: quick });
    // (The quick check has none of these criteria.)
    expect(listRecommendations(db, quick).map((r) => [r.text, r.ownerName, r.criterionKeys])).toEqual([
      ['Police action.', null, []],
      ['Health action.', 'Health', []],
    ]);
  });

  it('links single-agency feedback to a case of the event only (no such case here)', async () => {
    const { db, eventId, cases } = await auditReadyStore();
    expect(createRecommendation(db, eventId, { text: 'Feedback to the health visitor.', caseId: cases[0]!.id }).caseId).toBe(cases[0]!.id);
    expect(createRecommendation(db, eventId, { text: 'A general action.' }).caseId).toBeNull();
    let refused: { code?: string; message: string } | undefined;
    try {
      createRecommendation(db, eventId, { text: 'Feedback.', caseId: 9999 });
    } catch (error) {
      refused = error as { code?: string; message: string };
    }
    expect([refused?.code, refused?.message]).toEqual(['NOT_IN_EVENT', 'The case is not in this event.']);
  });
});
