// Recommendations and the action plan: SMART prompts, overdue from the date, carried forward.
import { describe, expect, it } from 'vitest';
import { carryForward, createRecommendation, listRecommendations, updateRecommendation } from '../../../core/recommendations/service';
import { isOverdue, smartHints } from '../../../model/smart';
import { createEvent } from '../../../core/events/service';
import { auditReadyEvent } from '../helpers/audit-setup';

describe('SMART prompt', () => {
  it('flags what a recommendation lacks', () => {
    const vague = smartHints({ text: 'Improve practice.' });
    expect(vague.filter((h) => !h.met).map((h) => h.letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
    const smart = smartHints({
      text: 'Every child on a child protection plan for neglect has a GCP2 completed within 20 working days, checked by a dip sample of 10 cases.',
      ownerAgencyId: 1,
      dueDate: '2027-03-31',
      criterionKeys: ['early-help-tools'],
    });
    expect(smart.every((h) => h.met)).toBe(true);
  });

  it('works out overdue from the date, never for done actions', () => {
    expect(isOverdue('open', '2026-01-01', '2026-06-01')).toBe(true);
    expect(isOverdue('in-progress', '2026-07-01', '2026-06-01')).toBe(false);
    expect(isOverdue('done', '2026-01-01', '2026-06-01')).toBe(false);
    expect(isOverdue('open', null, '2026-06-01')).toBe(false);
  });
});

describe('action plan', () => {
  it('creates, updates and carries open actions into the next event once', async () => {
    const { db, eventId, agency } = await auditReadyEvent();
    const police = agency('Police').id;
    const a = createRecommendation(db, eventId, { text: 'Record the child’s voice at every visit.', ownerAgencyId: police, dueDate: '2020-01-31', criterionKeys: ['child-focus'] });
    const b = createRecommendation(db, eventId, { text: 'Share chronologies at strategy meetings.', dueDate: '2099-01-31' });
    expect(a).toMatchObject({ status: 'open', overdue: true, ownerName: 'Police', criterionKeys: ['child-focus'] });
    expect(b.overdue).toBe(false);
    updateRecommendation(db, b.id, { status: 'done' });
    expect(() => createRecommendation(db, eventId, { text: 'x', dueDate: '31/01/2027' })).toThrow(/YYYY-MM-DD/);
    expect(() => createRecommendation(db, eventId, { text: 'x', criterionKeys: ['nope'] })).toThrow(/Not criteria/);

    const next = createEvent(db, { name: 'Re-audit', frameworkKey: 'neglect-what-works', agencies: ['Police'] }).id;
    expect(carryForward(db, { fromEventId: eventId, toEventId: next })).toEqual({ carried: 1 });
    expect(carryForward(db, { fromEventId: eventId, toEventId: next })).toEqual({ carried: 0 });
    const carried = listRecommendations(db, next);
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({ text: 'Record the child’s voice at every visit.', carriedFromId: a.id, carriedFromEvent: 'Test audit', criterionKeys: ['child-focus'], ownerName: 'Police' });
  });
});

describe('demo', () => {
  it('stamps its own changes without a user name, and then still refuses changes without one', async () => {
    const { tempCore } = await import('../helpers/core');
    const { createDemo } = await import('../../../core/demo/demo');
    const { listTrail } = await import('../../../core/trail/service');
    const { startAudit } = await import('../../../core/audits/service');
    const { listCases } = await import('../../../core/cases/service');
    const { getEvent } = await import('../../../core/events/service');
    const core = tempCore();
    const { id } = await createDemo(core.store);
    expect(listTrail(core.store.db, { eventId: id }).every((e) => e.actor === 'Demo facilitator')).toBe(true);
    const caseId = listCases(core.store.db, id)[0]!.id;
    expect(() => startAudit(core.store.db, { caseId, agencyId: getEvent(core.store.db, id).agencies[0]!.id, auditor: 'Someone' })).toThrow(/Enter your name in Settings/);
  }, 60_000);
});
