// Every kind of change keeps its old and its new value in the audit trail, not only first writes:
// an agency's grade, N/A and its reason, rationale and evidence; the audit's overall judgement and
// narrative; the agreed grade, its rationale and the agreed overall at moderation. The trail CSV
// carries the same pairs. Each change here is its own editing session (6 minutes apart), so each
// is a decision of its own (tests/unit/renderer/autosave-trail.test.ts covers coalescing).
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAudit, updateAudit, updateGrade } from '../../../core/audits/service';
import { setModeratedGrade, setModeratedOverall } from '../../../core/moderation/service';
import type { TrailEntry } from '../../../core/contract/types';
import { listTrail, trailCsv } from '../../../core/trail/service';
import { auditReadyStore } from '../helpers/audit-ready-store';

type Change = [entity: string, field: string, oldValue: string | null, newValue: string | null, note: string];
const changes = (entries: ReturnType<typeof listTrail>, entity: string): Change[] =>
  entries.filter((e) => e.entity === entity).map((e) => [e.entity, e.field, e.oldValue, e.newValue, e.note]);

/** The next change comes in a new editing session. */
const later = () => vi.advanceTimersByTime(6 * 60_000);

describe('the trail keeps old and new values', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('for an agency’s grade, N/A reason, rationale and evidence when they change', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const { id: auditId } = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    const grade = (patch: Omit<Parameters<typeof updateGrade>[1], 'auditId' | 'criterionKey'>) => {
      updateGrade(db, { auditId, criterionKey: 'child-focus', ...patch });
      later();
    };
    grade({ value: 3, rationale: 'Seen weekly.', evidence: 'Visit notes, January.' });
    grade({ value: 2, rationale: 'Seen, not alone.', evidence: 'Visit notes, January and March.' });
    grade({ notApplicable: true, notApplicableReason: 'Closed before the window.' });
    grade({ notApplicableReason: 'Closed in December, before the review window.' });
    grade({ value: 4 });
    grade({ rationale: '', evidence: '' });

    expect(changes(listTrail(db, { eventId }), 'grade')).toEqual<Change[]>([
      ['grade', 'grade', '', 'Good (3)', 'child-focus'],
      ['grade', 'rationale', '', 'Seen weekly.', 'child-focus'],
      ['grade', 'evidence', '', 'Visit notes, January.', 'child-focus'],
      ['grade', 'grade', 'Good (3)', 'Requires improvement (2)', 'child-focus'],
      ['grade', 'rationale', 'Seen weekly.', 'Seen, not alone.', 'child-focus'],
      ['grade', 'evidence', 'Visit notes, January.', 'Visit notes, January and March.', 'child-focus'],
      ['grade', 'grade', 'Requires improvement (2)', 'Not applicable', 'child-focus'],
      ['grade', 'notApplicableReason', '', 'Closed before the window.', 'child-focus'],
      ['grade', 'notApplicableReason', 'Closed before the window.', 'Closed in December, before the review window.', 'child-focus'],
      ['grade', 'grade', 'Not applicable', 'Outstanding (4)', 'child-focus'],
      ['grade', 'rationale', 'Seen, not alone.', '', 'child-focus'],
      ['grade', 'evidence', 'Visit notes, January and March.', '', 'child-focus'],
    ]);
  });

  it('for the overall judgement and the narrative boxes of an audit', async () => {
    const { db, eventId, cases, agency } = await auditReadyStore();
    const { id: auditId } = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Health').id });
    updateAudit(db, { auditId, overallValue: 3, overallRationale: 'Mostly timely.', strengths: 'Health visitor knew the family.' });
    later();
    updateAudit(db, { auditId, overallValue: 1, overallRationale: 'Drift for months.', strengths: 'Health visitor knew the family well.' });
    later();
    updateAudit(db, { auditId, overallValue: null });
    later();

    expect(changes(listTrail(db, { eventId }), 'audit').filter(([, field]) => field !== 'created' && field !== 'status')).toEqual<Change[]>([
      ['audit', 'overallValue', '', 'Good (3)', ''],
      ['audit', 'overallRationale', '', 'Mostly timely.', ''],
      ['audit', 'strengths', '', 'Health visitor knew the family.', ''],
      ['audit', 'overallValue', 'Good (3)', 'Inadequate (1)', ''],
      ['audit', 'overallRationale', 'Mostly timely.', 'Drift for months.', ''],
      ['audit', 'strengths', 'Health visitor knew the family.', 'Health visitor knew the family well.', ''],
      ['audit', 'overallValue', 'Inadequate (1)', '', ''],
    ]);
  });

  it('for the agreed grade, its rationale and the agreed overall at moderation', async () => {
    const { db, eventId, cases } = await auditReadyStore();
    const caseId = cases[1]!.id;
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 2, rationale: 'Plan reviewed late.' });
    later();
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 3, rationale: 'Reviews were on time once the plan was made.' });
    later();
    setModeratedGrade(db, { caseId, criterionKey: 'drift', notApplicable: true });
    later();
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 1, rationale: '' });
    later();
    setModeratedOverall(db, { caseId, value: 2, rationale: 'Requires improvement.' });
    later();
    setModeratedOverall(db, { caseId, value: 3, rationale: 'Good once the panel saw the health record.' });
    later();

    const trail = listTrail(db, { eventId, caseId });
    expect(changes(trail, 'moderated-grade')).toEqual<Change[]>([
      ['moderated-grade', 'agreed grade', '', 'Requires improvement (2)', 'drift'],
      ['moderated-grade', 'rationale', '', 'Plan reviewed late.', 'drift'],
      ['moderated-grade', 'agreed grade', 'Requires improvement (2)', 'Good (3)', 'drift'],
      ['moderated-grade', 'rationale', 'Plan reviewed late.', 'Reviews were on time once the plan was made.', 'drift'],
      ['moderated-grade', 'agreed grade', 'Good (3)', 'Not applicable', 'drift'],
      ['moderated-grade', 'agreed grade', 'Not applicable', 'Inadequate (1)', 'drift'],
      ['moderated-grade', 'rationale', 'Reviews were on time once the plan was made.', '', 'drift'],
    ]);
    expect(changes(trail, 'moderation')).toEqual<Change[]>([
      ['moderation', 'agreed overall', '', 'Requires improvement (2)', ''],
      ['moderation', 'overall rationale', '', 'Requires improvement.', ''],
      ['moderation', 'agreed overall', 'Requires improvement (2)', 'Good (3)', ''],
      ['moderation', 'overall rationale', 'Requires improvement.', 'Good once the panel saw the health record.', ''],
    ]);
  });

  it('in the trail CSV, column by column', async () => {
    // The export goes through the dispatcher, so this test opens the whole core (loaded only here).
    const { auditReadyEvent } = await import('../helpers/audit-setup');
    const { core, db, eventId, cases } = await auditReadyEvent();
    setModeratedGrade(db, { caseId: cases[0]!.id, criterionKey: 'child-focus', value: 2, rationale: 'First view.' });
    later();
    setModeratedGrade(db, { caseId: cases[0]!.id, criterionKey: 'child-focus', value: 4, rationale: 'Second view, after the school report.' });
    later();
    const result = await core.dispatch('trail.exportCsv', { eventId });
    if (!result.ok) throw new Error(result.error.message);
    const { text } = result.value as { text: string };
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.entity, r.field, r.old_value, r.new_value, r.note, r.actor, r.case_id])).toEqual([
      ['moderated-grade', 'agreed grade', '', 'Requires improvement (2)', 'child-focus', 'Fictional Facilitator', String(cases[0]!.id)],
      ['moderated-grade', 'rationale', '', 'First view.', 'child-focus', 'Fictional Facilitator', String(cases[0]!.id)],
      ['moderated-grade', 'agreed grade', 'Requires improvement (2)', 'Outstanding (4)', 'child-focus', 'Fictional Facilitator', String(cases[0]!.id)],
      ['moderated-grade', 'rationale', 'First view.', 'Second view, after the school report.', 'child-focus', 'Fictional Facilitator', String(cases[0]!.id)],
    ]);
  });
});

describe('the trail CSV', () => {
  const entry = (over: Partial<TrailEntry>): TrailEntry => ({ id: 1, eventId: 1, caseId: 7, at: '2026-03-02T10:00:00.000Z', actor: 'Fictional Facilitator', entity: 'grade', entityId: 9, field: 'grade', oldValue: 'Good (3)', newValue: 'Inadequate (1)', note: 'drift', ...over });

  it('writes a header and one CRLF-ended row per entry, with empty cells for what is not set', () => {
    const text = trailCsv([
      entry({}),
      entry({ id: 2, caseId: null, entityId: null, entity: 'event', field: 'created', oldValue: null, newValue: null, note: '' }),
    ]);
    expect(text.split('\r\n')).toEqual([
      'id,at,actor,case_id,entity,entity_id,field,old_value,new_value,note',
      '1,2026-03-02T10:00:00.000Z,Fictional Facilitator,7,grade,9,grade,Good (3),Inadequate (1),drift',
      '2,2026-03-02T10:00:00.000Z,Fictional Facilitator,,event,,created,,,',
    ]);
  });

  it('is refused for an event that does not exist', async () => {
    const { db, eventId } = await auditReadyStore();
    expect(() => listTrail(db, { eventId: eventId + 100 })).toThrow(/event/i);
  });

  it('lists one case’s entries, or the whole event’s', async () => {
    const { db, eventId, cases } = await auditReadyStore();
    setModeratedGrade(db, { caseId: cases[0]!.id, criterionKey: 'drift', value: 2 });
    setModeratedGrade(db, { caseId: cases[1]!.id, criterionKey: 'drift', value: 3 });
    expect(listTrail(db, { eventId, caseId: cases[1]!.id }).map((e) => [e.caseId, e.newValue])).toEqual([[cases[1]!.id, 'Good (3)']]);
    expect(listTrail(db, { eventId }).map((e) => e.caseId)).toEqual([cases[0]!.id, cases[1]!.id]);
  });
});
