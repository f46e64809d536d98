// No text that leaves in a spreadsheet can run as a formula: for every leading character a
// spreadsheet treats as the start of one (=, +, -, @, tab, carriage return), in every CSV and XLSX
// export, the text cell gets an apostrophe in front. Read back with Python's csv module and
// openpyxl, not with the code that wrote them; numbers stay numbers.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReturns, importReturns } from '../../../core/audits/returns';
import { startAudit, updateGrade } from '../../../core/audits/service';
import { createRecommendation } from '../../../core/recommendations/service';
import { buildFiguresWorkbook } from '../../../core/report/xlsx';
import { escapeWorkbook } from '../../../core/export/cells';
import { listTrail, trailCsv } from '../../../core/trail/service';
import { itWith, python } from '../../support/clients';
import { auditReadyEvent } from '../helpers/audit-setup';
import { makeTempDir } from '../helpers/temp';

/** One text per dangerous leading character, each as a spreadsheet would otherwise run it. */
const hostile = ['=HYPERLINK("http://example.invalid","x")', '+1+cmd', "-2+3+cmd|' /C calc'!A0", '@SUM(1+1)', '\t=1+1', '\r=1+1'];
const criteria = ['child-focus', 'direct-work', 'early-help-tools', 'causes-not-symptoms', 'whole-family', 'drift'];

function readCsvWithPython(text: string): string[][] {
  const file = join(makeTempDir(), 'export.csv');
  writeFileSync(file, text);
  const script = 'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8") as f: print(json.dumps(list(csv.reader(f))))';
  const run = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as string[][];
}

async function gradedWithHostileEvidence() {
  const setup = await auditReadyEvent();
  const audit = startAudit(setup.db, { caseId: setup.cases[0]!.id, agencyId: setup.agency('Police').id, auditor: 'Auditor One' });
  hostile.forEach((evidence, i) => updateGrade(setup.db, { auditId: audit.id, criterionKey: criteria[i]!, value: 3, evidence }));
  return setup;
}

type ReadCell = { type: string; value: string | number | null; formula: boolean };

function readXlsxWithOpenpyxl(file: string): Record<string, ReadCell[][]> {
  const script = [
    'import json, sys, openpyxl',
    'book = openpyxl.load_workbook(sys.argv[1])',
    'out = {ws.title: [[{"type": type(c.value).__name__, "value": c.value if isinstance(c.value, (str, int, float)) else None, "formula": c.data_type == "f"} for c in row] for row in ws.iter_rows()] for ws in book.worksheets}',
    'print(json.dumps(out))',
  ].join('\n');
  const run = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, ReadCell[][]>;
}

describe('formula escaping in exports', () => {
  itWith('openpyxl')('escapeWorkbook prefixes text led by each of the six characters, tab and carriage return included, and leaves numbers alone', async () => {
    const { default: Excel } = await import('exceljs');
    const book = new Excel.Workbook();
    const sheet = book.addWorksheet('Cells');
    for (const text of hostile) sheet.addRow([text, -2, 3.5, 'plain']);
    escapeWorkbook(book);
    const file = join(makeTempDir(), 'cells.xlsx');
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    const rows = readXlsxWithOpenpyxl(file).Cells!;
    // XML reads a carriage return back as a line feed; the apostrophe is what matters.
    expect(rows.map((r) => r[0]!.value)).toEqual(hostile.map((text) => `'${text.replace('\r', '\n')}`));
    expect(rows.map((r) => [r[1]!.value, r[2]!.value, r[3]!.value])).toEqual(hostile.map(() => [-2, 3.5, 'plain']));
    expect(rows.map((r) => r[1]!.type)).toEqual(hostile.map(() => 'int'));
  });

  it('the returns CSV prefixes every hostile evidence text, and imports back to the original text', async () => {
    const setup = await gradedWithHostileEvidence();
    const rows = readCsvWithPython(exportReturns(setup.db, setup.eventId));
    expect(rows[0]).toEqual(['reference', 'agency', 'auditor', 'criterion', 'grade', 'evidence']);
    expect(rows.slice(1).map((r) => r[5])).toEqual(hostile.map((text) => `'${text}`));

    // Re-imported as another auditor's return, the apostrophes come off again.
    const csv = exportReturns(setup.db, setup.eventId).replaceAll('Auditor One', 'Auditor Two');
    const outcome = await importReturns(setup.db, { eventId: setup.eventId, fileName: 'again.csv', bytes: new TextEncoder().encode(csv) });
    expect(outcome.errors).toEqual([]);
    const grades = listTrail(setup.db, { eventId: setup.eventId }).filter((e) => e.entity === 'grade' && e.field === 'evidence');
    expect(grades.map((e) => e.newValue)).toEqual(hostile);
    const second = readCsvWithPython(exportReturns(setup.db, setup.eventId)).filter((r) => r[2] === 'Auditor Two');
    expect(second.map((r) => r[5])).toEqual(hostile.map((text) => `'${text}`));
  });

  it('the trail CSV prefixes every hostile text and leaves its numbers as numbers', async () => {
    const setup = await gradedWithHostileEvidence();
    const rows = readCsvWithPython(trailCsv(listTrail(setup.db, { eventId: setup.eventId })));
    const evidence = rows.filter((r) => r[6] === 'evidence');
    expect(evidence.map((r) => r[8])).toEqual(hostile.map((text) => `'${text}`));
    for (const row of rows.slice(1)) {
      expect(row[0]).toMatch(/^\d+$/);
      expect(row[5]).toMatch(/^\d*$/);
    }
  });

  itWith('openpyxl')('the figures workbook prefixes every hostile text on every sheet, and its figures stay numbers', async () => {
    const setup = await gradedWithHostileEvidence();
    for (const text of hostile) createRecommendation(setup.db, setup.eventId, { text, dueDate: '2026-09-30' });
    const file = join(makeTempDir(), 'figures.xlsx');
    writeFileSync(file, await buildFiguresWorkbook(setup.core.store, setup.eventId, { suppressSmallNumbers: false }));
    const sheets = readXlsxWithOpenpyxl(file);
    // Recommendations are trimmed when saved, so the tab and carriage return do not lead there.
    const actions = sheets['Action plan']!.slice(1).map((row) => row[0]!.value);
    expect(actions.toSorted()).toEqual(hostile.map((text) => `'${text.trim()}`).toSorted());
    for (const [title, rows] of Object.entries(sheets)) {
      for (const cell of rows.flat()) {
        expect(cell.formula, `${title}: ${String(cell.value)}`).toBe(false);
        if (cell.type === 'str') expect(String(cell.value), title).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    // The Criteria sheet's grade counts are numeric cells, not text.
    const firstCriterion = sheets.Criteria![1]!;
    expect(firstCriterion.slice(2, 6).map((c) => c.type)).toEqual(['int', 'int', 'int', 'int']);
  });
});
