// Draft or final: the pre-export check lists what keeps the report a draft, and a report exported
// with any of it says DRAFT on every page and in its file name; a finished one says neither. No
// placeholder sentence is printed for unwritten text. Rendered through LibreOffice to PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type CoreApp } from '../../../core/app';
import { headlessHost } from '../../../core/headless-host';
import { createDemo } from '../../../core/demo/demo';
import { defaultAppPaths } from '../../../core/paths';
import { exportReport } from '../../../core/report/exports';
import { writeNarrative } from '../../../core/report/narratives';
import { reportReadiness } from '../../../core/report/readiness';
import { loadReportTemplate, type ReportTemplate } from '../../../core/report/template';
import { createEvent, getEvent } from '../../../core/events/service';
import { importCases } from '../../../core/cases/import-service';
import { listCases } from '../../../core/cases/service';
import { startAudit, updateGrade } from '../../../core/audits/service';
import { setModeratedGrade } from '../../../core/moderation/service';
import { updateSettings } from '../../../core/settings/service';
import { itWith, sofficePath } from '../../support/clients';
import { testKey } from '../../support/test-key';
import { readDocx } from '../../support/read-back';

const withLibreOffice = itWith('libreoffice');
const withDocx = itWith('python-docx');

let dir = '';
let core: CoreApp;
let template: ReportTemplate;
let demoId = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scrutineer-draft-'));
  core = openCore({ databasePath: join(dir, 'demo.db'), key: testKey(), host: headlessHost('cli') });
  updateSettings(core.store.db, { userName: 'Fictional QA Officer' });
  demoId = (await createDemo(core.store)).id;
  template = loadReportTemplate(defaultAppPaths().templatesDir);
}, 120_000);

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

function pdfPages(docx: string): string[] {
  execFileSync(sofficePath()!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
  const text = execFileSync('pdftotext', ['-layout', docx.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p) => p.trim());
}

describe('the pre-export check', () => {
  it('finds nothing to resolve in the demo, whose narrative is written, and notes nothing withheld', () => {
    expect(reportReadiness(core.store, template, demoId)).toEqual({ draft: false, items: [] });
  });

  it('lists an unwritten section and an unwritten criterion conclusion, each with where to write it', () => {
    writeNarrative(core.store.db, template, { eventId: demoId, sectionKey: 'conclusions', text: '' });
    writeNarrative(core.store.db, template, { eventId: demoId, sectionKey: 'findings-by-criterion', criterionKey: 'drift', text: '  ' });
    const check = reportReadiness(core.store, template, demoId);
    expect(check.draft).toBe(true);
    expect(check.items).toEqual([
      { kind: 'unwritten', makesDraft: true, text: 'Findings by criterion: the conclusions for Timeliness and drift are not written.', fix: 'report/findings-by-criterion/drift' },
      { kind: 'unwritten', makesDraft: true, text: 'Conclusions is not written.', fix: 'report/conclusions' },
    ]);
  });

  it('lists text the identifier guard finds, with where to fix it, unless identifiers are included', () => {
    const before = reportReadiness(core.store, template, demoId).items.length;
    writeNarrative(core.store.db, template, { eventId: demoId, sectionKey: 'executive-summary', text: 'Seen at LS1 4AP by the team.' });
    const hits = reportReadiness(core.store, template, demoId).items.filter((i) => i.kind === 'identifier');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ makesDraft: true, fix: 'report/executive-summary' });
    expect(hits[0]!.text).toContain('LS1 4AP');
    expect(reportReadiness(core.store, template, demoId, { includeIdentifiers: true }).items).toHaveLength(before);
    writeNarrative(core.store.db, template, { eventId: demoId, sectionKey: 'executive-summary', text: 'Seven agencies audited 30 cases.' });
  });

  it('lists a disagreement moderation has not settled until a grade is agreed, and notes withheld figures without making a draft', async () => {
    const db = core.store.db;
    const { id: eventId } = createEvent(db, { name: 'Conflict audit', frameworkKey: 'neglect-what-works', auditDate: '2026-03-01', agencies: ['Police', 'Health'] });
    await importCases(db, { eventId, fileName: 'one.csv', bytes: new TextEncoder().encode('Child ID\nC-77') });
    const caseId = listCases(db, eventId)[0]!.id;
    const [police, health] = getEvent(db, eventId).agencies.map((a) => a.id);
    updateGrade(db, { auditId: startAudit(db, { caseId, agencyId: police! }).id, criterionKey: 'drift', value: 4 });
    updateGrade(db, { auditId: startAudit(db, { caseId, agencyId: health! }).id, criterionKey: 'drift', value: 1 });
    const conflicts = () => reportReadiness(core.store, template, eventId).items.filter((i) => i.kind === 'conflict');
    expect(conflicts()).toEqual([{ kind: 'conflict', makesDraft: true, text: 'Case C-77: agencies’ grades disagree with no agreed grade on Timeliness and drift.', fix: `moderation/${caseId}` }]);
    // One case: every figure is withheld, and that is a note, not a reason to call it a draft.
    const notes = reportReadiness(core.store, template, eventId).items.filter((i) => !i.makesDraft);
    expect(notes.map((n) => n.kind)).toEqual(['suppressed']);
    setModeratedGrade(db, { caseId, criterionKey: 'drift', value: 2, rationale: 'Agreed at the meeting.' });
    expect(conflicts()).toEqual([]);
  });
});

describe('a report exported as a draft', () => {
  let draftPath = '';
  let finalPath = '';
  beforeAll(async () => {
    writeNarrative(core.store.db, template, { eventId: demoId, sectionKey: 'conclusions', text: '' });
    const draft = await exportReport(core.store, template, demoId);
    expect(draft.draft).toBe(true);
    expect(draft.fileName).toBe('neglect-macfa-spring-2026-demo-report-DRAFT.docx');
    draftPath = join(dir, draft.fileName);
    writeFileSync(draftPath, Buffer.from(draft.base64, 'base64'));
    writeNarrative(core.store.db, template, { eventId: demoId, sectionKey: 'conclusions', text: 'The partnership has built on the last audit.' });
    writeNarrative(core.store.db, template, { eventId: demoId, sectionKey: 'findings-by-criterion', criterionKey: 'drift', text: 'Plans drifted.' });
    const final = await exportReport(core.store, template, demoId);
    expect(final.draft).toBeUndefined();
    expect(final.fileName).toBe('neglect-macfa-spring-2026-demo-report.docx');
    finalPath = join(dir, final.fileName);
    writeFileSync(finalPath, Buffer.from(final.base64, 'base64'));
  }, 120_000);

  withDocx('says DRAFT in every header and footer and in its title; the final one does not', () => {
    const draft = readDocx(draftPath);
    expect(draft.sections.length).toBeGreaterThanOrEqual(2);
    for (const s of draft.sections) {
      expect(s.header.join(' ')).toContain('DRAFT — OFFICIAL-SENSITIVE');
      expect(s.footer.join(' ')).toContain('DRAFT — OFFICIAL-SENSITIVE');
    }
    expect(draft.properties.title).toMatch(/^DRAFT: /);
    const final = readDocx(finalPath);
    expect(final.text).not.toContain('DRAFT');
    expect(final.properties.title).not.toContain('DRAFT');
  });

  withLibreOffice('carries DRAFT on every printed page, and no placeholder sentence anywhere', () => {
    const pages = pdfPages(draftPath);
    expect(pages.length).toBeGreaterThan(8);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain('DRAFT'));
    const all = pages.join('\n');
    expect(all).not.toMatch(/not been written|written yet|Nothing recorded yet/i);
    // The unwritten section keeps its heading, with nothing invented under it.
    expect(all).toContain('Conclusions');
    expect(pdfPages(finalPath).join('\n')).not.toContain('DRAFT');
  }, 240_000);
});
