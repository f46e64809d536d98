// Packs and returns between separate installs (separate database files), through the contract:
// open, score, return, import, re-import, newer and older revisions, and conflicts both ways.
import { describe, expect, it } from 'vitest';
import { b64, auditorInstall, facilitatorInstall, failure, openPack, score, type PackFile } from './setup';

interface Preview {
  status: string;
  new: number;
  changed: number;
  unchanged: number;
  conflicts: { key: string; reason: string; differences: { label: string; mine: string; theirs: string }[] }[];
  message: string;
  audits: { key: string; change: string }[];
}
interface Exported {
  fileName: string;
  base64: string;
  revision: number;
}

describe('audit packs and returns', () => {
  it('a pack holds only its agency’s allocated cases; the return comes back with the auditor named and is idempotent', async () => {
    const f = await facilitatorInstall();
    const pack = await f.call<PackFile & { caseCount: number }>('packs.create', { eventId: f.eventId, agencyId: f.agency('Police') });
    expect(pack.caseCount).toBe(2);
    expect(pack.passphrase!.split('-')).toHaveLength(6);
    expect(b64(pack.base64).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect(b64(pack.base64).includes(Buffer.from('C-1'))).toBe(false);

    const a = auditorInstall();
    const local = await openPack(a, pack);
    const cases = await a.call<{ reference: string; dateOfBirth: string | null }[]>('cases.list', { eventId: local });
    expect(cases.map((c) => c.reference)).toEqual(['C-1', 'C-3']);
    expect(cases.every((c) => c.dateOfBirth === null)).toBe(true);
    const event = await a.call<{ agencies: { name: string }[]; classification: string }>('events.get', { id: local });
    expect(event.agencies.map((x) => x.name)).toEqual(['Police']);
    expect(await a.call('packs.local', { eventId: local })).toMatchObject({ agency: 'Police', auditor: 'Pat Police', deadline: '2026-03-20', revision: 0 });
    expect(await a.call('settings.get', {})).toEqual({ userName: 'Pat Police' });

    await score(a, local, 'C-1', 3, { submit: true });
    await score(a, local, 'C-3', 2);
    const r1 = await a.call<Exported>('returns.export', { eventId: local });
    expect(r1.revision).toBe(1);

    const input = { eventId: f.eventId, fileName: r1.fileName, data: r1.base64 };
    const preview = await f.call<Preview>('returns.preview', input);
    expect(preview).toMatchObject({ status: 'ready', new: 2, changed: 0, unchanged: 0, conflicts: [] });
    const applied = await f.call<Preview>('returns.apply', input);
    expect(applied.status).toBe('applied');
    const audits = await f.call<{ reference: string; auditor: string; status: string; agencyName: string }[]>('audits.list', { eventId: f.eventId });
    expect(audits.map((x) => [x.reference, x.agencyName, x.auditor, x.status])).toEqual([
      ['C-1', 'Police', 'Pat Police', 'submitted'],
      ['C-3', 'Police', 'Pat Police', 'in-progress'],
    ]);
    const trail = await f.call<{ actor: string; entity: string; note: string }[]>('trail.list', { eventId: f.eventId });
    const fromReturn = trail.filter((e) => e.note.includes(r1.fileName));
    expect(fromReturn.length).toBeGreaterThan(26);
    expect(new Set(fromReturn.map((e) => e.actor))).toEqual(new Set(['Pat Police']));
    const sha = (await import('node:crypto')).createHash('sha256').update(b64(r1.base64)).digest('hex');
    expect(fromReturn.every((e) => e.note.includes(`sha256 ${sha}`))).toBe(true);

    // The same file again changes nothing.
    const trailLength = trail.length;
    expect(await f.call<Preview>('returns.apply', input)).toMatchObject({ status: 'unchanged' });
    expect((await f.call<unknown[]>('trail.list', { eventId: f.eventId })).length).toBe(trailLength);

    // A newer revision replaces; an older one is stale.
    await score(a, local, 'C-3', 4);
    const r2 = await a.call<Exported>('returns.export', { eventId: local });
    const r3 = await a.call<Exported>('returns.export', { eventId: local });
    expect([r2.revision, r3.revision]).toEqual([2, 3]);
    const third = await f.call<Preview>('returns.apply', { eventId: f.eventId, fileName: r3.fileName, data: r3.base64 });
    expect(third).toMatchObject({ status: 'applied', changed: 1, unchanged: 1 });
    const stale = await f.call<Preview>('returns.apply', { eventId: f.eventId, fileName: r2.fileName, data: r2.base64 });
    expect(stale.status).toBe('stale');
    expect(stale.message).toMatch(/revision 2, but revision 3 from Police was already imported/);
    const c3 = (await f.call<{ id: number; reference: string }[]>('audits.list', { eventId: f.eventId })).find((x) => x.reference === 'C-3')!;
    const ws = await f.call<{ audit: { overallValue: number } }>('audits.workspace', { auditId: c3.id });
    expect(ws.audit.overallValue).toBe(4);
  });

  it('a conflict is shown side by side and nothing is overwritten until the user chooses; both choices hold', async () => {
    const f = await facilitatorInstall();
    const pack = await f.call<PackFile>('packs.create', { eventId: f.eventId, agencyId: f.agency('Health') });
    const a = auditorInstall();
    const local = await openPack(a, pack, pack.passphrase!, { auditor: 'Hana Health' });
    await score(a, local, 'C-1', 3);
    await score(a, local, 'C-2', 3);
    const r1 = await a.call<Exported>('returns.export', { eventId: local });
    await f.call('returns.apply', { eventId: f.eventId, fileName: r1.fileName, data: r1.base64 });

    // The facilitator corrects C-1 and C-2 here; the auditor changes both too.
    const mine = await f.call<{ id: number; reference: string }[]>('audits.list', { eventId: f.eventId });
    for (const x of mine) await f.call('audits.grade', { auditId: x.id, criterionKey: 'drift', value: 1, rationale: 'Facilitator: drift for months.' });
    await score(a, local, 'C-1', 4);
    await score(a, local, 'C-2', 4);
    const r2 = await a.call<Exported>('returns.export', { eventId: local });
    const input = { eventId: f.eventId, fileName: r2.fileName, data: r2.base64 };
    const preview = await f.call<Preview>('returns.preview', input);
    expect(preview.status).toBe('conflict');
    expect(preview.conflicts.map((c) => c.key)).toEqual(['C-1|hana health', 'C-2|hana health']);
    const drift = preview.conflicts[0]!.differences.find((d) => d.label === 'Timeliness and drift: grade')!;
    expect(drift).toEqual({ field: 'drift.grade', label: 'Timeliness and drift: grade', mine: 'Inadequate (1)', theirs: 'Outstanding (4)' });

    const refused = await f.call<Preview>('returns.apply', input);
    expect(refused.status).toBe('conflict');
    const grade = async (reference: string) => {
      const id = (await f.call<{ id: number; reference: string }[]>('audits.list', { eventId: f.eventId })).find((x) => x.reference === reference)!.id;
      return (await f.call<{ grades: Record<string, { value: number }> }>('audits.workspace', { auditId: id })).grades.drift!.value;
    };
    expect([await grade('C-1'), await grade('C-2')]).toEqual([1, 1]);

    const applied = await f.call<Preview>('returns.apply', { ...input, resolutions: { 'C-1|hana health': 'mine', 'C-2|hana health': 'theirs' } });
    expect(applied.status).toBe('applied');
    expect([await grade('C-1'), await grade('C-2')]).toEqual([1, 4]);

    // The auditor re-sends without touching C-1: the kept version is not overwritten.
    const r3 = await a.call<Exported>('returns.export', { eventId: local });
    const again = await f.call<Preview>('returns.preview', { eventId: f.eventId, fileName: r3.fileName, data: r3.base64 });
    expect(again.audits.map((x) => x.change)).toEqual(['unchanged', 'unchanged']);
  });

  it('a case signed off in moderation is a conflict', async () => {
    const f = await facilitatorInstall();
    const pack = await f.call<PackFile>('packs.create', { eventId: f.eventId, agencyId: f.agency('School') });
    const a = auditorInstall();
    const local = await openPack(a, pack, pack.passphrase!, { auditor: 'Sam School' });
    await score(a, local, 'C-4', 3);
    const caseId = (await f.call<{ id: number; reference: string }[]>('cases.list', { eventId: f.eventId })).find((c) => c.reference === 'C-4')!.id;
    const view = await f.call<{ criteria: { key: string }[] }>('moderation.get', { caseId });
    for (const c of view.criteria) await f.call('moderation.grade', { caseId, criterionKey: c.key, value: 3 });
    await f.call('moderation.overall', { caseId, value: 3 });
    await f.call('moderation.signOff', { caseId, name: 'Fran Facilitator', date: '2026-03-25' });
    const r1 = await a.call<Exported>('returns.export', { eventId: local });
    const preview = await f.call<Preview>('returns.preview', { eventId: f.eventId, fileName: r1.fileName, data: r1.base64 });
    expect(preview.conflicts.map((c) => c.reason)).toEqual(['C-4 has been signed off in moderation.']);
  });

  it('a re-issued pack opened again is refused with an offer to update; the update keeps local work', async () => {
    const f = await facilitatorInstall();
    const first = await f.call<PackFile>('packs.create', { eventId: f.eventId, agencyId: f.agency('Police') });
    const a = auditorInstall();
    const local = await openPack(a, first);
    await score(a, local, 'C-1', 2);
    expect(await failure(a.core, 'packs.open', { fileName: first.fileName, data: first.base64, passphrase: first.passphrase })).toMatch(/^\[PACK_ALREADY_OPEN\] This pack has already been opened on this install \(local event \d+\)\. Open it as an update/);
    const caseId = (await f.call<{ id: number; reference: string }[]>('cases.list', { eventId: f.eventId })).find((c) => c.reference === 'C-2')!.id;
    await f.call('allocation.change', { eventId: f.eventId, changes: [{ caseId, agencyId: f.agency('Police'), allocated: true }] });
    const second = await f.call<PackFile>('packs.create', { eventId: f.eventId, agencyId: f.agency('Police') });
    expect(await failure(a.core, 'packs.open', { fileName: second.fileName, data: second.base64, passphrase: second.passphrase })).toMatch(/An earlier pack for Police of this event has already been opened/);
    const updated = await a.call<{ eventId: number; updated: boolean; addedCases: number }>('packs.open', { fileName: second.fileName, data: second.base64, passphrase: second.passphrase, update: true });
    expect(updated).toMatchObject({ eventId: local, updated: true, addedCases: 1 });
    expect((await a.call<{ reference: string }[]>('cases.list', { eventId: local })).map((c) => c.reference)).toEqual(['C-1', 'C-2', 'C-3']);
    expect((await a.call<{ overallValue: number }[]>('audits.list', { eventId: local })).map((x) => x.overallValue)).toEqual([2]);
    // A return from the replaced pack is refused; one from the new pack is taken.
    const r = await a.call<Exported>('returns.export', { eventId: local });
    expect(await f.call<Preview>('returns.apply', { eventId: f.eventId, fileName: r.fileName, data: r.base64 })).toMatchObject({ status: 'applied', new: 1 });
  });
});
