// A case reference (from an archived event), a date of birth and a postcode planted in a finding,
// a narrative section and a recommendation, through the real CLI: the quote tick is refused, the
// report, briefing and workbook are refused without identifiers with one line per hit (and the
// hits in --json), and with identifiers they are written, marked CONTAINS PERSONAL DATA on every
// page, in the file name and the properties, and recorded in the trail with their SHA-256.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCases } from '../../../core/cases/import-service';
import { createEvent, setArchived } from '../../../core/events/service';
import { createRecommendation } from '../../../core/recommendations/service';
import { updateSettings } from '../../../core/settings/service';
import { openCore } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { runCli } from '../helpers/cli';
import { testKey } from '../../support/test-key';
import { csv } from '../helpers/core';
import { sha256File } from '../helpers/temp';
import { readDocx, readXlsx } from '../helpers/office';

// Fictional: an archived event's child, and this event's child with a date of birth.
const planted = 'Seen with ARC-555 (born 12/03/2019) at LS1 4AP.';
let dir = '';
let db = '';
let eventId = '';

beforeAll(async () => {
  // Kept for the whole file (the helpers' temp folders go after each test).
  dir = mkdtempSync(join(tmpdir(), 'scrutineer-planted-'));
  db = join(dir, 'scrutineer.db');
  const core = openCore({ databasePath: db, key: testKey(), host: headlessHost('cli') });
  const store = core.store.db;
  updateSettings(store, { userName: 'Fictional Facilitator' });
  const old = createEvent(store, { name: 'Autumn 2025', frameworkKey: 'neglect-what-works', auditDate: '2025-10-01' }).id;
  await importCases(store, { eventId: old, fileName: 'a.csv', bytes: csv('Child ID,DOB\nARC-555,30/06/2014') });
  setArchived(store, old, true);
  const id = createEvent(store, { name: 'Spring 2026', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: ['Police'] }).id;
  await importCases(store, { eventId: id, fileName: 'b.csv', bytes: csv('Child ID,DOB\nSPR-101,12/03/2019\nSPR-102,01/01/2016') });
  createRecommendation(store, id, { text: `Follow up the family of SPR-102 (${planted.slice(-12)}` });
  core.close();
  eventId = String(id);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli('--db', db, '--user', 'Fictional Facilitator', ...args);

describe('planted identifiers', () => {
  it('refuses the anonymised-quote tick, naming what was found; without the tick the finding is kept', async () => {
    const refused = await cli('findings', 'add', '--event', eventId, '--kind', 'good-practice', '--text', planted, '--quote');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'scrutineer: This finding cannot be marked as an anonymised quote: its text contains a case reference (ARC-555), a date of birth (12/03/2019) and a postcode (LS1 4AP). Remove them first.\n',
    );
    const kept = await cli('findings', 'add', '--event', eventId, '--kind', 'good-practice', '--text', planted, '--criterion', 'child-focus');
    expect(kept.code).toBe(0);
    expect(kept.stdout.trim()).toMatch(/^\d+$/);
    const cleared = await cli('findings', 'add', '--event', eventId, '--kind', 'theme', '--text', 'Plans drift when the lead professional changes.', '--quote');
    expect(cleared.code).toBe(0);
  });

  it('writes narrative through the CLI and lists it', async () => {
    expect((await cli('narrative', 'set', '--event', eventId, '--section', 'executive-summary', '--text', `Summary. ${planted}`)).code).toBe(0);
    expect((await cli('narrative', 'set', '--event', eventId, '--section', 'findings-by-criterion', '--criterion', 'drift', '--text', 'Drift was common.')).code).toBe(0);
    const bad = await cli('narrative', 'set', '--event', eventId, '--section', 'no-such-section', '--text', 'x');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('scrutineer: The report has no section "no-such-section".\n');
    const list = JSON.parse((await cli('--json', 'narrative', 'list', '--event', eventId)).stdout) as { section: string; criterion: string | null; text: string }[];
    expect(list.find((x) => x.section === 'executive-summary')!.text).toBe(`Summary. ${planted}`);
    expect(list.find((x) => x.criterion === 'drift')!.text).toBe('Drift was common.');
  });

  it('refuses each export without identifiers, one line per hit with where to fix it, and lists them in --json', async () => {
    const report = await cli('report', '--event', eventId, '--out', join(dir, 'report.docx'));
    expect(report.code).toBe(1);
    const lines = report.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^scrutineer: The report was not exported without identifiers: 5 things that could identify a child were found/);
    expect(lines.slice(1)).toEqual([
      'scrutineer:   Recommendation 1: a case reference (SPR-102) (fix: actions/1)',
      'scrutineer:   Recommendation 1: a postcode (LS1 4AP) (fix: actions/1)',
      'scrutineer:   Report: Executive summary: a case reference (ARC-555) (fix: report/executive-summary)',
      'scrutineer:   Report: Executive summary: a date of birth (12/03/2019) (fix: report/executive-summary)',
      'scrutineer:   Report: Executive summary: a postcode (LS1 4AP) (fix: report/executive-summary)',
    ]);
    expect(existsSync(join(dir, 'report.docx'))).toBe(false);

    const json = await cli('--json', 'report', '--event', eventId, '--out', join(dir, 'report.docx'));
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).error.hits).toHaveLength(5);

    for (const [command, out] of [
      ['briefing', 'briefing.docx'],
      ['figures', 'figures.xlsx'],
    ]) {
      const refused = await cli(command!, '--event', eventId, '--out', join(dir, out!));
      expect(refused.code, command).toBe(1);
      expect(refused.stderr.trim().split('\n').slice(1), command).toEqual([
        'scrutineer:   Recommendation 1: a case reference (SPR-102) (fix: actions/1)',
        'scrutineer:   Recommendation 1: a postcode (LS1 4AP) (fix: actions/1)',
      ]);
    }
  }, 60_000);

  it('with identifiers writes each file marked CONTAINS PERSONAL DATA on every page, in its name and properties, and records it with its hash', async () => {
    for (const [command, out] of [
      ['report', 'report.docx'],
      ['briefing', 'briefing.docx'],
    ]) {
      const run = await cli('--json', command!, '--event', eventId, '--out', join(dir, out!), '--include-identifiers');
      expect(run.code, run.stderr).toBe(0);
      // The report's narrative is only partly written, so it is also a draft, in its name and marking.
      const draft = command === 'report';
      const written = join(dir, out!.replace('.docx', draft ? '-identifiable-DRAFT.docx' : '-identifiable.docx'));
      expect(JSON.parse(run.stdout)).toMatchObject({ file: written, identifiable: true, draft, sha256: sha256File(written) });
      const doc = await readDocx(readFileSync(written));
      expect(doc.headers.length).toBeGreaterThan(0);
      for (const text of [...doc.headers, ...doc.footers.filter((f) => !f.startsWith('Page'))]) expect(text).toBe(`${draft ? 'DRAFT — ' : ''}OFFICIAL-SENSITIVE — CONTAINS PERSONAL DATA`);
      expect(doc.properties).toContain('identifiable: contains personal data');
      expect(doc.properties).toContain('CONTAINS PERSONAL DATA');
      if (command === 'report') {
        expect(doc.all).toContain(`Summary. ${planted}`);
        // Only findings cleared or chosen: the uncleared one with the identifiers is not added by the flag.
        expect(doc.all).toContain('Plans drift when the lead professional changes.');
        expect(doc.paragraphs.filter((p) => p.startsWith(planted))).toHaveLength(0);
      }
    }
    const figures = await cli('figures', '--event', eventId, '--out', join(dir, 'figures.xlsx'), '--include-identifiers');
    expect(figures.code, figures.stderr).toBe(0);
    const book = await readXlsx(readFileSync(join(dir, 'figures-identifiable.xlsx')));
    // The cover sheet and the five data sheets.
    expect(book.headerFooter.map((s) => s.name)).toEqual(['About', 'Criteria', 'Moderated', 'By agency', 'By group', 'Action plan']);
    for (const sheet of book.headerFooter) {
      expect(sheet.oddHeader, sheet.name).toContain('OFFICIAL-SENSITIVE — CONTAINS PERSONAL DATA');
      expect(sheet.oddFooter, sheet.name).toContain('OFFICIAL-SENSITIVE — CONTAINS PERSONAL DATA');
    }
    expect(book.properties.title).toContain('identifiable');
    expect(book.properties.keywords).toContain('CONTAINS PERSONAL DATA');

    const trail = JSON.parse((await cli('--json', 'trail', '--event', eventId)).stdout) as { entity: string; field: string; newValue: string; note: string; actor: string }[];
    const exports = trail.filter((e) => e.entity === 'export');
    expect(exports.map((e) => [e.field, e.newValue, e.note.split('; ').slice(0, 2).join('; '), e.actor])).toEqual([
      ['report', `sha256:${sha256File(join(dir, 'report-identifiable-DRAFT.docx'))}`, 'spring-2026-report-identifiable-DRAFT.docx; with identifiers (contains personal data)', 'Fictional Facilitator'],
      ['briefing', `sha256:${sha256File(join(dir, 'briefing-identifiable.docx'))}`, 'spring-2026-7-minute-briefing-identifiable.docx; with identifiers (contains personal data)', 'Fictional Facilitator'],
      ['workbook', `sha256:${sha256File(join(dir, 'figures-identifiable.xlsx'))}`, 'spring-2026-figures-and-action-plan-identifiable.xlsx; with identifiers (contains personal data)', 'Fictional Facilitator'],
    ]);
    expect(exports.every((e) => e.note.endsWith('small numbers suppressed'))).toBe(true);
  }, 90_000);
});
