// The 7-minute briefing as a reader gets it: rendered by LibreOffice to PDF it is exactly two A4
// pages with the seven headings in order, for the demo (which has a previous audit), for a first
// audit, and for an event with far more actions and quotes than fit (lists are cut, with a note).
// python-docx reads back the heading levels, the Title style, italics and the properties. Expected
// figures are worked out here from the grades in the database, not from the code that prints them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createDemo } from '../../../core/demo/demo';
import { createFinding } from '../../../core/findings/service';
import { createRecommendation, listRecommendations } from '../../../core/recommendations/service';
import { briefingHeadings, buildBriefing } from '../../../core/report/briefing';
import { loadReportTemplate } from '../../../core/report/template';
import { defaultAppPaths } from '../../../core/paths';
import { frameworkForEvent } from '../../../core/audits/event-framework';
import { updateSettings } from '../../../core/settings/service';
import { tempCore } from '../helpers/core';
import { itWith, python, sofficePath } from '../../support/clients';
import { readDocx } from '../../support/read-back';

const withLibreOffice = itWith('libreoffice');
const withDocx = itWith('python-docx');
const headings = briefingHeadings.map((h, i) => `${i + 1}. ${h}`);
const names = ['demo', 'first', 'crowded'] as const;

let dir = '';
/** Per briefing: % good or better per criterion title, this audit and the one before, from raw SQL. */
const shares: Record<string, { now: Map<string, number>; before: Map<string, number> | null }> = {};
let demoActions: { text: string; owner: string | null }[] = [];
const longText =
  'Every agency reviews how it records the child’s lived experience in neglect cases, with supervision checking that the child was seen, that their words are written down in full, and that the plan says what will change for them.';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scrutineer-briefing-'));
  const core = tempCore(join(dir, 'demo.db'));
  updateSettings(core.store.db, { userName: 'Fictional QA Officer' });
  const { id, previousId } = await createDemo(core.store);
  const template = loadReportTemplate(defaultAppPaths().templatesDir);
  // Good or better is Good (3) or Outstanding (4) on the shipped scale; N/A is not a grade.
  const share = (eventId: number) => {
    const titles = frameworkForEvent(core.store.db, eventId).criterionByKey;
    const rows = core.store.sqlite
      .prepare(
        `SELECT g.criterion_key, avg(g.value >= 3) FROM grades g JOIN audits a ON a.id = g.audit_id
         WHERE a.event_id = ? AND a.status <> 'not-started' AND g.not_applicable = 0 AND g.value IS NOT NULL GROUP BY 1`,
      )
      .raw()
      .all(eventId) as [string, number][];
    return new Map(rows.map(([key, s]) => [titles.get(key)!.title, s]));
  };
  shares.demo = { now: share(id), before: share(previousId) };
  shares.first = { now: share(previousId), before: null };
  demoActions = listRecommendations(core.store.db, id).map((r) => ({ text: r.text, owner: r.ownerName }));
  writeFileSync(join(dir, 'demo.docx'), await buildBriefing(core.store, template, id));
  writeFileSync(join(dir, 'first.docx'), await buildBriefing(core.store, template, previousId));
  // Far more than two pages' worth: 12 long actions (none with an owner) and 6 long quotes, ticked in.
  for (let i = 0; i < 12; i++) createRecommendation(core.store.db, id, { text: `${i + 1}. ${longText}`, dueDate: '2026-12-31' });
  for (let i = 0; i < 6; i++) createFinding(core.store.db, id, { kind: 'good-practice', text: `“${longText}”`, criterionKeys: [], quoteForReport: true, caseIds: [] });
  writeFileSync(join(dir, 'crowded.docx'), await buildBriefing(core.store, template, id, { includeQuotes: true }));
  if (sofficePath()) {
    // One LibreOffice run for all three, on its own profile so parallel tests do not share one.
    execFileSync(sofficePath()!, [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))], { stdio: 'ignore', timeout: 120_000 });
  }
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdfPages = (name: string) => {
  const pdf = join(dir, `${name}.pdf`);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  return { pages, text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim()) };
};

describe('the 7-minute briefing through LibreOffice', () => {
  withLibreOffice('is exactly two pages, headings in order, page 2 from "What must change", marked, with no "()" and nothing unwritten', () => {
    for (const name of names) {
      const { pages, text } = pdfPages(name);
      expect({ name, pages }).toEqual({ name, pages: 2 });
      const all = text.join('\n');
      const at = headings.map((h) => all.indexOf(h));
      expect(at.every((x) => x >= 0), `${name}: ${at}`).toBe(true);
      expect(at.toSorted((a, b) => a - b)).toEqual(at);
      expect(text[1]!.indexOf('4. What must change')).toBeGreaterThanOrEqual(0);
      expect(text[0]).not.toContain('4. What must change');
      for (const page of text) expect(page).toContain('OFFICIAL-SENSITIVE');
      expect(all).not.toContain('()');
      expect(all).not.toMatch(/not been written/i);
    }
    // What did not fit is said, not dropped silently.
    const crowded = pdfPages('crowded').text.join('\n').replace(/\s+/g, ' ');
    expect(crowded).toMatch(/\d+ more actions are in the full report’s action plan\./);
    expect(crowded).toMatch(/\d+ more quotes are in the full report\./);
  }, 60_000);
});

/** "+21 points", "−4 points", "+1 point", "no change", worked out from the whole percentages a reader sees. */
function expectedChange(before: number, now: number): string {
  const points = Math.round(now * 100) - Math.round(before * 100);
  if (points === 0) return 'no change';
  return `${points > 0 ? '+' : '−'}${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
}
const pct = (share: number) => `${Math.round(share * 100)}%`;

describe('the 7-minute briefing read back with python-docx', () => {
  const styled = (name: string) =>
    JSON.parse(execFileSync(python, ['tests/support/read_docx_styles.py', join(dir, `${name}.docx`)], { encoding: 'utf8' })) as {
      paragraphs: { style: string; text: string; italic: boolean }[];
      properties: Record<string, string>;
    };

  withDocx('has the seven headings at level 1, the Title style, en-GB and the document properties', () => {
    for (const name of names) {
      const doc = styled(name);
      expect(doc.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual(headings);
      expect(doc.paragraphs[0]).toMatchObject({ style: 'Title', text: '7-minute briefing' });
      expect(doc.properties).toMatchObject({ author: expect.stringContaining('Fictional QA Officer'), title: expect.stringMatching(/^7-minute briefing: Neglect MACFA/), subject: expect.stringMatching(/7-minute briefing/) });
      expect(doc.properties.keywords).toContain('7-minute briefing');
      expect(doc.properties.language).toBe('en-GB');
    }
    expect(readDocx(join(dir, 'demo.docx')).languages).toContain('en-GB');
  });

  withDocx('ranks the three strongest and three weakest criteria and shows each one’s change since the last audit', () => {
    const doc = readDocx(join(dir, 'demo.docx'));
    const ranked = [...shares.demo!.now].toSorted((a, b) => b[1] - a[1]);
    const bullets = (prefix: string) => doc.paragraphs.filter((p) => p.startsWith(prefix));
    expect(bullets('Stronger: ')).toEqual(ranked.slice(0, 3).map(([title, s]) => `Stronger: ${title} (${pct(s)} good or better).`));
    expect(bullets('Weaker: ')).toEqual(ranked.slice(-3).reverse().map(([title, s]) => `Weaker: ${title} (${pct(s)} good or better).`));
    const since = doc.tables.find((t) => t.header[0] === 'Criterion' && t.header.includes('Last audit'))!;
    expect(since.rows).toBeGreaterThan(6);
    for (const [title, before, now, change] of since.cells.slice(1)) {
      const b = shares.demo!.before!.get(title!)!;
      const n = shares.demo!.now.get(title!)!;
      expect([title, before, now, change]).toEqual([title, pct(b), pct(n), expectedChange(b, n)]);
    }
    expect(doc.paragraphs).toContain('Since the last audit (Neglect MACFA — autumn 2025 (demo), 15 October 2025)');
  });

  withDocx('a first audit says there is nothing to compare with and lists every criterion instead', () => {
    const doc = readDocx(join(dir, 'first.docx'));
    expect(doc.paragraphs).toContain('There is no earlier audit on this framework to compare with, so this audit is the baseline for the next.');
    const every = doc.tables.find((t) => t.header.join('|') === 'Criterion|Grades|% good or better')!;
    for (const [title, , share] of every.cells.slice(1)) expect(share).toBe(pct(shares.first!.now.get(title!)!));
  });

  withDocx('lists the actions with owner, due date and status; "What must change" is plain text, and quotes appear only when ticked', () => {
    const demo = readDocx(join(dir, 'demo.docx'));
    const actions = demo.tables.find((t) => t.header.join('|') === 'Action|Owner|Due|Status')!;
    expect(actions.cells.slice(1).map((r) => [r[0], r[1]])).toEqual(demoActions.map((a) => [a.text.length > 240 ? expect.stringMatching(/…$/) : a.text, a.owner ?? 'Not yet assigned']));
    for (const row of actions.cells.slice(1)) expect(row[3]).toMatch(/^(Open|In progress|Done)( \(overdue\))?$/);
    const crowded = readDocx(join(dir, 'crowded.docx'));
    const unowned = crowded.tables.find((t) => t.header[0] === 'Action')!.cells.filter((r) => r[0]!.includes(longText.slice(0, 40)));
    expect(unowned.length).toBeGreaterThan(0);
    for (const row of unowned) expect(row.slice(1)).toEqual(['Not yet assigned', '31 December 2026', 'Open']);

    for (const name of names) {
      const paragraphs = styled(name).paragraphs;
      const from = paragraphs.findIndex((p) => p.text === '4. What must change');
      const to = paragraphs.findIndex((p) => p.text === '5. Questions for practitioners');
      const mustChange = paragraphs.slice(from + 1, to);
      expect(mustChange.length).toBeGreaterThan(0);
      for (const p of mustChange) {
        expect(p.italic, p.text).toBe(false);
        expect(p.style).not.toMatch(/Quote/);
        expect(p.text).toMatch(/^[^“"‘]/);
      }
    }
    // The demo's cleared quotes stay out unless ticked in; ticked, they come in italics under "In their words".
    const quote = 'I can tell my teacher when there is no food at home';
    expect(demo.text).not.toContain(quote);
    const quoted = styled('crowded').paragraphs.filter((p) => p.text.includes(quote));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.italic).toBe(true);
  });
});
