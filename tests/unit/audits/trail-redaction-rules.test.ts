// Redacting from the trail, in process (trail-redaction.test.ts goes through the CLI): what is
// refused (and that nothing changes then), how many entries change, and the entry that records it.
import { describe, expect, it } from 'vitest';
import { startAudit, updateGrade } from '../../../core/audits/service';
import { updateSettings } from '../../../core/settings/service';
import { redactFromTrail } from '../../../core/trail/redaction';
import { listTrail } from '../../../core/trail/service';
import { auditReadyStore } from '../helpers/audit-ready-store';

/** An event whose trail holds `text` in the evidence of one audit and the rationale of another. */
async function trailWith(text: string) {
  const setup = await auditReadyStore();
  const { db, cases, agency } = setup;
  const police = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
  const health = startAudit(db, { caseId: cases[1]!.id, agencyId: agency('Health').id });
  updateGrade(db, { auditId: police.id, criterionKey: 'child-focus', evidence: `Seen with ${text} at home.` });
  updateGrade(db, { auditId: health.id, criterionKey: 'drift', rationale: `Plan for ${text} not reviewed.` });
  return setup;
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const e = error as { message: string; code: string };
    return [e.code, e.message];
  }
  throw new Error('not refused');
};

describe('redacting a text from the trail', () => {
  it('refuses a text under three characters, a missing reason, and a reason that quotes the text; the trail is unchanged', async () => {
    const { store, eventId } = await trailWith('Ab Fictional');
    const before = listTrail(store.db, { eventId });
    expect(refusal(() => redactFromTrail(store, { eventId, text: ' Ab ', reason: 'A name.' }))).toEqual(['INVALID_INPUT', 'Give the text to redact: at least 3 characters.']);
    expect(refusal(() => redactFromTrail(store, { eventId, text: 'Ab Fictional', reason: '   ' }))).toEqual([
      'INVALID_INPUT',
      'Give a reason for the redaction: it is kept in the trail.',
    ]);
    expect(refusal(() => redactFromTrail(store, { eventId, text: 'ab fictional', reason: 'Removes AB FICTIONAL.' }))).toEqual([
      'INVALID_INPUT',
      'The reason repeats the text being redacted: the trail keeps the reason, so describe it without quoting it.',
    ]);
    expect(refusal(() => redactFromTrail(store, { eventId, text: 'Nobody Here', reason: 'A name.' }))).toEqual([
      'NOT_FOUND',
      'No entry of this event’s trail contains that text. Nothing was redacted.',
    ]);
    expect(refusal(() => redactFromTrail(store, { eventId: eventId + 99, text: 'Ab Fictional', reason: 'A name.' }))).toEqual([
      'NOT_FOUND',
      `No event has the id ${eventId + 99}.`,
    ]);
    expect(listTrail(store.db, { eventId })).toEqual(before);
  });

  it('refuses without a user name in Settings', async () => {
    const { store, eventId } = await trailWith('Ab Fictional');
    updateSettings(store.db, { userName: '' });
    expect(refusal(() => redactFromTrail(store, { eventId, text: 'Ab Fictional', reason: 'A name.' }))[0]).toBe('NO_USER_NAME');
  });

  it('redacts a text of exactly three characters, counts the entries, and records who and why but not what', async () => {
    const { store, eventId } = await trailWith('Zed');
    expect(redactFromTrail(store, { eventId, text: ' zed ', reason: ' A child’s name. ' })).toEqual({ entries: 2 });
    const trail = listTrail(store.db, { eventId });
    expect(JSON.stringify(trail)).not.toMatch(/zed/i);
    expect(trail.filter((e) => e.newValue === '[redacted]').map((e) => e.field)).toEqual(['evidence', 'rationale']);
    expect(trail.at(-1)).toMatchObject({ entity: 'trail', field: 'redacted', oldValue: null, newValue: '2 entries', note: 'A child’s name.', actor: 'Fictional Facilitator', caseId: null });
  });

  it('says “1 entry” when one entry held the text', async () => {
    const { store, eventId } = await trailWith('Zed');
    expect(redactFromTrail(store, { eventId, text: 'Seen with', reason: 'Test.' })).toEqual({ entries: 1 });
    expect(listTrail(store.db, { eventId }).at(-1)).toMatchObject({ field: 'redacted', newValue: '1 entry' });
  });
});
