// Recommendations and the action plan: SMART prompts, overdue from the date, carried forward.
import { describe, expect, it, vi } from 'vitest';
import { carryForward, createRecommendation, listRecommendations, updateRecommendation } from '../../../core/recommendations/service';
import { isOverdue, smartHints } from '../../../model/smart';
import { createEvent } from '../../../core/events/service';
import { auditReadyStore } from '../helpers/audit-ready-store';

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

  it('is not overdue on its due date, only from the day after', () => {
    expect(isOverdue('open', '2026-06-01', '2026-06-01')).toBe(false);
    expect(isOverdue('in-progress', '2026-06-01', '2026-06-01')).toBe(false);
    expect(isOverdue('open', '2026-05-31', '2026-06-01')).toBe(true);
    expect(isOverdue('in-progress', '2026-05-31', '2026-06-01')).toBe(true);
    expect(isOverdue('open', '2026-06-02', '2026-06-01')).toBe(false);
    // Across a month and a year end: the dates compare as dates.
    expect(isOverdue('open', '2025-12-31', '2026-01-01')).toBe(true);
    expect(isOverdue('open', '2026-01-31', '2026-02-01')).toBe(true);
  });
});

describe('overdue in the action plan, from today’s date', () => {
  it('an action due today is not overdue; one due yesterday is', async () => {
    const { db, eventId } = await auditReadyStore();
    const dueToday = createRecommendation(db, eventId, { text: 'Due today.', dueDate: '2026-06-01' });
    const dueYesterday = createRecommendation(db, eventId, { text: 'Due yesterday.', dueDate: '2026-05-31' });
    const overdue = (on?: string) => Object.fromEntries(listRecommendations(db, eventId, on).map((r) => [r.text, r.overdue]));
    expect(overdue('2026-06-01')).toEqual({ 'Due today.': false, 'Due yesterday.': true });
    expect(overdue('2026-05-31')).toEqual({ 'Due today.': false, 'Due yesterday.': false });
    expect(overdue('2026-06-02')).toEqual({ 'Due today.': true, 'Due yesterday.': true });
    // Without a date given, "today" is the user's calendar day: late evening in London in summer
    // is still that day, though UTC has moved on, and just after midnight it is the next day.
    const tz = process.env.TZ;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      process.env.TZ = 'Europe/London';
      vi.setSystemTime(new Date('2026-06-01T22:30:00Z')); // 23:30 BST on 1 June
      expect(overdue()).toEqual({ 'Due today.': false, 'Due yesterday.': true });
      vi.setSystemTime(new Date('2026-05-31T23:30:00Z')); // 00:30 BST on 1 June
      expect(overdue()).toEqual({ 'Due today.': false, 'Due yesterday.': true });
      expect(listRecommendations(db, eventId).find((r) => r.id === dueToday.id)!.overdue).toBe(false);
      expect(listRecommendations(db, eventId).find((r) => r.id === dueYesterday.id)!.overdue).toBe(true);
    } finally {
      vi.useRealTimers();
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('action plan', () => {
  it('creates, updates and carries open actions into the next event once', async () => {
    const { db, eventId, agency } = await auditReadyStore();
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
