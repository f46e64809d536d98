// A workbook is an export like any other: text that a spreadsheet would run as a formula gets an
// apostrophe, and reading the workbook back takes it off again.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditorInstall, b64 } from './setup';

describe('audit workbook cells', () => {
  it('escapes a formula-like case reference on the way out and reads it back as it was', async () => {
    const f = auditorInstall();
    await f.call('settings.update', { userName: 'Fran Facilitator' });
    const { id: eventId } = await f.call<{ id: number }>('events.create', { name: 'Escapes', frameworkKey: 'neglect-what-works', agencies: ['Police'] });
    await f.call('cases.import', { eventId, fileName: 'c.csv', data: Buffer.from('Child ID\n-77\nC-2\n').toString('base64') });
    const agencyId = (await f.call<{ agencies: { id: number }[] }>('events.get', { id: eventId })).agencies[0]!.id;
    const made = await f.call<{ base64: string }>('workbooks.create', { eventId, agencyId });
    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    await book.xlsx.load(b64(made.base64) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Audit')!;
    expect(sheet.getCell('A2').value).toBe("'-77");
    book.getWorksheet('Instructions')!.getCell('B6').value = 'Wynn Workbook';
    sheet.getCell('D2').value = 'Good';
    const filled = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const preview = await f.call<{ status: string; audits: { reference: string; change: string }[] }>('returns.preview', { eventId, fileName: 'w.xlsx', data: filled });
    expect(preview.status).toBe('ready');
    expect(preview.audits).toMatchObject([{ reference: '-77', change: 'new' }]);
  });
});
