// `npm run report-pages`: the demo report through LibreOffice, and PNGs (60 dpi) of the pages a QA
// subgroup chair looks at first, into docs/report-pages/: the cover, the contents, a findings page,
// the agency table and the action plan; both pages of the 7-minute briefing; the figures workbook's
// cover and criteria sheets. Needs LibreOffice and poppler's pdftoppm. Review with git diff.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../core/app';
import { createDemo } from '../core/demo/demo';
import { headlessHost } from '../core/headless-host';
import { defaultAppPaths } from '../core/paths';
import { DatabaseKey } from '../db/cipher';
import { findLibreOffice } from '../core/report/office';
import { pdfHeadings } from '../core/report/pdf-headings';
import { reportPdf } from '../core/report/report-pdf';
import { loadReportTemplate } from '../core/report/template';
import { updateSettings } from '../core/settings/service';
import { buildBriefing } from '../core/report/briefing';
import { buildFiguresWorkbook } from '../core/report/xlsx';

const out = 'docs/report-pages';
const soffice = findLibreOffice();
if (!soffice) throw new Error('LibreOffice is not installed: the pages cannot be rendered.');
const dir = mkdtempSync(join(tmpdir(), 'scrutineer-report-pages-'));
try {
  // A throwaway database for the fictional demo; its key never leaves this run.
  const core = openCore({ databasePath: join(dir, 'demo.db'), key: DatabaseKey.fromHex('00'.repeat(32))!, host: headlessHost('cli') });
  updateSettings(core.store.db, { userName: 'Fictional QA Officer' });
  const { id } = await createDemo(core.store);
  const template = loadReportTemplate(defaultAppPaths().templatesDir);
  const { pdf, differences } = await reportPdf(core.store, template, id, soffice);
  writeFileSync(join(dir, 'briefing.docx'), await buildBriefing(core.store, template, id));
  writeFileSync(join(dir, 'figures.xlsx'), await buildFiguresWorkbook(core.store, id));
  core.close();
  // The briefing and the workbook as LibreOffice prints them, on a profile of this run's own.
  execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'briefing.docx'), join(dir, 'figures.xlsx')], { stdio: 'ignore' });
  const printed: [string, string, number][] = [
    ['briefing-1', 'briefing.pdf', 1],
    ['briefing-2', 'briefing.pdf', 2],
    ['workbook-cover', 'figures.pdf', 1],
    ['workbook-criteria', 'figures.pdf', 2],
  ];
  const pdfPath = join(dir, 'report.pdf');
  writeFileSync(pdfPath, pdf);
  const headings = await pdfHeadings(pdf);
  const pageOf = (title: string) => headings.find((h) => h.title === title)?.page;
  const firstCriterion = headings[headings.findIndex((h) => h.title === 'Findings by criterion') + 1]?.page;
  const pages: [string, number | undefined][] = [
    ['cover', 1],
    ['contents', 2],
    ['findings', firstCriterion],
    ['agency-table', pageOf('Findings by agency')],
    ['action-plan', pageOf('Recommendations and action plan')],
  ];
  mkdirSync(out, { recursive: true });
  for (const [name, page] of pages) {
    if (!page) throw new Error(`No page found for the ${name}.`);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdfPath, join(out, name)]);
    console.log(`${out}/${name}.png: page ${page}`);
  }
  for (const [name, file, page] of printed) {
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), join(dir, file), join(out, name)]);
    console.log(`${out}/${name}.png: page ${page} of ${file}`);
  }
  console.log(differences.length === 0 ? 'The contents’ page numbers (Word’s layout) match LibreOffice’s pages.' : `LibreOffice laid out ${differences.length} headings on other pages than Word's layout.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
