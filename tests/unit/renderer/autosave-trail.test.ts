// The trail records decisions, not keystrokes. 10,000 characters of evidence typed through the
// renderer's autosave engine into the real dispatcher (a save after each pause in typing) leave a
// handful of trail entries that chain from nothing to the whole text; a grade chosen with the
// arrow keys leaves one entry, the value that stayed; leaving the field closes its session.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAudit } from '../../../core/audits/service';
import { listTrail } from '../../../core/trail/service';
import { auditReadyEvent } from '../helpers/audit-setup';

vi.mock('../../../renderer/src/api/transport', () => ({ bridge: { call: async () => ({ ok: true, value: null }) } }));
const { Autosaver } = await import('../../../renderer/src/autosave/autosave');

const MINUTE = 60_000;

describe('editing sessions', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('10,000 characters typed into evidence make a handful of entries; arrow keys on the grade make one', async () => {
    const { core, db, eventId, cases, agency } = await auditReadyEvent();
    const { id: auditId } = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    const grade = async (patch: Record<string, unknown>) => {
      const result = await core.dispatch('audits.grade', { auditId, criterionKey: 'child-focus', ...patch });
      if (!result.ok) throw new Error(result.error.message);
    };
    const saver = new Autosaver(500);
    let saves = 0;

    // Typed at 5 characters a second, with a 2-second pause after every 100: 2,200 s in all.
    const sentence = 'Visit notes record the home conditions and what the child said. ';
    const full = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
    for (let i = 1; i <= full.length; i++) {
      const text = full.slice(0, i);
      saver.schedule('child-focus:evidence', async () => {
        saves++;
        await grade({ evidence: text });
      });
      await vi.advanceTimersByTimeAsync(i % 100 === 0 ? 2000 : 200);
    }
    await saver.settle();
    expect(saves).toBeGreaterThanOrEqual(100);

    // Arrow keys through the grades: each choice is saved at once.
    for (const value of [4, 3, 2]) {
      saver.schedule('child-focus:grade', () => grade({ value }), { delay: 0 });
      await vi.advanceTimersByTimeAsync(300);
    }
    await saver.settle();

    const trail = listTrail(db, { eventId }).filter((e) => e.entity === 'grade');
    const evidence = trail.filter((e) => e.field === 'evidence');
    // 2,200 s is 36.7 minutes: a session closes every 5 minutes, so 8 entries (at most a handful).
    expect(evidence.length).toBe(Math.ceil(2200 / 300));
    expect(evidence[0]!.oldValue).toBe('');
    expect(evidence.at(-1)!.newValue).toBe(full);
    for (let i = 1; i < evidence.length; i++) expect(evidence[i]!.oldValue).toBe(evidence[i - 1]!.newValue);
    // Nothing like 2 MB: every entry holds at most two copies of the text.
    expect(evidence.reduce((n, e) => n + (e.oldValue?.length ?? 0) + (e.newValue?.length ?? 0), 0)).toBeLessThan(2 * evidence.length * 10_000);

    expect(trail.filter((e) => e.field === 'grade').map((e) => [e.oldValue, e.newValue])).toEqual([['', 'Requires improvement (2)']]);
  }, 120_000);

  it('a session closes when its author changes another field, and a value typed and undone leaves nothing', async () => {
    const { core, db, eventId, cases, agency } = await auditReadyEvent();
    const { id: auditId } = startAudit(db, { caseId: cases[0]!.id, agencyId: agency('Police').id });
    const grade = async (criterionKey: string, patch: Record<string, unknown>) => {
      const result = await core.dispatch('audits.grade', { auditId, criterionKey, ...patch });
      if (!result.ok) throw new Error(result.error.message);
      vi.advanceTimersByTime(MINUTE);
    };
    await grade('child-focus', { rationale: 'Seen' });
    await grade('child-focus', { rationale: 'Seen weekly.' });
    await grade('drift', { rationale: 'Plans drifted.' }); // left the field: child-focus's rationale is decided
    await grade('child-focus', { rationale: 'Seen weekly, alone.' });
    await grade('drift', { evidence: 'x' });
    await grade('drift', { evidence: '' }); // typed and deleted
    await grade('child-focus', { evidence: 'Visit notes.' });

    const entries = listTrail(db, { eventId })
      .filter((e) => e.entity === 'grade')
      .map((e) => [e.note, e.field, e.oldValue, e.newValue]);
    expect(entries).toEqual([
      ['child-focus', 'rationale', '', 'Seen weekly.'],
      ['drift', 'rationale', '', 'Plans drifted.'],
      ['child-focus', 'rationale', 'Seen weekly.', 'Seen weekly, alone.'],
      ['child-focus', 'evidence', '', 'Visit notes.'],
    ]);
  }, 60_000);
});
