// The figures workbook's first sheet: the marking, what the file is, what each sheet holds, how
// the figures are counted and how small numbers are withheld, so a sheet copied on its own is not
// misread. The words follow the summary's definitions (core/analysis/summary.ts).
import type ExcelJS from 'exceljs';
import type { DisclosedSummary, EventDetail } from '../contract/types';
import { countOf } from '../../model/words';
import { PERSONAL_DATA } from '../disclosure/marking';
import { dateCell, fitRowHeights, font, markPrintedPages } from './xlsx-format';

export const coverSheetName = 'About';

export interface CoverFacts {
  event: EventDetail;
  summary: DisclosedSummary;
  marking: string;
  author: string;
  producedOn: string;
  includeIdentifiers: boolean;
  /** The data sheets in order, each with what it holds. */
  sheets: [name: string, holds: string][];
}

function countingRules(summary: DisclosedSummary): string[] {
  const { levels, goodOrBetterFrom, notApplicableLabel } = summary.scale;
  const good = levels.filter((l) => l.value >= goodOrBetterFrom).map((l) => `${l.label} (${l.value})`);
  return [
    `Grades: every scored grade recorded in an audit that was started, counted once each. A case audited by three agencies gives three grades for each criterion. "${notApplicableLabel}" is recorded where a criterion does not apply and is never a grade.`,
    `% good or better: the grades of ${good.join(' or ')} as a share of all grades, rounded to a whole percentage as in the report.`,
    `Mean: the average of the grade values (${levels.map((l) => `${l.label} ${l.value}`).join(', ')}), rounded to one decimal place.`,
    'Cases: the distinct children’s case files with a grade behind the figure (N/A included).',
    'Agreed grades: the multi-agency grade agreed at moderation, at most one per case and criterion.',
  ];
}

function suppressionRules(summary: DisclosedSummary): string[] {
  const threshold = summary.smallNumberThreshold;
  return [
    `A figure is small when fewer than ${threshold} distinct cases have a scored (not N/A) grade behind it (UK official-statistics practice).`,
    summary.suppressSmallNumbers
      ? `Small figures are withheld in this workbook: each of their cells says "fewer than ${threshold} cases" and the last column says "withheld". No count, percentage or mean of a withheld figure is in the file.`
      : `Suppression was turned off for this workbook at the user’s request: small figures are shown, and the last column says "yes: fewer than ${threshold} cases". Do not publish them.`,
  ];
}

export function addCoverSheet(book: ExcelJS.Workbook, facts: CoverFacts): ExcelJS.Worksheet {
  const { event, summary } = facts;
  const sheet = book.addWorksheet(coverSheetName, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  // Column styles first: rows added later take them, and a row's own font (the title) overrides them.
  sheet.columns = [
    { width: 24, style: { font: font({ bold: true }), alignment: { vertical: 'top' } } },
    { width: 100, style: { alignment: { wrapText: true, vertical: 'top', horizontal: 'left' } } },
  ];
  const heading = (text: string) => {
    sheet.addRow([]);
    const row = sheet.addRow([text]);
    row.font = font({ bold: true, size: 13 });
  };
  const marking = sheet.addRow([facts.marking]);
  marking.font = font({ bold: true, size: 14 });
  const title = sheet.addRow(['Figures and action plan']);
  title.font = font({ bold: true, size: 16 });
  sheet.addRows([
    ['Event', event.name],
    ['Partnership', event.partnership || 'not recorded'],
    ['Audit date', dateCell(event.auditDate) ?? 'not set'],
    ['Framework', `${summary.event.frameworkName} (version ${summary.event.frameworkVersion})`],
    ['Sample', `${countOf(summary.sample.casesAudited, 'case')} audited of ${countOf(summary.sample.cases, 'case')} sampled, in ${countOf(summary.sample.audits, 'audit')}`],
    ['Produced', dateCell(facts.producedOn)],
    ['Produced by', facts.author || 'not recorded'],
    ['Classification', facts.marking],
  ]);
  if (facts.includeIdentifiers) sheet.addRow(['', `${PERSONAL_DATA}: made with identifiers at the author’s request. Handle it accordingly.`]).font = font({ bold: true });
  else sheet.addRow(['', 'No case references or names: figures by criterion, agency and group of children, and the action plan.']);
  heading('What each sheet holds');
  sheet.addRows(facts.sheets);
  heading('How the figures are counted');
  sheet.addRows(countingRules(summary).map((rule) => ['', rule]));
  heading('Small numbers');
  sheet.addRows(suppressionRules(summary).map((rule) => ['', rule]));
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
  }));
  fitRowHeights(sheet, (column) => column === 2);
  markPrintedPages(sheet, facts.marking);
  return sheet;
}
