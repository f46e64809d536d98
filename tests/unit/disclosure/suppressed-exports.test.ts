// Small numbers in every file that leaves the app: a 2-case event, and a criterion scored N/A in
// all but 3 of 6 cases (which the old rule, counting N/A cases, published as 100%). The Word
// report, the briefing and the workbook are unzipped and `summary --json` is read from the real
// CLI: no count, percentage, mean or change of a withheld figure appears anywhere.
import { describe, expect, it } from 'vitest';
import { setModeratedGrade } from '../../../core/moderation/service';
import { updateSettings } from '../../../core/settings/service';
import type { DisclosedSummary } from '../../../core/contract/types';
import { runCli } from '../helpers/cli';
import { tempCore } from '../helpers/core';
import { readDocx, readXlsx } from '../helpers/office';
import { gradedEvent } from './scenarios';

async function exportsOf(core: ReturnType<typeof tempCore>, eventId: number, compare: string[] = []) {
  const file = async (name: 'report.export' | 'report.briefing' | 'report.figuresXlsx') => {
    const result = await core.dispatch(name, { eventId });
    if (!result.ok) throw new Error(result.error.message);
    return Buffer.from((result.value as { base64: string }).base64, 'base64');
  };
  const cli = await runCli('--db', core.store.path, '--json', 'summary', '--event', String(eventId), ...compare);
  expect(cli.stderr).toBe('');
  return { report: await readDocx(await file('report.export')), briefing: await readDocx(await file('report.briefing')), workbook: await readXlsx(await file('report.figuresXlsx')), json: JSON.parse(cli.stdout) as DisclosedSummary };
}

/** Paths of every figure-bearing object in the JSON, with whether it was withheld. */
function figures(value: unknown, path = '', out: { path: string; suppressed: boolean; empty: boolean; keys: string[] }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => figures(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const empty = o.n === 0 && o.notApplicable === 0 || o.pairs === 0;
    if (typeof o.suppressed === 'boolean') out.push({ path, suppressed: o.suppressed, empty, keys: Object.keys(o) });
    for (const [k, v] of Object.entries(o)) figures(v, `${path}.${k}`, out);
  }
  return out;
}

const identityKeys = ['key', 'title', 'domain', 'group', 'label', 'suppressed', 'small'];
const withheldCell = /^(fewer than 5( cases)?|not shown.*|withheld)$/;

describe('a 2-case event', () => {
  it('publishes no figure at all: every one is withheld in the report, briefing, workbook and summary --json', async () => {
    const core = tempCore();
    updateSettings(core.store.db, { userName: 'Fictional Facilitator' });
    // Distinct grades per agency, so a leaked percentage would be 25%, 50% or 75%.
    const { eventId, cases } = await gradedEvent(core, {
      name: 'Two children',
      auditDate: '2026-03-01',
      references: ['TWO-001', 'TWO-002'],
      agencies: ['Police', 'Health'],
      grade: (ci, _key, agency) => (agency === 'Police' ? [4, 1][ci]! : [3, 2][ci]!),
    });
    for (const c of cases) setModeratedGrade(core.store.db, { caseId: c.id, criterionKey: 'child-focus', value: 3 });
    const { report, briefing, workbook, json } = await exportsOf(core, eventId);

    const all = figures(json);
    // Withheld, or empty (nothing was recorded, e.g. moderation of criteria nobody moderated).
    expect(all.filter((f) => f.suppressed).length).toBeGreaterThan(13 * 3);
    for (const f of all) {
      expect(f.suppressed || f.empty, f.path).toBe(true);
      if (f.suppressed) for (const k of f.keys) expect(identityKeys, `${f.path}.${k}`).toContain(k);
    }

    for (const doc of [report, briefing]) {
      expect(doc.all).not.toMatch(/\d\s*%/);
      expect(doc.all).not.toMatch(/\b\d\.\d\d\b/);
      expect(doc.all).not.toMatch(/points/);
    }
    // Every figure cell of every table (sample profile, agencies, agreement) is a note, not a number.
    // The agency table's key to its short forms holds names, not figures; so do the action plans and the document control.
    const figureTables = report.tables.filter((t) => !['Recommendation', 'Measure', 'Short form', 'Item', 'Action'].includes(t[0]![0]!) || t[0]![0] === 'Measure');
    expect(figureTables.length).toBeGreaterThan(3);
    for (const table of figureTables)
      for (const row of table.slice(1))
        for (const [i, cell] of row.slice(1).entries()) {
          // There were no double audits: that column is empty, not withheld.
          if (table[0]![i + 1] === 'Double audits') expect(cell).toMatch(/^(0|no grades|not enough data)$/);
          else expect(cell).toMatch(withheldCell);
        }
    expect(briefing.all).toContain('The figures come from fewer than 5 cases, so they are not shown.');
    expect(briefing.all).not.toMatch(/Stronger:|Weaker:/);

    // Every figure is withheld, except moderated criteria nobody moderated (0 agreed grades: empty).
    expect(workbook.sheets.get('Moderated')!.filter((r) => r[0] === 'Relentless focus on the child; lived experience and voice')[0]!.slice(2)).toEqual(['fewer than 5 cases', 'fewer than 5 cases', 'withheld']);
    for (const name of ['Criteria', 'Moderated', 'By agency', 'By group']) {
      const rows = workbook.sheets.get(name)!.slice(1);
      expect(rows.length, name).toBeGreaterThan(0);
      for (const row of rows.filter((r) => !(name === 'Moderated' && r[2] === 0))) for (const cell of row.slice(2)) expect(typeof cell === 'number' ? `number ${cell}` : String(cell), name).toMatch(withheldCell);
    }
  }, 60_000);
});

describe('a criterion scored N/A in all but 3 of 6 cases', () => {
  it('is withheld with its comparison, left out of rankings, charts and alt text, while the others are shown', async () => {
    const core = tempCore();
    updateSettings(core.store.db, { userName: 'Fictional Facilitator' });
    const refs = (p: string) => Array.from({ length: 6 }, (_, i) => `${p}-${i + 1}`);
    // The earlier event: drift well scored (4 of 6 good: 67%), so a change could be computed.
    await gradedEvent(core, { name: 'Autumn audit', auditDate: '2025-10-01', references: refs('AUT'), grade: (ci, key) => (key === 'drift' ? [3, 3, 3, 3, 1, 1][ci]! : [4, 3, 2, 1, 3, 2][ci]!) });
    // Now: drift graded Good in 3 cases and N/A in 3 (100%, mean 3.00 if it leaked); the rest 50%, mean 2.50.
    const { eventId } = await gradedEvent(core, {
      name: 'Spring audit',
      auditDate: '2026-03-01',
      references: refs('SPR'),
      grade: (ci, key) => (key === 'drift' ? (ci < 3 ? 3 : 'n/a') : [4, 3, 2, 1, 3, 2][ci]!),
    });
    const { report, briefing, workbook, json } = await exportsOf(core, eventId, ['--compare', String(eventId - 1)]);
    const title = 'Timeliness and drift';

    expect(json.criteria.find((c) => c.key === 'drift')).toEqual({ key: 'drift', title, domain: expect.any(String), suppressed: true, small: true });
    expect(json.comparison!.criteria.find((c) => c.key === 'drift')).toEqual({ key: 'drift', title, suppressed: true, small: true });
    expect(json.criteria.find((c) => c.key === 'child-focus')).toMatchObject({ suppressed: false, n: 6, goodOrBetter: 0.5, mean: 2.5 });
    expect(JSON.stringify(json)).not.toMatch(/"goodOrBetter":1[,}]|"mean":3[,}]/);

    for (const doc of [report, briefing]) {
      expect(doc.all).not.toContain('100%');
      expect(doc.all).not.toContain('3.00');
      expect(doc.all).not.toContain('+33 points');
      expect(doc.all).not.toContain('−33 points');
    }
    // Its heading in "Findings by criterion" is followed by the note, not a chart or table.
    expect(report.paragraphs.some((p, i) => p === title && report.paragraphs[i + 1] === 'The grades for this criterion come from fewer than 5 cases, so the figures are not shown.')).toBe(true);
    const comparisonRow = report.tables.find((t) => t[0]!.includes('Change'))!.find((row) => row[0] === title)!;
    expect(comparisonRow.slice(1).every((cell) => withheldCell.test(cell))).toBe(true);
    for (const alt of report.altTexts) expect(alt).not.toMatch(new RegExp(`${title}: \\d`));
    expect(report.altTexts.some((alt) => alt.includes('1 criterion is left out: their figures come from fewer than 5 cases.'))).toBe(true);
    expect(report.tables.find((t) => t[0]![0] === 'Criterion' && t[0]!.includes('Police'))!.find((r) => r[0] === title)!.slice(1)).toEqual(['fewer than 5']);
    expect(briefing.paragraphs.filter((p) => /^(Stronger|Weaker):/.test(p)).join(' ')).not.toContain(title);
    expect(briefing.paragraphs.some((p) => p.startsWith('Stronger:'))).toBe(true);

    const criteria = workbook.sheets.get('Criteria')!;
    const driftRow = criteria.find((r) => r[0] === title)!;
    expect(driftRow.slice(2).every((cell) => withheldCell.test(String(cell)))).toBe(true);
    expect(criteria.find((r) => r[0] === 'Relentless focus on the child; lived experience and voice')!.slice(2, 10)).toEqual([1, 2, 2, 1, 0, 6, 0.5, 2.5]);
    const byAgency = workbook.sheets.get('By agency')!.find((r) => r[1] === title)!;
    expect(byAgency.slice(2).every((cell) => withheldCell.test(String(cell)))).toBe(true);
  }, 60_000);
});
