// The PDF copy against the Word contents, the scenarios that build the report three or four times
// (not in the mutation run's list for that reason; report-pdf.test.ts has the others): LibreOffice
// agreeing with Word at once, and page numbers that never settle.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../db/open';
import { defaultAppPaths } from '../../../core/paths';
import { reportPdf } from '../../../core/report/report-pdf';
import { buildReportFile } from '../../../core/report/build-report';
import { loadReportTemplate, type ReportTemplate } from '../../../core/report/template';
import { seedThresholdEvent } from '../../support/threshold-event';
import { seededStore } from '../helpers/seeded-store';
import { converter, fixture } from './fake-soffice';

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
  it('keeps Word’s file when LibreOffice lays the headings on the same pages', async () => {
    // Word's layout of this template (report-build.test.ts): cover, contents, then the purpose on
    // page 3, the landscape agency table from page 4 (two pages), the glossary on page 6.
    const word = await buildReportFile(store, template, eventId, { draft: false });
    expect(word.contents).toEqual({ numbers: 'written', pages: [3, 4, 6] });
    const soffice = converter(['contents-3-4-6.pdf']);
    const copy = await reportPdf(store, template, eventId, soffice.path, { draft: false });
    expect(copy.differences).toEqual([]);
    expect(soffice.calls()).toHaveLength(1);
    expect(copy.pdf.equals(readFileSync(fixture('contents-3-4-6.pdf')))).toBe(true);
  });

  it('gives up when the pages do not settle after two passes', async () => {
    // LibreOffice's pages alternate with every conversion, starting away from Word's (3, 4, 6).
    const soffice = converter(['contents-3-5-6.pdf', 'contents-3-4-6.pdf', 'contents-3-5-6.pdf', 'contents-3-4-6.pdf']);
    await expect(reportPdf(store, template, eventId, soffice.path, { draft: false })).rejects.toThrow('LibreOffice’s page numbers for the contents did not settle after two passes.');
    expect(soffice.calls()).toHaveLength(3);
  });

});
