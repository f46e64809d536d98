// Whose name a change is stamped with: the Settings name, else the headless fallback (the CLI's),
// else a refusal; inside an audit, the name it is scored as, then its auditor; for an export
// record, a placeholder rather than a refusal. The fallback is module state: reset after each test.
import { afterEach, describe, expect, it } from 'vitest';
import { actorOrUnknown, auditActor, requireActor, setFallbackActor, withStandInActor } from '../../../core/audits/actor';
import { updateSettings } from '../../../core/settings/service';
import { tempStore } from '../helpers/store';

const noName = 'Enter your name in Settings first: every change to an audit is stamped with it.';

afterEach(() => setFallbackActor(null));

describe('requireActor', () => {
  it('refuses without a Settings name or a fallback, saying what to do', () => {
    const { db } = tempStore();
    expect(() => requireActor(db)).toThrow(noName);
    expect(() => requireActor(db)).toThrow(expect.objectContaining({ code: 'NO_USER_NAME' }));
    updateSettings(db, { userName: '   ' });
    expect(() => requireActor(db)).toThrow(noName);
  });

  it('takes the Settings name, trimmed, before the fallback', () => {
    const { db } = tempStore();
    setFallbackActor('Batch Runner');
    expect(requireActor(db)).toBe('Batch Runner');
    updateSettings(db, { userName: '  Dee Facilitator ' });
    expect(requireActor(db)).toBe('Dee Facilitator');
  });

  it('a fallback of spaces is no fallback; a fallback is trimmed', () => {
    const { db } = tempStore();
    setFallbackActor('   ');
    expect(() => requireActor(db)).toThrow(noName);
    setFallbackActor('  Batch Runner  ');
    expect(requireActor(db)).toBe('Batch Runner');
    setFallbackActor(null);
    expect(() => requireActor(db)).toThrow(noName);
  });
});

describe('auditActor', () => {
  it('the name scored as, then the auditor, then the Settings name', () => {
    const { db } = tempStore();
    updateSettings(db, { userName: 'Dee Facilitator' });
    expect(auditActor(db, { auditor: 'Pat Officer', scoringAs: ' Robin Deputy ' })).toBe('Robin Deputy');
    expect(auditActor(db, { auditor: ' Pat Officer ', scoringAs: null })).toBe('Pat Officer');
    expect(auditActor(db, { auditor: 'Pat Officer', scoringAs: '  ' })).toBe('Pat Officer');
    expect(auditActor(db, { auditor: '  ', scoringAs: null })).toBe('Dee Facilitator');
  });

  it('refuses when no name is anywhere', () => {
    const { db } = tempStore();
    expect(() => auditActor(db, { auditor: ' ', scoringAs: null })).toThrow(noName);
  });
});

describe('withStandInActor', () => {
  it('stands in only while it runs, and only when there is no fallback already', async () => {
    const { db } = tempStore();
    expect(await withStandInActor('Demo Builder', async () => requireActor(db))).toBe('Demo Builder');
    expect(() => requireActor(db)).toThrow(noName);
    setFallbackActor('Batch Runner');
    expect(await withStandInActor('Demo Builder', async () => requireActor(db))).toBe('Batch Runner');
    expect(requireActor(db)).toBe('Batch Runner');
  });

  it('restores the previous state when the work fails', async () => {
    const { db } = tempStore();
    await expect(withStandInActor('Demo Builder', async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(() => requireActor(db)).toThrow(noName);
  });
});

describe('actorOrUnknown', () => {
  it('the Settings name, else the fallback, else a placeholder that says why', () => {
    const { db } = tempStore();
    expect(actorOrUnknown(db)).toBe('unknown user (no name in Settings)');
    setFallbackActor('Batch Runner');
    expect(actorOrUnknown(db)).toBe('Batch Runner');
    updateSettings(db, { userName: ' Dee Facilitator ' });
    expect(actorOrUnknown(db)).toBe('Dee Facilitator');
  });
});
