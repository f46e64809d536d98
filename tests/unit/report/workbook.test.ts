// The figures workbook as a spreadsheet user gets it, read back with openpyxl: a cover sheet with
// the marking and notes, the marking in every sheet's printed header and footer, dates as dates,
// numbers as numbers with formats, criterion titles, rounded means, frozen headers and filters.
// Expected figures come from raw SQL over the grades, not from the summary code; LibreOffice Calc
// opens it and prints every sheet with its marking.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createDemo } from '../../../core/demo/demo';
import { frameworkForEvent } from '../../../core/audits/event-framework';
import { createRecommendation } from '../../../core/recommendations/service';
import { buildFiguresWorkbook } from '../../../core/report/xlsx';
import { updateSettings } from '../../../core/settings/service';
import { tempCore } from '../helpers/core';
import { itWith, python, sofficePath } from '../../support/clients';

const withOpenpyxl = itWith('openpyxl');
const withLibreOffice = itWith('libreoffice');

interface Cell { value: string | number | null; type: string; format: string; wrap: boolean }
interface Sheet { name: string; header: string | null; footer: string | null; frozen: string | null; filter: string | null; widths: Record<string, number>; rows: Cell[][] }

let dir = '';
let file = '';
let titles: string[] = [];
let keys: string[] = [];
/** Per criterion title: % good or better and mean over every scored grade, from raw SQL. */
let expected = new Map<string, { share: number; mean: number }>();
const marking = 'OFFICIAL-SENSITIVE';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scrutineer-workbook-'));
  const core = tempCore(join(dir, 'demo.db'));
  updateSettings(core.store.db, { userName: 'Fictional QA Officer' });
  const { id } = await createDemo(core.store);
  createRecommendation(core.store.db, id, { text: 'Audit drift again in six months.', criterionKeys: ['drift', 'child-focus'], dueDate: '2026-09-30' });
  const framework = frameworkForEvent(core.store.db, id);
  titles = framework.criteria.map((c) => c.title);
  keys = framework.criteria.map((c) => c.key);
  const rows = core.store.sqlite
    .prepare(
      `SELECT g.criterion_key, avg(g.value >= 3), avg(g.value) FROM grades g JOIN audits a ON a.id = g.audit_id
       WHERE a.event_id = ? AND a.status <> 'not-started' AND g.not_applicable = 0 AND g.value IS NOT NULL GROUP BY 1`,
    )
    .raw()
    .all(id) as [string, number, number][];
  expected = new Map(rows.map(([key, share, mean]) => [framework.criterionByKey.get(key)!.title, { share, mean }]));
  file = join(dir, 'figures.xlsx');
  writeFileSync(file, await buildFiguresWorkbook(core.store, id));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = () => JSON.parse(execFileSync(python, ['tests/support/read_xlsx_format.py', file], { encoding: 'utf8', maxBuffer: 50_000_000 })) as { properties: Record<string, string>; sheets: Sheet[] };
const values = (sheet: Sheet) => sheet.rows.map((r) => r.map((c) => c.value));

describe('the figures workbook read back with openpyxl', () => {
  withOpenpyxl('opens on a cover sheet with the marking, what each sheet holds, the counting rules and the suppression rule', () => {
    const { sheets, properties } = read();
    expect(sheets.map((s) => s.name)).toEqual(['About', 'Criteria', 'Moderated', 'By agency', 'By group', 'Action plan']);
    const cover = values(sheets[0]!);
    expect(cover[0]![0]).toBe(marking);
    const text = cover.flat().join('\n');
    for (const name of ['Criteria', 'Moderated', 'By agency', 'By group', 'Action plan']) expect(cover.some((r) => r[0] === name && String(r[1]).length > 20), name).toBe(true);
    expect(text).toContain('How the figures are counted');
    expect(text).toMatch(/% good or better: the grades of Outstanding \(4\) or Good \(3\)/);
    expect(text).toContain('fewer than 5 distinct cases');
    expect(text).toContain('"fewer than 5 cases"');
    const auditDate = sheets[0]!.rows.find((r) => r[0]!.value === 'Audit date')![1]!;
    expect(auditDate).toMatchObject({ type: 'datetime', value: '2026-04-20T00:00:00', format: 'dd/mm/yyyy' });
    expect(properties).toMatchObject({ creator: expect.stringContaining('Fictional QA Officer'), title: expect.stringContaining('figures and action plan') });
  });

  withOpenpyxl('carries the marking in every sheet’s header and footer; data sheets have frozen, wrapped headers, widths and a filter', () => {
    for (const sheet of read().sheets) {
      expect(sheet.header, sheet.name).toBe(marking);
      expect(sheet.footer, sheet.name).toContain(marking);
      expect(Object.values(sheet.widths).every((w) => w >= 8), sheet.name).toBe(true);
      if (sheet.name === 'About') continue;
      expect(sheet.frozen, sheet.name).toBe('B2');
      expect(sheet.filter, sheet.name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(sheet.rows[0]!.every((c) => c.wrap), sheet.name).toBe(true);
    }
  });

  withOpenpyxl('names criteria by title, never key, with shares as 0% and means rounded to one place', () => {
    const sheets = read().sheets;
    const criteria = sheets.find((s) => s.name === 'Criteria')!;
    const header = criteria.rows[0]!.map((c) => c.value);
    const col = (name: string) => header.indexOf(name);
    expect(criteria.rows.slice(1).map((r) => r[0]!.value)).toEqual(titles);
    for (const row of criteria.rows.slice(1)) {
      const want = expected.get(String(row[0]!.value))!;
      expect(row[col('% good or better')]).toMatchObject({ type: 'float', format: '0%', value: Math.round(want.share * 100) / 100 });
      expect(row[col('Mean')]).toMatchObject({ format: '0.0', value: Math.round(want.mean * 10) / 10 });
      expect(row[col('Grades')]).toMatchObject({ type: 'int', format: '#,##0' });
    }
    const everything = sheets.flatMap((s) => s.rows.flat().map((c) => String(c.value)));
    for (const key of keys) expect(everything).not.toContain(key);
    const byAgency = sheets.find((s) => s.name === 'By agency')!;
    expect(new Set(byAgency.rows.slice(1).map((r) => r[1]!.value))).toEqual(new Set(titles));
  });

  withOpenpyxl('stores due dates as dates and names the criteria of each action', () => {
    const actions = read().sheets.find((s) => s.name === 'Action plan')!;
    expect(actions.rows[0]!.map((c) => c.value)).toEqual(['Recommendation', 'Criteria', 'Owner', 'Due date', 'Status', 'Overdue', 'Carried from', 'Success measure', 'Progress']);
    const row = actions.rows.find((r) => r[0]!.value === 'Audit drift again in six months.')!;
    // In the framework's order, whatever order they were picked in.
    expect(row[1]!.value).toBe('Relentless focus on the child; lived experience and voice; Timeliness and drift');
    expect(row[2]!.value).toBe('Not yet assigned');
    expect(row[3]).toMatchObject({ type: 'datetime', value: '2026-09-30T00:00:00', format: 'dd/mm/yyyy' });
    for (const r of actions.rows.slice(1)) expect(r[3]!.value === null || r[3]!.type === 'datetime').toBe(true);
  });
});

describe('the figures workbook in LibreOffice Calc', () => {
  withLibreOffice('opens and prints every sheet with the marking on each page', () => {
    execFileSync(sofficePath()!, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(dir, 'figures.pdf');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) expect(page).toContain(marking);
    expect(pages[0]).toContain('Figures and action plan');
  }, 60_000);
});
