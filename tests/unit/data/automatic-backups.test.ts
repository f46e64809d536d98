// The automatic backups of a host that stays open (the desktop app, the browser UI): one a day
// while open (checked hourly), one on closing after a change and none after a session that changed
// nothing, all in the rotation. Real files; only the clock is moved.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../../core/app';
import { startAutomaticBackups } from '../../../core/data/automatic';
import { headlessHost } from '../../../core/headless-host';
import { listBackups } from '../../../db/rotation';
import { demoDatabase } from '../../support/data-fixtures';
import { testKey } from '../../support/test-key';
import { makeTempDir } from '../helpers/temp';

const HOUR = 60 * 60 * 1000;

afterEach(() => {
  vi.useRealTimers();
});

describe('automatic backups', () => {
  it('are made daily while open and on closing after a change, and not after a session that changed nothing', async () => {
    const demo = await demoDatabase(makeTempDir());
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let clock = new Date('2026-05-01T09:00:00Z');
    const problems: unknown[] = [];
    const automatic = startAutomaticBackups(demo.core, (e) => problems.push(e), () => clock);
    expect(listBackups(demo.path)).toEqual([]);

    // The first hourly check finds no backup: one is made.
    vi.advanceTimersByTime(HOUR);
    expect(listBackups(demo.path).map((b) => b.kind)).toEqual(['daily']);
    // Hours later the same day: the newest is not a day old yet.
    clock = new Date('2026-05-01T20:00:00Z');
    vi.advanceTimersByTime(HOUR * 3);
    expect(listBackups(demo.path)).toHaveLength(1);
    // A day after the first (file times are the real clock, so the first is dated back).
    clock = new Date(Date.now() + 25 * HOUR);
    vi.advanceTimersByTime(HOUR);
    expect(listBackups(demo.path).map((b) => b.kind)).toEqual(['daily', 'daily']);

    // Closing after this session's changes (the demo was made on this connection).
    automatic.beforeClose();
    demo.core.close();
    expect(listBackups(demo.path).map((b) => b.kind).toSorted()).toEqual(['closed', 'daily', 'daily']);

    // A session that only reads leaves no backup on closing.
    const reader = openCore({ databasePath: demo.path, key: testKey(), host: headlessHost('cli') });
    const quiet = startAutomaticBackups(reader, (e) => problems.push(e), () => new Date());
    await reader.dispatch('events.list', {});
    quiet.beforeClose();
    reader.close();
    expect(listBackups(demo.path)).toHaveLength(3);
    expect(problems).toEqual([]);
  });
});
