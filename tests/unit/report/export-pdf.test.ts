// The report's PDF copy: made by LibreOffice with a bookmark for every section in report.yaml's
// order, recorded in the trail like the Word file; where LibreOffice is missing, refused with a
// sentence saying so, and nothing recorded.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemo } from '../../../core/demo/demo';
import { defaultAppPaths } from '../../../core/paths';
import { exportReportPdf } from '../../../core/report/export-pdf';
import { pdfHeadings } from '../../../core/report/pdf-headings';
import { loadReportTemplate } from '../../../core/report/template';
import { listTrail } from '../../../core/trail/service';
import { itWith } from '../../support/clients';
import { tempCore } from '../helpers/core';

const sectionHeadings = (YAML.parse(readFileSync('templates/report/report.yaml', 'utf8')) as { sections: { heading: string }[] }).sections.map((s) => s.heading);
const exportsOf = (core: ReturnType<typeof tempCore>, eventId: number) => listTrail(core.store.db, { eventId }).filter((e) => e.entity === 'export');

const soffice = process.env.SCRUTINEER_SOFFICE;
afterEach(() => {
  if (soffice === undefined) delete process.env.SCRUTINEER_SOFFICE;
  else process.env.SCRUTINEER_SOFFICE = soffice;
});

describe('the report as PDF', () => {
  it('is refused, saying LibreOffice is needed, on a computer without it', async () => {
    const core = tempCore();
    const { id } = await createDemo(core.store);
    process.env.SCRUTINEER_SOFFICE = 'none';
    await expect(exportReportPdf(core.store, loadReportTemplate(defaultAppPaths().templatesDir), id)).rejects.toThrow(/needs LibreOffice, which is not installed/);
    expect(exportsOf(core, id)).toEqual([]);
  }, 60_000);

  itWith('libreoffice')('has a bookmark per section in the template order and is recorded in the trail', async () => {
    const core = tempCore();
    const { id } = await createDemo(core.store);
    const made = await exportReportPdf(core.store, loadReportTemplate(defaultAppPaths().templatesDir), id);
    expect(made.fileName).toBe('neglect-macfa-spring-2026-demo-report.pdf');
    const pdf = Buffer.from(made.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await pdfHeadings(pdf)).filter((h) => h.level === 1).map((h) => h.title)).toEqual(sectionHeadings);
    expect(exportsOf(core, id).map((e) => e.note)).toEqual([expect.stringContaining('neglect-macfa-spring-2026-demo-report.pdf; without identifiers')]);
  }, 300_000);
});
