// The autosave engine and a busy database: while another writer (the CLI importing returns) holds
// the write lock, a save refused with DATABASE_BUSY stays "saving" and is sent again, so the page
// never shows "Not saved" for a wait; any other refusal still fails at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../renderer/src/api/transport', () => ({ bridge: { call: async () => ({ ok: true, value: null }) } }));

const { Autosaver } = await import('../../../renderer/src/autosave/autosave');
const { ApiError } = await import('../../../renderer/src/api/client');

const busy = () => new ApiError({ code: 'DATABASE_BUSY', message: 'Scrutineer is busy with another task; try again.' });

describe('autosave while the database is busy', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps saving through busy refusals and lands the text without a failure', async () => {
    const saver = new Autosaver(0);
    const states: string[] = [];
    saver.subscribe(() => states.push(saver.getSnapshot().state));
    let attempts = 0;
    const stored: string[] = [];
    const run = async () => {
      attempts += 1;
      if (attempts <= 3) throw busy();
      stored.push('evidence');
    };
    saver.schedule('evidence', run, { delay: 0 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(attempts).toBe(4);
    expect(stored).toEqual(['evidence']);
    expect(states).not.toContain('failed');
    expect(saver.getSnapshot()).toMatchObject({ state: 'saved', error: null });
  });

  it('a grade choice met by a busy database is neither undone nor shown as refused', async () => {
    const saver = new Autosaver(0);
    const undo = vi.fn();
    let attempts = 0;
    saver.schedule('grade', async () => {
      attempts += 1;
      if (attempts === 1) throw busy();
    }, { delay: 0, undo });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(undo).not.toHaveBeenCalled();
    expect(attempts).toBe(2);
    expect(saver.getSnapshot().state).toBe('saved');
  });

  it('gives up after a minute of busy refusals and shows the failure', async () => {
    const saver = new Autosaver(0);
    saver.schedule('evidence', async () => { throw busy(); }, { delay: 0 });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(saver.getSnapshot().state).toBe('saving');
    await vi.advanceTimersByTimeAsync(31_000);
    expect(saver.getSnapshot()).toMatchObject({ state: 'failed', error: { code: 'DATABASE_BUSY' } });
    saver.dispose();
  });

  it('any other refusal fails at once', async () => {
    const saver = new Autosaver(0);
    saver.schedule('evidence', async () => { throw new ApiError({ code: 'USER_ERROR', message: 'too long' }); }, { delay: 0 });
    await vi.advanceTimersByTimeAsync(10);
    expect(saver.getSnapshot()).toMatchObject({ state: 'failed', error: { code: 'USER_ERROR' } });
    saver.dispose();
  });
});
