// The PDF copy against the Word contents, in-process, with a shell script standing in for LibreOffice
// (fake-soffice.ts) that hands back PDFs LibreOffice made once: where LibreOffice lays a heading on
// another page than Word, each difference is listed and the report built again with LibreOffice's
// pages; a PDF whose headings are not the contents' entries is refused. Two of the four scenarios,
// those that build the report least often: every mutant of the report's code runs them
// (report-pdf-settle.test.ts has the other two, in npm test).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { defaultAppPaths } from '../../../core/paths';
import { reportPdf } from '../../../core/report/report-pdf';
import { loadReportTemplate, type ReportTemplate } from '../../../core/report/template';
import { seedThresholdEvent } from '../../support/threshold-event';
import { readDocx } from '../helpers/office';
import { seededStore } from '../helpers/seeded-store';
import { converter, fixture } from './fake-soffice';
import { exportReportPdf } from '../../../core/report/export-pdf';
import { listTrail } from '../../../core/trail/service';

// Word's layout of this template (report-build.test.ts): cover, contents, then the purpose on page 3,
// the landscape agency table from page 4 (two pages), the glossary on page 6.
const shipped = loadReportTemplate(defaultAppPaths().templatesDir);
const template: ReportTemplate = { ...shipped, sections: ['purpose', 'findings-by-agency', 'glossary'].map((key) => shipped.sections.find((s) => s.key === key)!) };

let store: OpenedDatabase;
let eventId = 0;

beforeAll(async () => {
  ({ store, seeded: { eventId } } = await seededStore('report-threshold', (call) => seedThresholdEvent(call)));
}, 60_000);

afterAll(() => store.close());

describe('the PDF copy of the report', () => {
  it('builds again with LibreOffice’s pages where they differ, listing each difference, until they hold', async () => {
    const soffice = converter(['contents-3-5-6.pdf']);
    const copy = await reportPdf(store, template, eventId, soffice.path, { draft: false });
    expect(copy.differences).toEqual([{ title: 'Findings by agency', word: 4, libreOffice: 5 }]);
    // Converted twice: Word's pages, then LibreOffice's written into the contents.
    expect(soffice.calls()).toHaveLength(2);
    const doc = await readDocx(copy.docx);
    const entries = doc.paragraphs.filter((p) => /^(Purpose of the audit|Findings by agency|Glossary)\s*\d+$/.test(p));
    expect(entries.map((e) => Number(e.replace(/^\D+/, '')))).toEqual([3, 5, 6]);
  });

  it('is refused when the PDF’s headings at levels 1 and 2 are not the contents’ entries', async () => {
    // headings.pdf has five at levels 1 and 2 (and one at level 3) where the contents lists three.
    await expect(reportPdf(store, template, eventId, converter(['headings.pdf']).path, { draft: false })).rejects.toThrow(
      'The PDF has 5 headings at levels 1 and 2 but the contents lists 3: LibreOffice did not export the headings as bookmarks.',
    );
  });
});

describe('exporting the PDF copy', () => {
  const saved = process.env.SCRUTINEER_SOFFICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.SCRUTINEER_SOFFICE;
    else process.env.SCRUTINEER_SOFFICE = saved;
  });

  it('is refused, saying LibreOffice is needed, where it is not installed', async () => {
    process.env.SCRUTINEER_SOFFICE = 'none';
    await expect(exportReportPdf(store, template, eventId)).rejects.toThrow('A PDF copy needs LibreOffice, which is not installed on this computer.');
  });

  it('is named like the Word file (a draft while the purpose is unwritten), handed out as made, and recorded with its hash', async () => {
    process.env.SCRUTINEER_SOFFICE = converter(['contents-3-4-6.pdf']).path;
    const file = await exportReportPdf(store, template, eventId);
    expect(file.fileName).toBe('threshold-audit-report-DRAFT.pdf');
    expect(file.draft).toBe(true);
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.equals(readFileSync(fixture('contents-3-4-6.pdf')))).toBe(true);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(file.sha256).toBe(sha);
    const entry = listTrail(store.db, { eventId }).filter((e) => e.entity === 'export').at(-1)!;
    expect(entry).toMatchObject({ field: 'report', newValue: `sha256:${sha}`, note: 'threshold-audit-report-DRAFT.pdf; without identifiers; small numbers suppressed' });
  });
});
