// Every bad file is refused with one clear line and changes nothing: a wrong passphrase, a byte
// changed, a truncated file, another event's return, a forged HMAC, a stale revision, a file that
// is not a pack or return, a pack opened twice, and the facilitator opening their own pack.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encryptToRecipient, hmacHex } from '../../../core/exchange/crypto';
import { auditorInstall, b64, facilitatorInstall, failure, openPack, score, type Install, type PackFile } from './setup';

interface Preview {
  status: string;
  message: string;
}
interface Exported {
  fileName: string;
  base64: string;
}

function flipByte(base64: string, at: number): string {
  const bytes = b64(base64);
  bytes[at] = bytes[at]! ^ 0x01;
  return bytes.toString('base64');
}

/** Rows in every table that an import could touch: equal counts before and after = nothing changed. */
function footprint(install: Install | { core: Install['core'] }) {
  const db = install.core.store.sqlite;
  return ['events', 'cases', 'audits', 'grades', 'trail', 'packs', 'pack_baselines', 'imported_returns', 'opened_packs', 'settings'].map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
}

async function withReturn() {
  const f = await facilitatorInstall();
  const pack = await f.call<PackFile>('packs.create', { eventId: f.eventId, agencyId: f.agency('Police') });
  const a = auditorInstall();
  const local = await openPack(a, pack);
  await score(a, local, 'C-1', 3);
  const r1 = await a.call<Exported>('returns.export', { eventId: local });
  return { f, a, pack, local, r1 };
}

describe('bad exchange files', () => {
  it('pack: wrong passphrase, one byte changed, truncated, not a pack at all', async () => {
    const f = await facilitatorInstall();
    const pack = await f.call<PackFile>('packs.create', { eventId: f.eventId, agencyId: f.agency('Police') });
    const a = auditorInstall();
    const before = footprint(a);
    const open = (data: string, passphrase = pack.passphrase) => failure(a.core, 'packs.open', { fileName: 'police.scrutineer-pack', data, passphrase });
    expect(await open(pack.base64, 'not-the-right-words-at-all')).toBe('[WRONG_PASSPHRASE] The passphrase does not open police.scrutineer-pack: check it with the person who sent the pack.');
    const size = b64(pack.base64).length;
    for (const at of [60, size - 20]) expect(await open(flipByte(pack.base64, at))).toMatch(/^\[(DAMAGED_FILE|WRONG_PASSPHRASE)\] /);
    expect(await open(flipByte(pack.base64, size - 20))).toBe('[DAMAGED_FILE] police.scrutineer-pack is damaged or was changed after it was made (it failed its integrity check); ask for it to be sent again.');
    expect(await open(b64(pack.base64).subarray(0, size - 40).toString('base64'))).toMatch(/^\[DAMAGED_FILE\] /);
    expect(await open(Buffer.from('reference,agency\nC-1,Police\n').toString('base64'))).toBe('[NOT_EXCHANGE_FILE] police.scrutineer-pack is not a Scrutineer audit pack.');
    expect(footprint(a)).toEqual(before);
  });

  it('pack: opened on the install that made it', async () => {
    const f = await facilitatorInstall();
    const pack = await f.call<PackFile>('packs.create', { eventId: f.eventId, agencyId: f.agency('Police') });
    expect(await failure(f.core, 'packs.open', { fileName: 'p', data: pack.base64, passphrase: pack.passphrase })).toMatch(/^\[OWN_PACK\] /);
  });

  it('return: byte changed, truncated, not a return, another event, forged HMAC, stale — each refused, nothing changed', async () => {
    const { f, a, local, r1, pack } = await withReturn();
    const other = await f.call<{ id: number }>('events.create', { name: 'Another audit', frameworkKey: 'neglect-what-works', agencies: ['Police'] });
    const before = footprint(f);
    const apply = async (data: string, fileName = 'r.scrutineer-return') => f.call<Preview>('returns.apply', { eventId: f.eventId, fileName, data });
    const size = b64(r1.base64).length;
    expect(await apply(flipByte(r1.base64, size - 30))).toMatchObject({ status: 'refused', message: 'r.scrutineer-return is damaged or was changed after it was made (it failed its integrity check); ask for it to be sent again.' });
    expect((await apply(flipByte(r1.base64, 40))).status).toBe('refused');
    expect((await apply(b64(r1.base64).subarray(0, size - 50).toString('base64'))).message).toMatch(/is damaged/);
    expect((await apply(randomBytes(400).toString('base64'))).message).toBe('r.scrutineer-return is not a Scrutineer return or audit workbook.');
    expect((await apply(pack.base64)).message).toMatch(/not made for this install|not a Scrutineer/);

    // Another event on the same install: the return names its own event.
    const elsewhere = await f.call<Preview>('returns.apply', { eventId: other.id, fileName: 'r.scrutineer-return', data: r1.base64 });
    expect(elsewhere).toMatchObject({ status: 'refused', message: 'r.scrutineer-return is a return for another event ("Neglect MACFA spring"), not this one.' });

    // A return made without the pack's secret: right recipient, right pack id, wrong HMAC.
    const { body } = JSON.parse(Buffer.from(await decryptForTest(f, r1.base64)).toString()) as { body: string };
    const forged = JSON.stringify({ body, hmac: hmacHex(randomBytes(32).toString('hex'), body) });
    const recipient = (await f.call<{ recipient: string }>('identity.get', {})).recipient;
    const forgedFile = Buffer.from(await encryptToRecipient(new TextEncoder().encode(forged), recipient)).toString('base64');
    expect((await apply(forgedFile)).message).toBe('r.scrutineer-return does not carry a valid signature (HMAC) for its pack: it was not made by someone who opened that pack.');
    expect(footprint(f)).toEqual(before);

    // Stale: revision 2 is imported, then revision 1 arrives.
    await score(a, local, 'C-3', 3);
    const r2 = await a.call<Exported>('returns.export', { eventId: local });
    expect((await apply(r2.base64, r2.fileName)).status).toBe('applied');
    const after = footprint(f);
    expect(await apply(r1.base64, r1.fileName)).toMatchObject({ status: 'stale' });
    expect(footprint(f)).toEqual(after);
  });

  it('return: for another facilitator’s install', async () => {
    const { r1 } = await withReturn();
    const other = await facilitatorInstall('Other Facilitator');
    await other.call('packs.create', { eventId: other.eventId, agencyId: other.agency('Police') });
    const result = await other.call<Preview>('returns.apply', { eventId: other.eventId, fileName: 'r.scrutineer-return', data: r1.base64 });
    expect(result).toMatchObject({ status: 'refused', message: 'r.scrutineer-return was not made for this install: it is encrypted for another facilitator’s key, or it is a pack, not a return.' });
  });
});

async function decryptForTest(f: { core: Install['core'] }, base64: string): Promise<Uint8Array> {
  const { decrypt } = await import('../../../core/exchange/crypto');
  const secretKey = (f.core.store.sqlite.prepare('SELECT secret_key AS k FROM identities').get() as { k: string }).k;
  const result = await decrypt(b64(base64), { identity: secretKey });
  if (!result.ok) throw new Error(result.why);
  return result.plain;
}
