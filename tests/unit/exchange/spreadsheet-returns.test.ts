// Older spreadsheet returns (reference, agency, auditor, criterion, grade, evidence) on the same
// import path: previewed per audit, applied, and a second import of the same file is a no-op.
import { describe, expect, it } from 'vitest';
import { facilitatorInstall } from './setup';

interface Preview {
  kind: string;
  status: string;
  new: number;
  changed: number;
  unchanged: number;
  message: string;
  audits: { reference: string; auditor: string; change: string }[];
}

const csv = (rows: string[]) => Buffer.from(['reference,agency,auditor,criterion,grade,evidence', ...rows].join('\n')).toString('base64');

describe('spreadsheet returns on the import screen', () => {
  it('previews new, changed and unchanged audits, applies, and is idempotent; a bad row refuses the file', async () => {
    const f = await facilitatorInstall();
    const first = csv(['C-1,Police,Pat Police,child-focus,Good,Seen', 'C-3,Police,Pat Police,drift,2,Late']);
    const input = { eventId: f.eventId, fileName: 'returns.csv', data: first };
    expect(await f.call<Preview>('returns.preview', input)).toMatchObject({ kind: 'spreadsheet', status: 'ready', new: 2, changed: 0, unchanged: 0 });
    expect((await f.call<Preview>('returns.apply', input)).status).toBe('applied');
    expect(await f.call<Preview>('returns.apply', input)).toMatchObject({ status: 'unchanged', unchanged: 2 });
    const second = await f.call<Preview>('returns.preview', { ...input, data: csv(['C-1,Police,Pat Police,child-focus,Good,Seen', 'C-3,Police,Pat Police,drift,Good,Late']) });
    expect(second.audits.map((a) => [a.reference, a.change])).toEqual([
      ['C-1', 'unchanged'],
      ['C-3', 'changed'],
    ]);
    const bad = await f.call<Preview>('returns.preview', { ...input, data: csv(['C-9,Police,Pat Police,child-focus,Good,Seen']) });
    expect(bad).toMatchObject({ status: 'refused', message: 'returns.csv: nothing imported, 1 row(s) are invalid: row 1, reference: No case with the reference "C-9" is in this event.' });
  });
});
