// Files other programs read and write: a return decrypted with Debian's `age` using the exported
// identity, and an audit workbook filled with openpyxl and another copy saved by LibreOffice Calc,
// both read back through the same import.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { itWith, python, sofficePath } from '../../support/clients';
import { makeTempDir } from '../helpers/temp';
import { auditorInstall, b64, facilitatorInstall, openPack, score, type PackFile } from './setup';

interface Preview {
  status: string;
  new: number;
  message: string;
  audits: { reference: string; auditor: string; change: string }[];
}

describe('real clients', () => {
  itWith('age')('a return decrypts with `age -d -i` and the exported identity: the standard format', async () => {
    const f = await facilitatorInstall();
    const pack = await f.call<PackFile>('packs.create', { eventId: f.eventId, agencyId: f.agency('Police') });
    const a = auditorInstall();
    const local = await openPack(a, pack);
    await score(a, local, 'C-1', 3);
    const r = await a.call<{ base64: string }>('returns.export', { eventId: local });
    const dir = makeTempDir();
    const id = await f.call<{ text: string; recipient: string }>('identity.export', {});
    writeFileSync(join(dir, 'identity.txt'), id.text, { mode: 0o600 });
    writeFileSync(join(dir, 'r.scrutineer-return'), b64(r.base64));
    expect(execFileSync('age-keygen', ['-y', join(dir, 'identity.txt')], { encoding: 'utf8' }).trim()).toBe(id.recipient);
    const plain = JSON.parse(execFileSync('age', ['-d', '-i', join(dir, 'identity.txt'), join(dir, 'r.scrutineer-return')], { encoding: 'utf8' })) as { body: string; hmac: string };
    const body = JSON.parse(plain.body) as { format: string; revision: number; auditor: string; audits: { reference: string }[] };
    expect(body).toMatchObject({ format: 'scrutineer-return', revision: 1, auditor: 'Pat Police', audits: [{ reference: 'C-1' }] });
    // Another key cannot open it.
    const other = execFileSync('age-keygen', { encoding: 'utf8' });
    writeFileSync(join(dir, 'other.txt'), other);
    expect(() => execFileSync('age', ['-d', '-i', join(dir, 'other.txt'), join(dir, 'r.scrutineer-return')], { stdio: 'pipe' })).toThrow();
  });

  itWith('openpyxl', 'libreoffice')('a workbook filled with openpyxl, and a copy saved by LibreOffice Calc, both read back', async () => {
    const f = await facilitatorInstall();
    const made = await f.call<{ base64: string; rows: number }>('workbooks.create', { eventId: f.eventId, agencyId: f.agency('Health') });
    expect(made.rows).toBe(3 * 14);
    const dir = makeTempDir();
    const blank = join(dir, 'health.xlsx');
    writeFileSync(blank, b64(made.base64));
    const filled = join(dir, 'filled.xlsx');
    execFileSync(python, ['tests/support/fill_workbook.py', blank, filled]);
    const calcDir = join(dir, 'calc');
    copyFileSync(filled, join(dir, 'via-calc.xlsx'));
    execFileSync(sofficePath()!, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'xlsx', '--outdir', calcDir, join(dir, 'via-calc.xlsx')], { stdio: 'pipe', timeout: 120_000 });

    const preview = (file: string) => f.call<Preview>('returns.preview', { eventId: f.eventId, fileName: 'health.xlsx', data: readFileSync(file).toString('base64') });
    for (const file of [filled, join(calcDir, 'via-calc.xlsx')]) {
      const p = await preview(file);
      expect(p, p.message).toMatchObject({ status: 'ready', new: 3 });
      expect(p.audits.map((x) => [x.reference, x.auditor])).toEqual([
        ['C-1', 'Wynn Workbook'],
        ['C-2', 'Wynn Workbook'],
        ['C-3', 'Wynn Workbook'],
      ]);
    }
    const applied = await f.call<Preview>('returns.apply', { eventId: f.eventId, fileName: 'via-calc.xlsx', data: readFileSync(join(calcDir, 'via-calc.xlsx')).toString('base64') });
    expect(applied.status).toBe('applied');
    const audits = await f.call<{ id: number; reference: string; status: string; auditor: string }[]>('audits.list', { eventId: f.eventId });
    // Every row graded, reasons where needed, an overall judgement: complete, so submitted.
    expect(audits.map((x) => [x.reference, x.auditor, x.status])).toEqual([
      ['C-1', 'Wynn Workbook', 'submitted'],
      ['C-2', 'Wynn Workbook', 'submitted'],
      ['C-3', 'Wynn Workbook', 'submitted'],
    ]);
    const ws = await f.call<{ grades: Record<string, { value: number | null; notApplicable: boolean; notApplicableReason: string; rationale: string; evidence: string }> }>('audits.workspace', { auditId: audits[0]!.id });
    expect(ws.grades.drift).toMatchObject({ value: 2, rationale: 'Plan reviewed late twice.', evidence: 'Seen in the C-1 file: drift.' });
    expect(ws.grades['cultural-competence']).toMatchObject({ value: null, notApplicable: true, notApplicableReason: 'No cultural factors were recorded.' });
    expect(ws.grades['child-focus']).toMatchObject({ value: 3 });
    // The same workbook again changes nothing.
    expect((await preview(filled)).audits.every((x) => x.change === 'unchanged')).toBe(true);

    // A locked column edited: refused, the row named.
    const edited = join(dir, 'edited.xlsx');
    execFileSync(python, ['tests/support/fill_workbook.py', blank, edited, '--edit-row', '5']);
    const refused = await preview(edited);
    expect(refused).toMatchObject({ status: 'refused', message: 'health.xlsx: the locked reference or criterion columns were changed on row(s) 5 of the "Audit" sheet; nothing was imported.' });
  }, 180_000);

  itWith('openpyxl')('the workbook locks the reference and criterion columns, offers the scale as a list, and carries the marking', async () => {
    const f = await facilitatorInstall();
    const made = await f.call<{ base64: string }>('workbooks.create', { eventId: f.eventId, agencyId: f.agency('Police') });
    const dir = makeTempDir();
    writeFileSync(join(dir, 'w.xlsx'), b64(made.base64));
    const script = `
import json, sys, openpyxl
b = openpyxl.load_workbook(sys.argv[1])
s = b["Audit"]; i = b["Instructions"]
dv = [(str(d.sqref), d.type, d.formula1) for d in s.data_validations.dataValidation]
print(json.dumps({
  "sheets": [(w.title, w.sheet_state) for w in b.worksheets],
  "protected": s.protection.sheet, "password": s.protection.password,
  "lockedA2": s["A2"].protection.locked, "lockedB2": s["B2"].protection.locked, "lockedD2": s["D2"].protection.locked,
  "header": s.oddHeader.center.text, "footer": s.oddFooter.center.text,
  "validations": dv[:1], "scale": [i.cell(row=r, column=1).value for r in range(13, 18)],
  "firstRow": [c.value for c in s[2]][:3],
}))`;
    const out = JSON.parse(execFileSync(python, ['-c', script, join(dir, 'w.xlsx')], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(out.sheets).toEqual([
      ['Instructions', 'visible'],
      ['Audit', 'visible'],
      ['Scrutineer', 'veryHidden'],
    ]);
    expect(out).toMatchObject({ protected: true, password: null, lockedA2: true, lockedB2: true, lockedD2: false, header: 'OFFICIAL-SENSITIVE', footer: 'OFFICIAL-SENSITIVE' });
    expect(out.scale).toEqual(['Outstanding', 'Good', 'Requires improvement', 'Inadequate', 'Not applicable']);
    expect((out.validations as string[][])[0]!.slice(1)).toEqual(['list', 'Instructions!$A$13:$A$17']);
    expect(out.firstRow).toEqual(['C-1', 'child-focus', 'Relentless focus on the child; lived experience and voice']);
  });
});
