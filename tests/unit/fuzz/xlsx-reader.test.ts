// The XLSX reader, through the case import, against generated workbooks (fast-check): cells at any
// address (up to XFD1048576) with or without row numbers, every cell type, text escaped or raw in
// the XML, dimensions that tell the truth or lie, and bytes of the zip changed at random; plus the
// far-cell workbooks and zip bombs made at test time. Every workbook is imported or refused with a
// user error, and a refused one leaves the database exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCases } from '../../../core/cases/import-service';
import { farCellWithoutDimension, farCellWorkbook, lyingZipBomb, workbookWithSheet, zipBomb } from '../../fixtures/hostile/generate';
import { coreWithEvent } from '../helpers/core';
import { acceptedOrRefused, applyChanges, byteChanges, hostileText, propertyTimeoutMs, runsPerImporter, tally } from './fuzz-support';

function columnName(n: number): string {
  let name = '';
  for (let left = n; left > 0; left = Math.floor((left - 1) / 26)) name = String.fromCharCode(65 + ((left - 1) % 26)) + name;
  return name;
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cellText = fc.oneof(
  { arbitrary: fc.constantFrom('C-1', 'C-2', 'C-3', '01/01/2015', 'F', 'M', '42', 'Police'), weight: 3 },
  { arbitrary: hostileText, weight: 2 },
);

const cell = fc.record({
  column: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 4 }), weight: 8 }, { arbitrary: fc.integer({ min: 1, max: 16_384 }), weight: 1 }),
  type: fc.constantFrom('inlineStr', 'inlineStr', 'inlineStr', 's', 'n', 'b', 'str', 'e', 'd', ''),
  text: cellText,
  escaped: fc.oneof({ arbitrary: fc.constant(true), weight: 9 }, { arbitrary: fc.constant(false), weight: 1 }),
  address: fc.constantFrom('given', 'given', 'given', 'none'),
});

const sheet = fc.record({
  headers: fc.shuffledSubarray(['Child ID', 'DOB', 'Sex', 'Notes'], { minLength: 0 }),
  rows: fc.array(fc.record({ number: fc.oneof({ arbitrary: fc.integer({ min: 2, max: 40 }), weight: 8 }, { arbitrary: fc.integer({ min: 1, max: 1_048_576 }), weight: 1 }, { arbitrary: fc.constant(0), weight: 1 }), cells: fc.array(cell, { maxLength: 5 }) }), { maxLength: 8 }),
  dimension: fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, { arbitrary: fc.constantFrom('A1:D9', 'A1', 'A1:XFD1048576', 'Z', '', 'A1:B'), weight: 1 }),
  changes: byteChanges,
});

function cellXml(reference: string | null, type: string, text: string, escaped: boolean): string {
  const value = escaped ? xmlEscape(text) : text;
  const r = reference ? ` r="${reference}"` : '';
  if (type === 'inlineStr') return `<c${r} t="inlineStr"><is><t>${value}</t></is></c>`;
  return `<c${r}${type ? ` t="${type}"` : ''}><v>${value}</v></c>`;
}

type Sheet = typeof sheet extends fc.Arbitrary<infer S> ? S : never;

async function workbookOf(s: Sheet): Promise<Uint8Array> {
  const header = `<row r="1">${s.headers.map((h, i) => cellXml(`${columnName(i + 1)}1`, 'inlineStr', h, true)).join('')}</row>`;
  const rows = s.rows.map((row) => {
    const r = row.number === 0 ? '' : ` r="${row.number}"`;
    const cells = row.cells.map((c) => cellXml(c.address === 'none' || row.number === 0 ? null : `${columnName(c.column)}${row.number}`, c.type, c.text, c.escaped));
    return `<row${r}>${cells.join('')}</row>`;
  });
  const dimension = s.dimension ? `<dimension ref="${s.dimension}"/>` : '';
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension}<sheetData>${header}${rows.join('')}</sheetData></worksheet>`;
  return applyChanges(new Uint8Array(await workbookWithSheet(xml)), s.changes);
}

describe('XLSX reader, fuzzed', () => {
  it(`${runsPerImporter} generated workbooks: each imported or refused with a user error; a refusal changes nothing`, async () => {
    const { core, db, eventId } = coreWithEvent();
    const hostile = [await farCellWorkbook(), await farCellWithoutDimension(), await zipBomb(120 * 1024 * 1024), await lyingZipBomb(16 * 1024 * 1024)].map((b) => new Uint8Array(b));
    const verdicts = tally();
    type Input = { sheet: Sheet } | { bytes: Uint8Array };
    const workbooks: fc.Arbitrary<Input> = fc.oneof({ arbitrary: sheet.map((s) => ({ sheet: s })), weight: 50 }, { arbitrary: fc.constantFrom(...hostile).map((bytes) => ({ bytes })), weight: 1 });
    await fc.assert(
      fc.asyncProperty(workbooks, async (input) => {
        const bytes = 'bytes' in input ? input.bytes : await workbookOf(input.sheet);
        const verdict = await acceptedOrRefused(core.store.sqlite, () => importCases(db, { eventId, fileName: 'cases.xlsx', bytes }), (outcome) => outcome.refused);
        if ('bytes' in input) expect(verdict, 'a hostile workbook made at test time').toBe('refused');
        verdicts.add(verdict);
      }),
      { numRuns: runsPerImporter, examples: hostile.map((bytes) => [{ bytes }] as [Input]) },
    );
    expect(verdicts.counts.accepted).toBeGreaterThan(0);
    expect(verdicts.counts.refused).toBeGreaterThan(0);
  }, propertyTimeoutMs);
});
